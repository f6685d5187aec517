package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.model.Authority;
import vn.dvht.model.Dossier;
import vn.dvht.model.Ownership;
import vn.dvht.model.UnitType;

/**
 * Reads what a unit's profile is made of: {@code ownerships:}, {@code unitTypes:} (with the ownerships
 * each may have) and {@code authorities:} (with where the dossier goes and who decides, by year).
 */
final class ProfileReader {
  private final Diagnostics diagnostics;
  private final Ids ids;

  ProfileReader(Diagnostics diagnostics, Ids ids) {
    this.diagnostics = diagnostics;
    this.ids = ids;
  }

  List<Ownership> readOwnerships(MapReader doc) {
    List<Ownership> out = new ArrayList<>();
    for (MapReader m : doc.maps("ownerships")) {
      String id = m.text("id");
      ids.declare("ownership", id, m.positionOf("id"));
      out.add(new Ownership(id, m.text("label"), m.texts("aliases")));
      m.finish();
    }
    return out;
  }

  /** Unit types; read after the ownerships and authorities they name. */
  List<UnitType> readUnitTypes(MapReader doc) {
    List<UnitType> out = new ArrayList<>();
    for (MapReader m : doc.maps("unitTypes")) {
      String id = m.text("id");
      ids.declare("unitType", id, m.positionOf("id"));
      String label = m.text("label");
      List<String> aliases = m.texts("aliases");
      List<String> ownerships = new ArrayList<>();
      for (Node.Scalar ownership : m.scalars("ownership")) {
        ids.reference("ownership", ownership.text(), ownership.position());
        ownerships.add(ownership.text());
      }
      List<String> authorities = new ArrayList<>();
      for (Node.Scalar authority : m.scalars("authority")) {
        ids.reference("authority", authority.text(), authority.position());
        authorities.add(authority.text());
      }
      m.finish();
      out.add(new UnitType(id, label, aliases, ownerships, authorities));
    }
    return out;
  }

  List<Authority> readAuthorities(MapReader doc) {
    List<Authority> out = new ArrayList<>();
    for (MapReader m : doc.maps("authorities")) {
      String id = m.text("id");
      ids.declare("authority", id, m.positionOf("id"));
      String label = m.text("label");
      List<String> aliases = m.texts("aliases");
      List<Dossier> dossiers = new ArrayList<>();
      for (MapReader d : m.maps("dossier")) {
        dossiers.add(dossier(d));
      }
      m.finish();
      out.add(new Authority(id, label, aliases, dossiers));
    }
    return out;
  }

  private Dossier dossier(MapReader d) {
    int from = d.integer("from", false).orElse(0);
    int until = d.integer("until", false).orElse(9999);
    if (until < from) {
      diagnostics.error("R005", d.positionOf("until"), Message.of("ruleset.untilBeforeFrom", until, from));
    }
    String recipient = d.text("recipient", "");
    String decidedBy = d.text("decidedBy", "");
    String citation = d.text("citation");
    String note = d.text("note", "");
    if ((recipient.isBlank() || decidedBy.isBlank()) && note.isBlank()) {
      diagnostics.error("R004", d.position(), Message.of("ruleset.dossierNeedsNote"));
    }
    d.finish();
    return new Dossier(from, until, recipient, decidedBy, citation, note);
  }
}
