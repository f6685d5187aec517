package vn.dvht.ruleset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.model.Scope;
import vn.dvht.model.UnitType;

/**
 * Reads which units something concerns — {@code appliesTo} (unit types or groups) and
 * {@code ownership} — for indicators, their targets and their clauses, and the {@code unitGroups} those
 * name. A group's {@code inferred} members are included by dvht's reading of the law, not by its words:
 * they come back as the scope's readings, with the group's {@code note}.
 */
final class ScopeReader {
  /** A unit group: every member, and those only a reading includes, each with the reason. */
  record Group(Set<String> members, Map<String, String> readings) {}

  private final Diagnostics diagnostics;
  private final Ids ids;
  private final List<UnitType> unitTypes;
  private final Map<String, Group> groups;

  ScopeReader(Diagnostics diagnostics, Ids ids, List<UnitType> unitTypes, Map<String, Group> groups) {
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.unitTypes = unitTypes;
    this.groups = groups;
  }

  /** {@code unitGroups: [{id, label, members, inferred, note}]}; a note is required with inferred members. */
  static Map<String, Group> readGroups(MapReader doc, List<UnitType> unitTypes, Diagnostics diagnostics, Ids ids) {
    Map<String, Group> groups = new HashMap<>();
    List<String> known = unitTypes.stream().map(UnitType::id).sorted().toList();
    for (MapReader m : doc.maps("unitGroups")) {
      String id = m.text("id");
      ids.declare("unitType", id, m.positionOf("id"));
      m.text("label", "");
      RulesetReader.requireList(m, "members", diagnostics);
      Set<String> members = new LinkedHashSet<>();
      for (var member : m.scalars("members")) {
        if (!known.contains(member.text())) {
          ids.unknown("unitType", member.text(), known, member.position());
        }
        members.add(member.text());
      }
      String note = m.text("note", "");
      Map<String, String> readings = new LinkedHashMap<>();
      for (var member : m.scalars("inferred")) {
        if (!known.contains(member.text())) {
          ids.unknown("unitType", member.text(), known, member.position());
        } else if (!members.add(member.text())) {
          diagnostics.error("R010", member.position(), Message.of("ruleset.inferredAndCertain", member.text(), id));
        }
        readings.put(member.text(), note);
      }
      if (!readings.isEmpty() && note.isBlank()) {
        diagnostics.error("R023", m.positionOf("inferred"), Message.of("ruleset.inferredGroupNeedsNote", id));
      }
      m.finish();
      groups.put(id, new Group(members, readings));
    }
    return groups;
  }

  /** An indicator's scope: every unit type when it has no {@code appliesTo}. */
  Scope indicator(MapReader m) {
    if (!m.has("appliesTo")) {
      m.allow("appliesTo");
      Set<String> all = new LinkedHashSet<>();
      unitTypes.forEach(t -> all.add(t.id()));
      return new Scope(all, ownerships(m), Map.of());
    }
    return narrowed(m);
  }

  /** A target's or clause's scope: {@link Scope#ANY}'s types (none named) when it has no {@code appliesTo}. */
  Scope narrowed(MapReader m) {
    if (!m.has("appliesTo")) {
      m.allow("appliesTo");
      return new Scope(Set.of(), ownerships(m), Map.of());
    }
    RulesetReader.requireList(m, "appliesTo", diagnostics);
    Set<String> types = new LinkedHashSet<>();
    Set<String> certain = new LinkedHashSet<>();
    Map<String, String> readings = new LinkedHashMap<>();
    for (var ref : m.scalars("appliesTo")) {
      Group group = groups.get(ref.text());
      if (group != null) {
        types.addAll(group.members());
        group.members().stream().filter(t -> !group.readings().containsKey(t)).forEach(certain::add);
        group.readings().forEach(readings::putIfAbsent);
      } else if (unitTypes.stream().anyMatch(t -> t.id().equals(ref.text()))) {
        types.add(ref.text());
        certain.add(ref.text());
      } else {
        ids.unknown("unitType", ref.text(), ref.position());
      }
    }
    readings.keySet().removeAll(certain);
    return new Scope(types, ownerships(m), readings);
  }

  /** The ownerships under {@code ownership:}; empty (all) when absent. */
  private Set<String> ownerships(MapReader m) {
    Set<String> out = new LinkedHashSet<>();
    for (var o : m.scalars("ownership")) {
      ids.reference("ownership", o.text(), o.position());
      out.add(o.text());
    }
    return out;
  }
}
