package vn.dvht.model;

import java.util.List;
import java.util.Optional;

/**
 * An ordered scale such as emulation titles or digital-transformation levels, lowest first.
 * An item's rank is its 1-based position; rank 0 is "none" (a blank cell or one of {@code none}).
 */
public record Scale(String id, String label, List<ScaleItem> items, List<String> none) {
  public Scale {
    items = List.copyOf(items);
    none = List.copyOf(none);
  }

  public int rank(String itemId) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(itemId)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("unknown item " + itemId + " in scale " + id);
  }

  public Optional<ScaleItem> itemAt(int rank) {
    return rank >= 1 && rank <= items.size() ? Optional.of(items.get(rank - 1)) : Optional.empty();
  }

  public ScaleItem item(String itemId) {
    return items.get(rank(itemId) - 1);
  }
}
