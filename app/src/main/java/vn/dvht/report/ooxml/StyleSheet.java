package vn.dvht.report.ooxml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The styles of one workbook: each {@link Style} added gets the number cells refer to ({@code s="…"});
 * fonts, fills, borders and number formats are shared between styles. Style 0 is plain text in the
 * default font.
 */
public final class StyleSheet {
  private final List<Style> styles = new ArrayList<>();
  private final Map<Style, Integer> ids = new LinkedHashMap<>();
  private final Map<Style.Font, Integer> fonts = new LinkedHashMap<>();
  private final Map<String, Integer> fills = new LinkedHashMap<>();
  private final Map<String, Integer> formats = new LinkedHashMap<>();

  /** @param base the default font: of style 0 and of every cell without a style */
  public StyleSheet(Style.Font base) {
    add(Style.of(base).vertical(""));
  }

  /** The number of a style, added if new. */
  public int add(Style style) {
    Integer id = ids.get(style);
    if (id != null) {
      return id;
    }
    fonts.putIfAbsent(style.font(), fonts.size());
    if (!style.fill().isEmpty()) {
      fills.putIfAbsent(style.fill(), fills.size() + 2);
    }
    if (!style.format().isEmpty()) {
      formats.putIfAbsent(style.format(), formats.size() + 164);
    }
    ids.put(style, styles.size());
    styles.add(style);
    return styles.size() - 1;
  }

  /** Whether text in style {@code id} wraps (rows holding such text are made tall enough). */
  boolean wraps(int id) {
    return styles.get(id).wrap();
  }

  void write(XmlSink xml) throws IOException {
    xml.ascii(Parts.XML_HEADER).ascii("<styleSheet xmlns=\"").ascii(Parts.MAIN_NS).ascii("\">");
    if (!formats.isEmpty()) {
      xml.ascii("<numFmts count=\"").number(formats.size()).ascii("\">");
      for (Map.Entry<String, Integer> f : formats.entrySet()) {
        xml.ascii("<numFmt numFmtId=\"").number(f.getValue()).ascii("\" formatCode=\"").text(f.getKey()).ascii("\"/>");
      }
      xml.ascii("</numFmts>");
    }
    xml.ascii("<fonts count=\"").number(fonts.size()).ascii("\">");
    for (Style.Font font : fonts.keySet()) {
      font(xml, font);
    }
    xml.ascii("</fonts><fills count=\"").number(fills.size() + 2).ascii("\">")
        .ascii("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
    for (String fill : fills.keySet()) {
      xml.ascii("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"").ascii(fill)
          .ascii("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
    }
    xml.ascii("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>");
    for (String side : new String[] {"left", "right", "top", "bottom"}) {
      xml.ascii("<").ascii(side).ascii(" style=\"thin\"><color indexed=\"64\"/></").ascii(side).ascii(">");
    }
    xml.ascii("<diagonal/></border></borders>")
        .ascii("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        .ascii("<cellXfs count=\"").number(styles.size()).ascii("\">");
    for (Style style : styles) {
      xf(xml, style);
    }
    xml.ascii("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        .ascii("</styleSheet>");
  }

  private static void font(XmlSink xml, Style.Font font) throws IOException {
    xml.ascii("<font>");
    if (font.bold()) {
      xml.ascii("<b/>");
    }
    if (font.italic()) {
      xml.ascii("<i/>");
    }
    if (font.underline()) {
      xml.ascii("<u/>");
    }
    xml.ascii("<sz val=\"").ascii(points(font.size())).ascii("\"/>");
    if (!font.color().isEmpty()) {
      xml.ascii("<color rgb=\"").ascii(font.color()).ascii("\"/>");
    }
    xml.ascii("<name val=\"").text(font.name()).ascii("\"/><family val=\"1\"/></font>");
  }

  private void xf(XmlSink xml, Style style) throws IOException {
    int format = style.format().isEmpty() ? 0 : formats.get(style.format());
    int fill = style.fill().isEmpty() ? 0 : fills.get(style.fill());
    xml.ascii("<xf numFmtId=\"").number(format).ascii("\" fontId=\"").number(fonts.get(style.font()))
        .ascii("\" fillId=\"").number(fill).ascii("\" borderId=\"").number(style.border() ? 1 : 0)
        .ascii("\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"");
    boolean aligned = !style.horizontal().isEmpty() || !style.vertical().isEmpty() || style.wrap();
    if (!aligned) {
      xml.ascii("/>");
      return;
    }
    xml.ascii(" applyAlignment=\"1\"><alignment");
    if (!style.horizontal().isEmpty()) {
      xml.ascii(" horizontal=\"").ascii(style.horizontal()).ascii("\"");
    }
    if (!style.vertical().isEmpty()) {
      xml.ascii(" vertical=\"").ascii(style.vertical()).ascii("\"");
    }
    if (style.wrap()) {
      xml.ascii(" wrapText=\"1\"");
    }
    xml.ascii("/></xf>");
  }

  static String points(double size) {
    return size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size);
  }
}
