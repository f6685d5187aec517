package vn.dvht.model;

import java.util.List;

/** A group of people counted by share indicators: members (thành viên) or learners (người học). */
public record Population(String id, String label, List<String> aliases, boolean isDefault)
    implements Named {
  public Population {
    aliases = List.copyOf(aliases);
  }
}
