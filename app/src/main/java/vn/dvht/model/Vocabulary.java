package vn.dvht.model;

import java.util.List;

/**
 * The words a yes/no cell may hold. {@code ticks} are marks (x, ✓) that make a column a tick
 * column, where a blank cell simply means "no".
 */
public record Vocabulary(String id, List<String> yes, List<String> no, List<String> ticks) {
  public Vocabulary {
    yes = List.copyOf(yes);
    no = List.copyOf(no);
    ticks = List.copyOf(ticks);
  }
}
