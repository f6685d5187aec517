package vn.dvht.report.ooxml;

/**
 * How a cell looks. Colours are ARGB hex ({@code FFC0C0C0}) or empty for none; {@code format} is an
 * Excel number format or empty for General; alignments are Excel's words ({@code center}, {@code top}).
 */
public record Style(
    Font font,
    String fill,
    boolean border,
    String horizontal,
    String vertical,
    boolean wrap,
    String format) {

  /** A font: Times New Roman unless named otherwise, size in points, colour ARGB or empty. */
  public record Font(String name, double size, boolean bold, boolean italic, boolean underline, String color) {
    public static Font of(double size, boolean bold, boolean italic) {
      return new Font("Times New Roman", size, bold, italic, false, "");
    }

    public Font colored(String argb) {
      return new Font(name, size, bold, italic, underline, argb);
    }

    public Font underlined() {
      return new Font(name, size, bold, italic, true, color);
    }
  }

  /** Plain text in a font, top-aligned, no border. */
  public static Style of(Font font) {
    return new Style(font, "", false, "", "top", false, "");
  }

  public Style bordered() {
    return new Style(font, fill, true, horizontal, vertical, wrap, format);
  }

  public Style wrapped() {
    return new Style(font, fill, border, horizontal, vertical, true, format);
  }

  public Style aligned(String horizontal) {
    return new Style(font, fill, border, horizontal, vertical, wrap, format);
  }

  public Style vertical(String vertical) {
    return new Style(font, fill, border, horizontal, vertical, wrap, format);
  }

  public Style filled(String argb) {
    return new Style(font, argb, border, horizontal, vertical, wrap, format);
  }

  public Style formatted(String numberFormat) {
    return new Style(font, fill, border, horizontal, vertical, wrap, numberFormat);
  }
}
