package vn.dvht.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** How many of an indicator's points a share below its target still earns. */
public sealed interface Credit {
  /** The key used in rulesets and reports: all-or-nothing, proportional, bands. */
  String key();

  /** Full points when the target is met, none otherwise (the built-in default). */
  record AllOrNothing() implements Credit {
    @Override
    public String key() {
      return "all-or-nothing";
    }
  }

  /** Points × the share reached (max × k / n). */
  record Proportional() implements Credit {
    @Override
    public String key() {
      return "proportional";
    }
  }

  /** The points of the highest band whose minimum share is reached; kept highest first. */
  record Bands(List<Band> bands) implements Credit {
    public Bands {
      bands = bands.stream().sorted(Comparator.comparing(Band::minPercent).reversed()).toList();
    }

    @Override
    public String key() {
      return "bands";
    }
  }

  /** At least {@code minPercent} % earns {@code points}. */
  record Band(BigDecimal minPercent, BigDecimal points) {}
}
