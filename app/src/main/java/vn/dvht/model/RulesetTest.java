package vn.dvht.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test a ruleset carries ({@code tests:}): a unit made up on the spot — profile, unit facts,
 * generated members — and what evaluating it must give. Unit facts not listed are met at every level;
 * every unit-level answer comes with evidence except those named in {@code withoutEvidence}; members
 * pass every indicator of their population except where {@code passing} says how many do.
 */
public record RulesetTest(
    String name,
    UnitProfile profile,
    Map<String, Answer> facts,
    Set<String> withoutEvidence,
    List<Members> members,
    Expectation expect,
    int line) {

  public RulesetTest {
    facts = Map.copyOf(facts);
    withoutEvidence = Set.copyOf(withoutEvidence);
    members = List.copyOf(members);
  }

  /** {@code count} people of a population; of them, {@code passing.get(indicator)} pass that indicator. */
  public record Members(String population, int count, Map<String, Integer> passing) {
    public Members {
      passing = Map.copyOf(passing);
    }
  }

  /**
   * What must come out: the level reached ("none" for no level, "" to leave unchecked), the level the
   * unit may request now ({@code eligible}, same), the grade (same), statuses keyed
   * {@code INDICATOR@LEVEL} (dat, khong-dat, khong-ap-dung), the body receiving the dossier and the one
   * deciding ("none" when the ruleset names none, "" unchecked), and how many of an indicator's
   * conditional clauses the unit is shown.
   */
  public record Expectation(String level, String eligible, String grade, Map<String, String> statuses,
      String recipient, String decidedBy, Map<String, Integer> clauses) {
    public Expectation {
      statuses = Map.copyOf(statuses);
      clauses = Map.copyOf(clauses);
    }
  }
}
