package vn.dvht.assess;

import java.util.Optional;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;

/** Reads a level named on the command line: by id ("muc-1"), rank ("1") or label ("Mức độ 1"). */
final class Levels {
  private Levels() {}

  static Optional<Level> parse(Ruleset ruleset, String text) {
    String wanted = text.strip();
    for (Level level : ruleset.levels()) {
      if (level.id().equalsIgnoreCase(wanted) || String.valueOf(level.rank()).equals(wanted)
          || vn.dvht.input.TextKey.same(level.label(), wanted)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  static String describe(Ruleset ruleset) {
    return String.join(", ", ruleset.levels().stream().map(l -> l.id() + " (" + l.label() + ")").toList());
  }
}
