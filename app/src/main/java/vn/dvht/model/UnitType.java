package vn.dvht.model;

import java.util.List;

/** A kind of unit (cơ quan nhà nước, trường THPT, …); indicators apply to some of them. */
public record UnitType(String id, String label, List<String> aliases) implements Named {
  public UnitType {
    aliases = List.copyOf(aliases);
  }
}
