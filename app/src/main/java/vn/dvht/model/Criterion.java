package vn.dvht.model;

import java.util.List;

/** A criterion (tiêu chí) grouping indicators (chỉ tiêu). */
public record Criterion(String id, String title, List<Indicator> indicators) {
  public Criterion {
    indicators = List.copyOf(indicators);
  }
}
