package vn.dvht.model;

import java.util.List;

/**
 * A kind of unit (cơ quan nhà nước, trường THPT, …); indicators apply to some of them. {@code aliases}
 * are the names and phrases that identify the kind inside what a clerk writes. {@code ownerships} are
 * the ownerships a unit of this kind may have, the first being assumed when the words do not say;
 * empty when ownership does not matter for the kind (an economic organisation). {@code authorities}
 * are the authority levels a unit of this kind can belong to (Điều 2 khoản 1–4: a THPT is never
 * "cấp huyện"); empty when it may belong to any.
 */
public record UnitType(String id, String label, List<String> aliases, List<String> ownerships,
    List<String> authorities) implements Named {
  public UnitType {
    aliases = List.copyOf(aliases);
    ownerships = List.copyOf(ownerships);
    authorities = List.copyOf(authorities);
  }

  /** A unit type that may belong to any authority. */
  public UnitType(String id, String label, List<String> aliases, List<String> ownerships) {
    this(id, label, aliases, ownerships, List.of());
  }

  /** The ownership assumed when the clerk's words do not name one; "" when ownership does not matter. */
  public String defaultOwnership() {
    return ownerships.isEmpty() ? "" : ownerships.get(0);
  }

  /** Whether a unit of this kind can be assessed at this authority level. */
  public boolean belongsTo(String authority) {
    return authorities.isEmpty() || authorities.contains(authority);
  }
}
