package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a ruleset that {@code extends} another over its parent, on the positioned trees, so that the
 * result is read and validated like any ruleset and every value still points at the file it came
 * from. Mappings merge key by key; lists of items with an {@code id} merge by id (a child item
 * changes only the keys it gives, {@code remove: true} deletes it, new ids are appended);
 * {@code targets} merge by authority and level, {@code english} by the Vietnamese text; any other value of the child replaces the parent's.
 */
final class Merger {
  /** Lists whose items are identified by their {@code id}. */
  private static final Set<String> BY_ID = Set.of("authorities", "ownerships", "unitTypes", "unitGroups", "populations",
      "vocabularies", "scales", "items", "fields", "facts", "levels", "procedures", "criteria", "indicators",
      "grades", "deadlines");

  private Merger() {}

  /**
   * The child ruleset over its parent. The child's {@code extends} is dropped, and so are the
   * parent's {@code tests}: they pin the parent's numbers, which the child may change.
   */
  static Node.MapNode extend(Node.MapNode parent, Node.MapNode child) {
    Map<String, Node.Entry> entries = new LinkedHashMap<>(parent.entries());
    entries.remove("tests");
    return merge(new Node.MapNode(parent.position(), entries), child);
  }

  /** The child over the parent, key by key; the child's {@code extends} key is dropped. */
  static Node.MapNode merge(Node.MapNode parent, Node.MapNode child) {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    for (Node.Entry p : parent.entries().values()) {
      if (!p.key().equals("extends")) {
        entries.put(p.key(), p);
      }
    }
    for (Node.Entry c : child.entries().values()) {
      if (c.key().equals("extends")) {
        continue;
      }
      Node.Entry p = entries.get(c.key());
      entries.put(c.key(), p == null ? c : new Node.Entry(c.key(), c.keyPosition(), value(c.key(), p.value(), c.value())));
    }
    return new Node.MapNode(child.position(), entries);
  }

  private static Node value(String key, Node parent, Node child) {
    if (parent instanceof Node.MapNode p && child instanceof Node.MapNode c) {
      return merge(p, c);
    }
    if (parent instanceof Node.ListNode p && child instanceof Node.ListNode c) {
      if (BY_ID.contains(key)) {
        return list(p, c, Merger::id);
      }
      if (key.equals("targets")) {
        return list(p, c, Merger::targetKey);
      }
      if (key.equals("english")) {
        return list(p, c, Merger::vietnamese);
      }
    }
    return child;
  }

  /** Merges list items that share a key; {@code remove: true} drops one; the rest keep parent order. */
  private static Node list(Node.ListNode parent, Node.ListNode child, java.util.function.Function<Node, Optional<String>> key) {
    List<Node> items = new ArrayList<>(parent.items());
    for (Node c : child.items()) {
      Optional<String> k = key.apply(c);
      int at = -1;
      for (int i = 0; k.isPresent() && i < items.size(); i++) {
        if (key.apply(items.get(i)).equals(k)) {
          at = i;
        }
      }
      boolean remove = isRemoval(c);
      if (at >= 0 && remove) {
        items.remove(at);
      } else if (at >= 0) {
        items.set(at, merge((Node.MapNode) items.get(at), (Node.MapNode) c));
      } else if (!remove) {
        items.add(c);
      }
    }
    return new Node.ListNode(child.position(), items);
  }

  private static boolean isRemoval(Node item) {
    return item instanceof Node.MapNode m && m.entries().containsKey("remove")
        && m.entries().get("remove").value() instanceof Node.Scalar s && s.type() == Node.ScalarType.BOOLEAN
        && s.text().equalsIgnoreCase("true");
  }

  private static Optional<String> id(Node item) {
    return scalar(item, "id");
  }

  /** A translation is identified by the Vietnamese text it translates: a child's replaces the parent's. */
  private static Optional<String> vietnamese(Node item) {
    return scalar(item, "vi").map(TextsReader::key);
  }

  /** A target is identified by its authorities (all when omitted) and level. */
  private static Optional<String> targetKey(Node item) {
    if (!(item instanceof Node.MapNode m)) {
      return Optional.empty();
    }
    String authority = "*";
    Node.Entry a = m.entries().get("authority");
    if (a != null && a.value() instanceof Node.Scalar s) {
      authority = s.text();
    } else if (a != null && a.value() instanceof Node.ListNode l) {
      authority = String.join(",", l.items().stream()
          .map(n -> n instanceof Node.Scalar s ? s.text() : "?").sorted().toList());
    }
    return Optional.of(authority + "|" + scalar(item, "level").orElse(""));
  }

  private static Optional<String> scalar(Node item, String key) {
    if (item instanceof Node.MapNode m && m.entries().get(key) != null
        && m.entries().get(key).value() instanceof Node.Scalar s) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }
}
