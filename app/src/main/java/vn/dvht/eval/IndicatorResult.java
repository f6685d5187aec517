package vn.dvht.eval;

import vn.dvht.model.Indicator;

/** One indicator's outcome at one level. */
public record IndicatorResult(Indicator indicator, Outcome outcome) {
  public Status status() {
    return outcome.status();
  }
}
