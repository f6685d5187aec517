package vn.dvht.model;

import java.util.List;

/** An authority level that recognises units (cấp huyện, cấp tỉnh). */
public record Authority(String id, String label, List<String> aliases) implements Named {
  public Authority {
    aliases = List.copyOf(aliases);
  }
}
