package vn.dvht.docx;

/**
 * Where something stands in a form, as the clerk finds it in Word: a paragraph of the body (counted
 * outside tables), a row of a table of the body (tables and rows counted at the top level), a page
 * header or footer, another part of the package, or the package itself (its zip entries).
 *
 * @param part the part's name in the package ({@code word/header1.xml}); empty for the package
 * @param paragraph the body paragraph, from 1, or 0 when not in one
 * @param table the body table, from 1, or 0 when not in a table
 * @param row the row of that table, from 1, or 0
 */
public record Place(Kind kind, String part, int paragraph, int table, int row) {
  /** The kinds of part a place is in. */
  public enum Kind {
    /** The main document's body. */
    BODY,
    HEADER,
    FOOTER,
    /** Any other part: notes, comments, settings, relationships, content types. */
    PART,
    /** The zip itself. */
    PACKAGE
  }

  /** The whole of a part. */
  static Place of(Kind kind, String part) {
    return new Place(kind, part, 0, 0, 0);
  }

  /** The zip the form comes in. */
  static Place zip() {
    return new Place(Kind.PACKAGE, "", 0, 0, 0);
  }

  /** The file name of the part, without its folder: {@code header1.xml}. */
  public String fileName() {
    return part.substring(part.lastIndexOf('/') + 1);
  }
}
