package vn.dvht.office;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A unit's decisions in the register, oldest first. */
public record RegisteredUnit(UnitKey key, List<RegisterEntry> decisions) {
  public RegisteredUnit {
    decisions = decisions.stream().sorted(Comparator.comparing(RegisterEntry::decided)
        .thenComparingInt(RegisterEntry::row)).toList();
  }

  /** The latest decision. */
  public RegisterEntry latest() {
    return decisions.get(decisions.size() - 1);
  }

  /** The latest decision at level 1, the one the 12-month rule counts from (Điều 5, 11 khoản 3). */
  public Optional<RegisterEntry> latestAt(int level) {
    return decisions.stream().filter(d -> d.level() == level).reduce((a, b) -> b);
  }

  /** The latest decision if it still holds on {@code day}, the day this cycle's decisions are due ({@link Terms#holds}). */
  public Optional<RegisterEntry> holding(java.time.LocalDate day) {
    RegisterEntry latest = latest();
    return Terms.holds(latest.decided(), day) ? Optional.of(latest) : Optional.empty();
  }

  /** The name the register last gave the unit. */
  public String name() {
    return latest().name();
  }
}
