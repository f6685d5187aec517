package vn.dvht.eval;

import java.util.List;
import vn.dvht.model.Level;

/**
 * A level's indicators and whether the level is reached: at least one indicator applies and
 * every applicable one is met.
 */
public record LevelResult(Level level, List<IndicatorResult> indicators) {
  public LevelResult {
    indicators = List.copyOf(indicators);
  }

  public boolean reached() {
    return indicators.stream().anyMatch(i -> i.status() != Status.NOT_APPLICABLE)
        && indicators.stream().allMatch(i -> i.status() != Status.NOT_MET);
  }

  public long count(Status status) {
    return indicators.stream().filter(i -> i.status() == status).count();
  }
}
