package vn.dvht.ruleset;

import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;

/** Checks that need the whole ruleset, such as a level that no indicator ever counts towards. */
final class SemanticChecks {
  private final Diagnostics diagnostics;
  private final Ids ids;
  private final SourcePosition.InText documentStart;

  SemanticChecks(Diagnostics diagnostics, Ids ids, SourcePosition.InText documentStart) {
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.documentStart = documentStart;
  }

  void check(Ruleset ruleset) {
    if (ids.hadUnknown("level") || ruleset.indicators().isEmpty()
        || ruleset.indicators().stream().anyMatch(i -> i.targets().isEmpty())) {
      return; // the level was probably meant to be targeted where a problem is already reported
    }
    for (Level level : ruleset.levels()) {
      boolean used = ruleset.indicators().stream()
          .anyMatch(i -> i.targets().stream().anyMatch(t -> t.level().equals(level.id())));
      if (!used && !level.id().isEmpty()) {
        diagnostics.error("R013", ids.positionOf("level", level.id(), documentStart),
            Message.of("ruleset.levelUnused", level.id()));
      }
    }
  }
}
