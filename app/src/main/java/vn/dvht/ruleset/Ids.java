package vn.dvht.ruleset;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;

/** Declared ids per kind: reports duplicates on declaration and unknown ids on reference. */
final class Ids {
  private final Diagnostics diagnostics;
  private final Map<String, Map<String, SourcePosition.InText>> declared = new HashMap<>();
  private final Set<String> unresolved = new HashSet<>();

  Ids(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void declare(String kind, String id, SourcePosition.InText at) {
    if (id.isEmpty()) {
      return;
    }
    SourcePosition.InText first = declared.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(id, at);
    if (first != null) {
      diagnostics.error("R010", at, Message.of("ruleset.duplicateId", id, first.line(), first.column()));
    }
  }

  SourcePosition.InText positionOf(String kind, String id, SourcePosition.InText fallback) {
    return declared.getOrDefault(kind, Map.of()).getOrDefault(id, fallback);
  }

  boolean knows(String kind, String id) {
    return declared.getOrDefault(kind, Map.of()).containsKey(id);
  }

  /** Whether some reference to a {@code kind} could not be resolved (so later checks would only echo it). */
  boolean hadUnknown(String kind) {
    return unresolved.contains(kind);
  }

  /** Reports {@code id} unless it is empty or was declared as {@code kind}. */
  void reference(String kind, String id, SourcePosition.InText at) {
    if (!id.isEmpty() && !knows(kind, id)) {
      unknown(kind, id, at);
    }
  }

  void unknown(String kind, String id, SourcePosition.InText at) {
    unknown(kind, id, declared.getOrDefault(kind, Map.of()).keySet().stream().sorted().toList(), at);
  }

  /** Reports {@code id} as an unknown {@code kind}, listing the {@code known} ones and the likely intended one. */
  void unknown(String kind, String id, Collection<String> known, SourcePosition.InText at) {
    unresolved.add(kind);
    Message what = Message.of("ref." + kind);
    Message message;
    if (known.isEmpty()) {
      message = Message.of("ruleset.unknownRefNone", what, id);
    } else {
      String list = String.join(", ", known);
      message = Spelling.closest(id, known)
          .map(guess -> Message.of("ruleset.unknownRefGuess", what, id, guess, list))
          .orElseGet(() -> Message.of("ruleset.unknownRef", what, id, list));
    }
    diagnostics.error("R011", at, message);
  }
}
