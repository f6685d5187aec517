package vn.dvht.model;

import java.util.Set;

/**
 * What an indicator requires at one level for some authorities, with the legal citation and how
 * sure we are of it. {@code text} is the point's own wording where it differs from the indicator's
 * ("" for the indicator's text); {@code scope} narrows the units the indicator concerns to those this
 * level's point names ({@link Scope#ANY} when it does not narrow), as Điều 7 khoản 3 điểm c does.
 */
public record Target(
    Set<String> authorities,
    String level,
    Requirement requirement,
    Confidence confidence,
    String citation,
    String note,
    String text,
    Scope scope) {
  public Target {
    authorities = Set.copyOf(authorities);
  }

  /** A target with the indicator's text and scope. */
  public Target(Set<String> authorities, String level, Requirement requirement, Confidence confidence,
      String citation, String note) {
    this(authorities, level, requirement, confidence, citation, note, "", Scope.ANY);
  }

  /** This target as it stands for a unit that only dvht's reading of the law ({@code reason}) brings under it. */
  public Target inferredBecause(String reason) {
    String joined = note.isBlank() ? reason : note + " — " + reason;
    return new Target(authorities, level, requirement, Confidence.INFERRED, citation, joined, text, scope);
  }
}
