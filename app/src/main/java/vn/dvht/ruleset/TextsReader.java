package vn.dvht.ruleset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Criterion;
import vn.dvht.model.Indicator;
import vn.dvht.model.LegalBasis;

/** Reads the ruleset's texts for readers: the "Căn cứ" lines and the English translations. */
final class TextsReader {
  private final Diagnostics diagnostics;
  private final Ids ids;

  TextsReader(Diagnostics diagnostics, Ids ids) {
    this.diagnostics = diagnostics;
    this.ids = ids;
  }

  /** {@code legalBasis}: a text for every unit, or {@code {text, indicators}} for the units those concern. */
  List<LegalBasis> legalBasis(MapReader doc, List<Criterion> criteria) {
    List<String> known = criteria.stream().flatMap(c -> c.indicators().stream()).map(Indicator::id).toList();
    List<LegalBasis> out = new ArrayList<>();
    for (Node item : doc.items("legalBasis")) {
      if (item instanceof Node.Scalar s) {
        out.add(LegalBasis.always(s.text()));
        continue;
      }
      doc.item(item, "legalBasis").ifPresent(m -> {
        String text = m.text("text");
        LocalDate from = m.date("from").orElse(LegalBasis.UNDATED);
        Set<String> indicators = new LinkedHashSet<>();
        for (Node.Scalar id : m.scalars("indicators")) {
          if (!known.contains(id.text())) {
            ids.unknown("indicator", id.text(), known, id.position());
          }
          indicators.add(id.text());
        }
        m.finish();
        out.add(new LegalBasis(text, indicators, from));
      });
    }
    return out;
  }

  /** {@code english}: pairs {@code {vi, en}}, keyed by the Vietnamese text with its spaces folded. */
  Map<String, String> english(MapReader doc) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, SourcePosition.InText> seen = new HashMap<>();
    for (MapReader m : doc.maps("english")) {
      String vi = key(m.text("vi"));
      String en = m.text("en");
      SourcePosition.InText at = m.positionOf("vi");
      SourcePosition.InText first = seen.putIfAbsent(vi, at);
      if (first != null) {
        diagnostics.error("R010", at, Message.of("ruleset.duplicateTranslation", first.line(), first.column()));
      }
      m.finish();
      out.putIfAbsent(vi, en);
    }
    return out;
  }

  /** How texts are compared: YAML folds lines into spaces, a province may wrap them differently. */
  static String key(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
