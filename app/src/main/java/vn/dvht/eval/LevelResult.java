package vn.dvht.eval;

import java.util.List;
import vn.dvht.model.Level;

/**
 * A level's indicators and whether they are all met: at least one indicator applies and every
 * applicable one is met. Whether the level is <em>reached</em> is the {@link LevelDecision}'s to say.
 */
public record LevelResult(Level level, List<IndicatorResult> indicators) {
  public LevelResult {
    indicators = List.copyOf(indicators);
  }

  /** At least one indicator applies here and every applicable one is met. */
  public boolean criteriaMet() {
    return indicators.stream().anyMatch(i -> i.status() != Status.NOT_APPLICABLE)
        && indicators.stream().allMatch(i -> i.status() != Status.NOT_MET);
  }

  public long count(Status status) {
    return indicators.stream().filter(i -> i.status() == status).count();
  }
}
