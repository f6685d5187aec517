package vn.dvht.model;

import java.util.Set;

/**
 * What an indicator requires at one level for some authorities, with the legal citation and how
 * sure we are of the number.
 */
public record Target(
    Set<String> authorities,
    String level,
    Requirement requirement,
    Confidence confidence,
    String citation,
    String note) {
  public Target {
    authorities = Set.copyOf(authorities);
  }
}
