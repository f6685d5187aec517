package vn.dvht.model;

import java.util.List;

/** A unit fact that is not an indicator, such as the date of an earlier recognition decision. */
public record FactDef(String id, String label, List<String> aliases, FactType type) implements Named {
  public FactDef {
    aliases = List.copyOf(aliases);
  }

  /** What a fact's value is. */
  public enum FactType {
    DATE,
    TEXT
  }
}
