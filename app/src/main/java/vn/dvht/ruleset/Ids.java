package vn.dvht.ruleset;

import java.util.HashMap;
import java.util.Map;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/** Declared ids per kind: reports duplicates on declaration and unknown ids on reference. */
final class Ids {
  private final Diagnostics diagnostics;
  private final Map<String, Map<String, SourcePosition.InText>> declared = new HashMap<>();

  Ids(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void declare(String kind, String id, SourcePosition.InText at) {
    if (id.isEmpty()) {
      return;
    }
    SourcePosition.InText first = declared.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, at);
    if (first != null) {
      diagnostics.error("R010", at, Messages.get("ruleset.duplicateId", id, first.line()));
    }
  }

  SourcePosition.InText positionOf(String kind, String id, SourcePosition.InText fallback) {
    return declared.getOrDefault(kind, Map.of()).getOrDefault(id, fallback);
  }

  boolean knows(String kind, String id) {
    return declared.getOrDefault(kind, Map.of()).containsKey(id);
  }

  /** Reports {@code id} unless it was declared as {@code kind}; returns whether it was. */
  boolean reference(String kind, String id, SourcePosition.InText at) {
    if (id.isEmpty() || knows(kind, id)) {
      return true;
    }
    unknown(kind, id, at);
    return false;
  }

  void unknown(String kind, String id, SourcePosition.InText at) {
    String known = String.join(", ", declared.getOrDefault(kind, Map.of()).keySet().stream().sorted().toList());
    diagnostics.error("R011", at, Messages.get("ruleset.unknownRef", Messages.get("ref." + kind), id, known));
  }
}
