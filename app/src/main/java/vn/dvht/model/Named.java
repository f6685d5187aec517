package vn.dvht.model;

import java.util.List;

/** Something a clerk may name in a cell: a canonical label plus accepted aliases. */
public interface Named {
  String id();

  String label();

  List<String> aliases();
}
