package vn.dvht.model;

import java.util.List;

/**
 * A kind of unit (cơ quan nhà nước, trường THPT, …); indicators apply to some of them. {@code aliases}
 * are the names and phrases that identify the kind inside what a clerk writes. {@code ownerships} are
 * the ownerships a unit of this kind may have, the first being assumed when the words do not say;
 * empty when ownership does not matter for the kind (an economic organisation).
 */
public record UnitType(String id, String label, List<String> aliases, List<String> ownerships) implements Named {
  public UnitType {
    aliases = List.copyOf(aliases);
    ownerships = List.copyOf(ownerships);
  }

  /** The ownership assumed when the clerk's words do not name one; "" when ownership does not matter. */
  public String defaultOwnership() {
    return ownerships.isEmpty() ? "" : ownerships.get(0);
  }
}
