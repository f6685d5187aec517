package vn.dvht.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A yes/no title computed from a member's own scores: every part at least {@code minEach} and their sum
 * at least {@code minTotal} (Quyết định 324/QĐ-KHVN: ten indicators of 10 points, 80 in total, none under 5).
 * {@link #NONE} (no parts) means the title is only ever given directly. A group of members ({@code groups},
 * by population id) may have its own bars on the same parts; the others follow this rule.
 *
 * <pre>{@code
 * rule.check(member);  // ScoreCheck[complete=true, total=78, under=[cdht-3]] — short of 80 by 2
 * }</pre>
 */
public record ScoreRule(List<String> parts, BigDecimal minTotal, BigDecimal minEach, Confidence confidence,
    String source, Map<String, ScoreRule> groups) {
  /** No rule: the title column is read as given. */
  public static final ScoreRule NONE = new ScoreRule(List.of(), BigDecimal.ZERO, BigDecimal.ZERO,
      Confidence.STATED, "");

  public ScoreRule {
    parts = List.copyOf(parts);
    groups = Map.copyOf(groups);
    for (ScoreRule group : groups.values()) {
      if (!group.parts().equals(parts) || !group.groups().isEmpty()) {
        throw new IllegalArgumentException("a group's rule reads the same parts and has no groups of its own");
      }
    }
  }

  /** One rule for every member. */
  public ScoreRule(List<String> parts, BigDecimal minTotal, BigDecimal minEach, Confidence confidence, String source) {
    this(parts, minTotal, minEach, confidence, source, Map.of());
  }

  /** The rule a member of {@code population} is checked by: its group's, else this one. */
  public ScoreRule ruleFor(String population) {
    return groups.isEmpty() ? this : groups.getOrDefault(population, this);
  }

  /** Whether this rule or one of its groups' is inferred rather than stated by its source. */
  public boolean inferred() {
    return confidence == Confidence.INFERRED || groups.values().stream().anyMatch(ScoreRule::inferred);
  }

  /** Whether the title may be computed from scores. */
  public boolean computes() {
    return !parts.isEmpty();
  }

  /** What a member's scores give under the rule of the member's group. */
  public ScoreCheck check(Member member) {
    return ruleFor(member.population()).check(member.answers());
  }

  /** What scores give under this rule (no group chosen): {@code answers} by field id. */
  public ScoreCheck check(Map<String, Answer> answers) {
    BigDecimal total = BigDecimal.ZERO;
    List<String> under = List.of();
    java.util.Map<String, BigDecimal> lows = java.util.Map.of();
    int given = 0;
    for (String part : parts) {
      if (answers.get(part) instanceof Answer.Score score) {
        given++;
        total = total.add(score.value());
        if (score.value().compareTo(minEach) < 0) {
          if (under.isEmpty()) {
            // made only for a member with a score under the minimum: a million members' checks allocate nothing else
            under = new ArrayList<>();
            lows = new java.util.HashMap<>();
          }
          under.add(part);
          lows.put(part, score.value());
        }
      }
    }
    return new ScoreCheck(given, parts.size(), total, under, lows, this);
  }

  /**
   * One member's scores under a rule: {@code given} of {@code parts} scores present, their {@code total},
   * the parts under the minimum and their {@code scores}.
   */
  public record ScoreCheck(int given, int parts, BigDecimal total, List<String> under,
      java.util.Map<String, BigDecimal> scores, ScoreRule rule) {
    public ScoreCheck {
      under = List.copyOf(under);
      scores = java.util.Map.copyOf(scores);
    }

    /** Every part has a score: the title is the computed one. */
    public boolean complete() {
      return given == parts && parts > 0;
    }

    /** No part has a score: the title is the one given directly. */
    public boolean none() {
      return given == 0;
    }

    /** Complete, the sum reaches the minimum and no part is under its minimum. */
    public boolean titled() {
      return complete() && total.compareTo(rule.minTotal()) >= 0 && under.isEmpty();
    }

    /**
     * The check in signs and headers, the same in every language: {@code "Σ 78 < 80 (−2); Chỉ số 3: 4 < 5"},
     * {@code "Σ 85 ≥ 80"}; {@code "3/10"} scores when incomplete.
     */
    public String summary(java.util.function.Function<String, String> header) {
      if (!complete()) {
        return given + "/" + parts;
      }
      StringBuilder text = new StringBuilder("Σ ").append(plain(total));
      text.append(total.compareTo(rule.minTotal()) >= 0 ? " ≥ " + plain(rule.minTotal())
          : " < " + plain(rule.minTotal()) + " (−" + plain(pointsShort()) + ")");
      for (String part : under) {
        text.append("; ").append(header.apply(part)).append(": ").append(plain(scoreOf(part))).append(" < ")
            .append(plain(rule.minEach()));
      }
      return text.toString();
    }

    private BigDecimal scoreOf(String part) {
      return scores.getOrDefault(part, BigDecimal.ZERO);
    }

    /** How many points the total lacks; zero when it reaches the minimum. */
    public BigDecimal pointsShort() {
      return rule.minTotal().subtract(total).max(BigDecimal.ZERO);
    }
  }

  /** A number as written, without trailing zeros: 7.50 → "7.5", 80 → "80". */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
