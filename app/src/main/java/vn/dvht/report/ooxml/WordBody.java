package vn.dvht.report.ooxml;

import java.util.List;

/**
 * The body of a Word document as WordprocessingML, built paragraph by paragraph: paragraphs with
 * runs, section breaks, and borderless layout tables of one row. Lengths are in twentieths of a point
 * (twips), font sizes in points.
 *
 * <pre>{@code
 * WordBody body = new WordBody(margins);
 * body.paragraph("both").firstLine(567).run("Căn cứ …", Run.PLAIN);
 * }</pre>
 */
public final class WordBody {
  private final StringBuilder xml = new StringBuilder(8192);
  private final DocxPackage.Margins margins;
  private int sections = 1;
  private Paragraph open;
  private boolean inCell;
  private boolean cellEmpty;
  private List<Integer> cellWidths = List.of();
  private int cell;

  /**
   * How a run of text looks: bold, italic, size in points (0: the document's default), underlined,
   * highlighted (a blank the clerk must fill).
   */
  public record Run(boolean bold, boolean italic, int points, boolean underline, boolean highlight) {
    public static final Run PLAIN = new Run(false, false, 0, false, false);

    public Run(boolean bold, boolean italic, int points) {
      this(bold, italic, points, false, false);
    }

    public static Run of(int points) {
      return new Run(false, false, points);
    }

    public Run withBold() {
      return new Run(true, italic, points, underline, highlight);
    }

    public Run withItalic() {
      return new Run(bold, true, points, underline, highlight);
    }

    public Run withUnderline() {
      return new Run(bold, italic, points, true, highlight);
    }

    public Run withHighlight() {
      return new Run(bold, italic, points, underline, true);
    }
  }

  /** A paragraph: its properties first, then its runs. */
  public final class Paragraph {
    private final String align;
    private int before = -1;
    private int after = -1;
    private int firstLine;
    private int leftIndent;
    private int rightIndent;
    private boolean ruleBelow;
    /** The last paragraph of its section carries the section's properties. */
    private boolean endsSection;
    /** One twip high, its mark in 1 pt type: a paragraph that is there only to end a section. */
    private boolean hairline;
    /** Kept on one page with what follows (the paragraph before a signature block). */
    private boolean keepNext;
    private final StringBuilder runs = new StringBuilder();

    private Paragraph(String align) {
      this.align = align;
    }

    public Paragraph before(int twips) {
      before = twips;
      return this;
    }

    public Paragraph after(int twips) {
      after = twips;
      return this;
    }

    public Paragraph firstLine(int twips) {
      firstLine = twips;
      return this;
    }

    /** Indents from both sides, in twips. */
    public Paragraph indented(int left, int right) {
      leftIndent = left;
      rightIndent = right;
      return this;
    }

    /** A thin line under the paragraph, across its width between the indents. */
    public Paragraph ruleBelow() {
      ruleBelow = true;
      return this;
    }

    public Paragraph run(String text, Run look) {
      runs.append("<w:r>");
      properties(look);
      runs.append("<w:t xml:space=\"preserve\">").append(Parts.escape(text)).append("</w:t></w:r>");
      return this;
    }

    /** A line break inside the paragraph, in the look of the text around it (a long name set on two lines). */
    public Paragraph lineBreak(Run look) {
      runs.append("<w:r>");
      properties(look);
      runs.append("<w:br/></w:r>");
      return this;
    }

    /** Run properties in the order the schema gives them: bold, italic, size, highlight, underline. */
    private void properties(Run look) {
      if (!look.bold() && !look.italic() && look.points() == 0 && !look.underline() && !look.highlight()) {
        return;
      }
      runs.append("<w:rPr>");
      if (look.bold()) {
        runs.append("<w:b/><w:bCs/>");
      }
      if (look.italic()) {
        runs.append("<w:i/><w:iCs/>");
      }
      if (look.points() > 0) {
        runs.append("<w:sz w:val=\"").append(look.points() * 2).append("\"/><w:szCs w:val=\"")
            .append(look.points() * 2).append("\"/>");
      }
      if (look.highlight()) {
        runs.append("<w:highlight w:val=\"yellow\"/>");
      }
      if (look.underline()) {
        runs.append("<w:u w:val=\"single\"/>");
      }
      runs.append("</w:rPr>");
    }

    private void write() {
      xml.append("<w:p>");
      if (before >= 0 || after >= 0 || firstLine > 0 || !align.isEmpty() || endsSection || ruleBelow
          || leftIndent > 0 || rightIndent > 0 || keepNext) {
        xml.append("<w:pPr>");
        if (keepNext) {
          xml.append("<w:keepNext/>");
        }
        if (ruleBelow) {
          xml.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>");
        }
        if (before >= 0 || after >= 0) {
          xml.append("<w:spacing");
          if (before >= 0) {
            xml.append(" w:before=\"").append(before).append('"');
          }
          if (after >= 0) {
            xml.append(" w:after=\"").append(after).append('"');
          }
          if (hairline) {
            xml.append(" w:line=\"20\" w:lineRule=\"exact\"");
          }
          xml.append("/>");
        }
        if (firstLine > 0 || leftIndent > 0 || rightIndent > 0) {
          xml.append("<w:ind");
          if (leftIndent > 0) {
            xml.append(" w:left=\"").append(leftIndent).append('"');
          }
          if (rightIndent > 0) {
            xml.append(" w:right=\"").append(rightIndent).append('"');
          }
          if (firstLine > 0) {
            xml.append(" w:firstLine=\"").append(firstLine).append('"');
          }
          xml.append("/>");
        }
        if (!align.isEmpty()) {
          xml.append("<w:jc w:val=\"").append(align).append("\"/>");
        }
        if (hairline) {
          xml.append("<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>");
        }
        if (endsSection) {
          section();
        }
        xml.append("</w:pPr>");
      }
      xml.append(runs).append("</w:p>");
    }
  }

  /** Starts a paragraph aligned {@code left}, {@code center}, {@code both} (justified), or as the style says (""). */
  public Paragraph paragraph(String align) {
    close();
    open = new Paragraph(align);
    return open;
  }

  /** @param margins of every page; pages are A4, numbered at the top from the second page of each section */
  public WordBody(DocxPackage.Margins margins) {
    this.margins = margins;
  }

  /**
   * Ends a section: what follows starts on a new page and is numbered from 1 again, as a second
   * document bound with the first (a request letter after its report).
   */
  public void sectionBreak() {
    if (open == null) {
      // After a table: a paragraph must carry the section's end; a hair-thin one never spills onto a
      // page of its own.
      paragraph("").before(0).after(0).hairline = true;
    }
    open.endsSection = true;
    close();
    sections++;
  }

  /**
   * The section properties: A4, margins, the page-number header (none on a section's first page); no footer —
   * the tool's stamp is for whoever checks the file, kept in its properties, not printed on the reader's pages.
   */
  private void section() {
    xml.append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>")
        .append("<w:headerReference w:type=\"first\" r:id=\"rId4\"/>")
        .append("<w:type w:val=\"nextPage\"/><w:pgSz w:w=\"")
        .append(DocxPackage.A4_WIDTH).append("\" w:h=\"").append(DocxPackage.A4_HEIGHT).append("\"/><w:pgMar w:top=\"")
        .append(margins.top()).append("\" w:right=\"").append(margins.right()).append("\" w:bottom=\"")
        .append(margins.bottom()).append("\" w:left=\"").append(margins.left())
        .append("\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>");
    if (sections > 1) {
      xml.append("<w:pgNumType w:start=\"1\"/>");
    }
    xml.append("<w:titlePg/></w:sectPr>");
  }

  /**
   * Keeps the paragraph being written on the page of what follows it: the last lines of a document
   * stay with its signature block, so the signatures never stand alone on a page.
   */
  public void keepWithNext() {
    if (open != null) {
      open.keepNext = true;
    }
  }

  /**
   * Starts a borderless one-row table across {@code widths} (twips each), centred on the page when
   * asked; its row is never split across pages. {@link #cell()} starts each cell in turn and
   * {@link #endTable()} ends it.
   */
  public void table(List<Integer> widths, boolean centered) {
    close();
    int total = widths.stream().mapToInt(Integer::intValue).sum();
    xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>");
    if (centered) {
      xml.append("<w:jc w:val=\"center\"/>");
    }
    xml.append("<w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      xml.append("<w:").append(side).append(" w:val=\"nil\"/>");
    }
    xml.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    widths.forEach(w -> xml.append("<w:gridCol w:w=\"").append(w).append("\"/>"));
    xml.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cellWidths = widths;
    cell = 0;
  }

  /** Starts the next cell of the table; its paragraphs follow. */
  public void cell() {
    endCell();
    xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(cellWidths.get(cell++)).append("\" w:type=\"dxa\"/></w:tcPr>");
    inCell = true;
    cellEmpty = true;
  }

  private void endCell() {
    if (!inCell) {
      return;
    }
    boolean wrote = open != null;
    close();
    if (cellEmpty && !wrote) {
      xml.append("<w:p/>"); // Word needs a paragraph in every cell
    }
    xml.append("</w:tc>");
    inCell = false;
  }

  public void endTable() {
    endCell();
    xml.append("</w:tr></w:tbl>");
  }

  private void close() {
    if (open != null) {
      open.write();
      open = null;
      cellEmpty = false;
    }
  }

  /**
   * A block of WordprocessingML made apart — a bordered table ({@link WordGrid}), a page break — after
   * what is written so far. Ends the paragraph being written.
   */
  public void block(String wordprocessingMl) {
    close();
    xml.append(wordprocessingMl);
  }

  /**
   * The XML written so far, handed out and forgotten, so that a document of thousands of pages is
   * written as it is made ({@link DocxPackage#write(java.io.OutputStream, WordBody, DocxPackage.Content,
   * DocxPackage.Defaults, String, java.time.LocalDate, String)}). Not inside a table.
   */
  public String drain() {
    close();
    if (inCell) {
      throw new IllegalStateException("inside a table");
    }
    String done = xml.toString();
    xml.setLength(0);
    return done;
  }

  /** The body's XML, ended by the last section's properties. */
  String xml() {
    close();
    int length = xml.length();
    section();
    String body = xml.toString();
    xml.setLength(length);
    return body;
  }
}
