package vn.dvht.model;

import java.util.List;

/** A column of the member sheet: its canonical header, accepted aliases and how to read it. */
public record Field(String id, String header, List<String> aliases, FieldType type, boolean optional) {
  public Field {
    aliases = List.copyOf(aliases);
  }

  /** The canonical header followed by its aliases. */
  public List<String> headers() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), aliases.stream()).toList();
  }
}
