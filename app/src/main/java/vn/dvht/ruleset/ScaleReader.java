package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostics;
import vn.dvht.model.Scale;
import vn.dvht.model.ScaleItem;
import vn.dvht.model.Vocabulary;

/** Reads the words cells may hold: yes/no {@code vocabularies:} and ordered {@code scales:}. */
final class ScaleReader {
  private final Diagnostics diagnostics;
  private final Ids ids;

  ScaleReader(Diagnostics diagnostics, Ids ids) {
    this.diagnostics = diagnostics;
    this.ids = ids;
  }

  List<Vocabulary> readVocabularies(MapReader doc) {
    List<Vocabulary> out = new ArrayList<>();
    for (MapReader m : doc.maps("vocabularies")) {
      String id = m.text("id");
      ids.declare("vocabulary", id, m.positionOf("id"));
      out.add(new Vocabulary(id, m.texts("yes"), m.texts("no"), m.texts("ticks")));
      m.finish();
    }
    return out;
  }

  List<Scale> readScales(MapReader doc) {
    List<Scale> out = new ArrayList<>();
    for (MapReader m : doc.maps("scales")) {
      String id = m.text("id");
      ids.declare("scale", id, m.positionOf("id"));
      String label = m.text("label");
      List<String> none = m.texts("none");
      RulesetReader.requireList(m, "items", diagnostics);
      List<ScaleItem> items = new ArrayList<>();
      Ids itemIds = new Ids(diagnostics);
      for (MapReader e : m.maps("items")) {
        String itemId = e.text("id");
        itemIds.declare("scaleItem", itemId, e.positionOf("id"));
        items.add(new ScaleItem(itemId, e.text("label"), e.texts("aliases")));
        e.finish();
      }
      m.finish();
      out.add(new Scale(id, label, items, none));
    }
    return out;
  }
}
