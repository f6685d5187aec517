package vn.dvht.model;

import java.util.List;

/** One step of an ordered {@link Scale}. */
public record ScaleItem(String id, String label, List<String> aliases) implements Named {
  public ScaleItem {
    aliases = List.copyOf(aliases);
  }
}
