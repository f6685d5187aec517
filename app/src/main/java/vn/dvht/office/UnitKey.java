package vn.dvht.office;

import vn.dvht.input.TextKey;

/**
 * How a unit is known across years and files: its name as a clerk reads it ({@link TextKey}: case,
 * spacing, Unicode form and tone placement aside, punctuation and quotes ignored) and, where the office
 * keeps one, its identifier. Two keys name the same unit when both have identifiers and they are
 * equal, or otherwise when their names are.
 */
public record UnitKey(String name, String id) {
  public UnitKey {
    name = nameKey(name);
    id = TextKey.of(id).strip();
  }

  public static UnitKey of(String name) {
    return new UnitKey(name, "");
  }

  /** The name folded for comparison: "Trường THPT “Lý Nhân”." and "trường thpt lý nhân" are one. */
  static String nameKey(String name) {
    String key = TextKey.of(name);
    StringBuilder out = new StringBuilder(key.length());
    boolean space = false;
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  public boolean hasId() {
    return !id.isEmpty();
  }

  /** Whether the two keys name one unit: by identifier when both have one, else by name. */
  public boolean sameUnit(UnitKey other) {
    if (hasId() && other.hasId()) {
      return id.equals(other.id);
    }
    return name.equals(other.name);
  }
}
