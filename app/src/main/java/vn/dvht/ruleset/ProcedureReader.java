package vn.dvht.ruleset;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.model.Authority;
import vn.dvht.model.Deadline;
import vn.dvht.model.EvidenceRule;
import vn.dvht.model.FactDef;
import vn.dvht.model.FactDef.FactType;
import vn.dvht.model.Procedure;

/**
 * Reads unit {@code facts:}, the {@code procedures:} (waiting periods) that use their dates, the
 * {@code deadlines:} of the procedure (days of the year after the assessment year), and the
 * {@code evidence:} rule unit-level answers are held to.
 */
final class ProcedureReader {
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
  private final Diagnostics diagnostics;
  private final Ids ids;

  ProcedureReader(Diagnostics diagnostics, Ids ids) {
    this.diagnostics = diagnostics;
    this.ids = ids;
  }

  List<FactDef> readFacts(MapReader doc) {
    List<FactDef> out = new ArrayList<>();
    for (MapReader m : doc.maps("facts")) {
      String id = m.text("id");
      ids.declare("fact", id, m.positionOf("id"));
      String label = m.text("label");
      List<String> aliases = m.texts("aliases");
      out.add(new FactDef(id, label, aliases, type(m)));
      m.finish();
    }
    return out;
  }

  private FactType type(MapReader m) {
    String type = m.text("type", "text");
    if (type.equals("date")) {
      return FactType.DATE;
    }
    if (!type.equals("text")) {
      m.badChoice("type", type, List.of("date", "text"));
    }
    return FactType.TEXT;
  }

  List<Procedure> readProcedures(MapReader doc, List<FactDef> facts) {
    List<Procedure> out = new ArrayList<>();
    for (MapReader m : doc.maps("procedures")) {
      String id = m.text("id");
      ids.declare("procedure", id, m.positionOf("id"));
      String level = m.text("level", "");
      ids.reference("level", level, m.positionOf("level"));
      String text = m.text("text");
      String citation = m.text("citation");
      String fact = "";
      int months = 0;
      Optional<MapReader> after = m.map("after", false);
      if (after.isPresent()) {
        fact = dateFact(after.get(), facts);
        months = after.get().integer("months", true).orElse(0);
        after.get().finish();
      }
      m.finish();
      out.add(new Procedure(id, level, text, citation, fact, months));
    }
    return out;
  }

  /**
   * {@code evidence: {required: true, citation: …, text: …}}: whether a unit-level answer needs its
   * "Minh chứng" to count; absent, it does not. A rule that is required names its citation and quotes its text
   * (shown by {@code ruleset show} and in the template's help sheet).
   */
  EvidenceRule readEvidence(MapReader doc) {
    Optional<MapReader> section = doc.map("evidence", false);
    if (section.isEmpty()) {
      return EvidenceRule.NONE;
    }
    MapReader m = section.get();
    boolean required = m.bool("required", false);
    String citation = required ? m.text("citation") : m.text("citation", "");
    String text = required ? m.text("text") : m.text("text", "");
    m.finish();
    return new EvidenceRule(required, citation, text);
  }

  /** The fact named by {@code after.fact}, reported unless it is a declared date fact. */
  private String dateFact(MapReader after, List<FactDef> facts) {
    String fact = after.text("fact");
    if (!fact.isEmpty()) {
      Optional<FactDef> def = facts.stream().filter(f -> f.id().equals(fact)).findFirst();
      if (def.isEmpty()) {
        ids.unknown("fact", fact, after.positionOf("fact"));
      } else if (def.get().type() != FactType.DATE) {
        diagnostics.error("R016", after.positionOf("fact"), Message.of("ruleset.factNotDate", fact));
      }
    }
    return fact;
  }

  /** {@code deadlines: [{id, label, date: "15/01", authority, citation}]}; no authority means every one. */
  List<Deadline> readDeadlines(MapReader doc, List<Authority> authorities) {
    List<Deadline> out = new ArrayList<>();
    for (MapReader m : doc.maps("deadlines")) {
      String id = m.text("id");
      ids.declare("deadline", id, m.positionOf("id"));
      String label = m.text("label");
      Optional<MonthDay> day = day(m);
      Set<String> named = new LinkedHashSet<>();
      for (Node.Scalar a : m.scalars("authority")) {
        ids.reference("authority", a.text(), a.position());
        named.add(a.text());
      }
      if (!m.has("authority")) {
        authorities.forEach(a -> named.add(a.id()));
      }
      String citation = m.text("citation");
      m.finish();
      day.ifPresent(d -> out.add(new Deadline(id, label, d, named, citation)));
    }
    return out;
  }

  /** "15/01": a day and month (of the year after the assessment year); reported unless it is a real day. */
  private Optional<MonthDay> day(MapReader m) {
    String text = m.text("date");
    Matcher parts = DAY_MONTH.matcher(text.strip());
    try {
      if (parts.matches()) {
        return Optional.of(MonthDay.of(Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(1))));
      }
    } catch (DateTimeException e) {
      // reported below
    }
    if (!text.isEmpty()) {
      diagnostics.error("R005", m.positionOf("date"), Message.of("ruleset.badDeadline", text));
    }
    return Optional.empty();
  }
}
