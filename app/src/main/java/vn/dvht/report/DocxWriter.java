package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.diag.Wording;
import vn.dvht.report.ooxml.DocxPackage;
import vn.dvht.report.ooxml.WordBody;
import vn.dvht.report.ooxml.WordBody.Run;

/**
 * Writes paragraphs the way Vietnamese administrative documents are set (Nghị định 30/2020, Phụ lục I):
 * Times New Roman 13–14 pt on A4 with margins of 20 mm top and bottom, 30 mm left, 15 mm right (each
 * at the decree's minimum, rounded up to the next twip), 6 pt between paragraphs; the header block
 * with the superior agency, the agency in bold with a short rule under it, the national name and the
 * underlined motto, number, place and date; the signer's title and name. Blanks the clerk must fill
 * (runs of "…", "(Đơn vị bổ sung: …)") are highlighted.
 */
final class DocxWriter {
  static final int BODY = 14;
  /** 20, 15, 20 and 30 mm in twips (1 mm = 56.69 twips), never less than the millimetres. */
  private static final DocxPackage.Margins MARGINS = new DocxPackage.Margins(1134, 851, 1134, 1701);
  private static final int TEXT_WIDTH = MARGINS.textWidth();
  private static final int FIRST_LINE = 567;
  /** The table cells' side margins (Word's default, set in the styles part). */
  private static final int CELL_MARGIN = 108;
  /**
   * The left column of the header: as wide as the page allows while the national name, 12 pt bold,
   * still fits the right column on one line (Phụ lục I, ô số 1 and 2).
   */
  static final double HEADER_LEFT = 0.43;
  private static final int AFTER = 120;
  /** What the clerk fills in: dotted blanks and the "to be completed" notes. */
  private static final Pattern BLANK = Pattern.compile("…+|\\((?:Đơn vị bổ sung|To be completed)[^)]*\\)");

  private final WordBody body = new WordBody(MARGINS);

  /** A body paragraph: justified, first line indented. */
  void body(String text) {
    runs(body.paragraph("both").after(AFTER).firstLine(FIRST_LINE), text, Run.of(BODY));
  }

  /** A paragraph with a bold lead-in followed by plain text. */
  void lead(String bold, String rest) {
    runs(body.paragraph("both").after(AFTER).firstLine(FIRST_LINE).run(bold, Run.of(BODY).withBold()), rest,
        Run.of(BODY));
  }

  void heading(String text) {
    body.paragraph("left").after(AFTER).firstLine(FIRST_LINE).run(text, Run.of(BODY).withBold());
  }

  /** A document title (BÁO CÁO, TỜ TRÌNH) with space above it. */
  void title(String text) {
    body.paragraph("center").before(360).after(AFTER).run(text, Run.of(14).withBold());
  }

  /**
   * The trích yếu under a document's name, bold and centred, with a short rule under it (Nghị định 30/2020/NĐ-CP,
   * Phụ lục I, mục II.6: a line a third to a half of the trích yếu's length, centred).
   */
  void summaryLine(String text) {
    runs(body.paragraph("center"), text, new Run(true, false, 14));
    body.paragraph("center").indented(TEXT_WIDTH * 3 / 8, TEXT_WIDTH * 3 / 8).ruleBelow().after(AFTER);
  }

  void centered(String text, boolean bold, boolean italic, int points) {
    runs(body.paragraph("center").after(AFTER), text, new Run(bold, italic, points));
  }

  /** Ends one document and starts the next on a new page, numbered from 1 (the letter after the report). */
  void nextDocument() {
    body.sectionBreak();
  }

  /**
   * The header block: on the left the superior agency (a highlighted blank when the unit sheet does not
   * name it), the agency in bold with a short rule under it, and the number; on the right the
   * national name, the underlined motto, then place and date.
   */
  void nationalHeader(Wording words, String superior, String unit, String number, String placeAndDate) {
    int left = twoColumns(HEADER_LEFT, true);
    body.cell();
    if (superior.isEmpty()) {
      cellLine(words.get("docx.superiorBlank"), Run.of(12).withHighlight());
    } else {
      nameLines(superior, Run.of(12), left);
    }
    nameLines(unit, Run.of(12).withBold(), left);
    // A rule a third of the column long, centred under the agency's name (Phụ lục I, mục II.3).
    body.paragraph("center").indented(left / 3, left / 3).ruleBelow().after(AFTER);
    cellLine(number, Run.of(13));
    body.cell();
    cellLine(words.get("form.nation"), Run.of(12).withBold());
    cellLine(words.get("form.motto"), Run.of(13).withBold().withUnderline());
    body.paragraph("center").after(0);
    cellLine(placeAndDate, Run.of(14).withItalic());
    body.endTable();
  }

  /**
   * "Nơi nhận" on the left (small, one item per line); on the right the signer's title in capitals,
   * room for the signature and seal, and the signer's name — highlighted blanks when the unit sheet
   * does not give them.
   */
  void signature(Wording words, String recipients, String title, String signer) {
    body.keepWithNext();
    twoColumns(0.45, false);
    body.cell();
    String[] lines = recipients.split("\n");
    for (int i = 0; i < lines.length; i++) {
      body.paragraph("").run(lines[i], i == 0 ? Run.of(12).withBold().withItalic() : Run.of(11));
    }
    body.cell();
    if (title.isEmpty()) {
      cellLine(words.get("form.head"), Run.of(13).withBold().withHighlight());
    } else {
      cellLine(title, Run.of(13).withBold());
    }
    for (int i = 0; i < 4; i++) {
      body.paragraph("");
    }
    if (signer.isEmpty()) {
      cellLine("……………………", Run.of(13).withBold().withHighlight());
    } else {
      cellLine(signer, Run.of(13).withBold());
    }
    body.endTable();
  }

  /**
   * Writes the document as {@code content} makes it, each flush moving what is written so far into the
   * package (a document of thousands of pages); {@code note} as for {@link #write}.
   */
  void stream(Wording words, OutputStream out, String creator, LocalDate created, String note, DocxPackage.Content content)
      throws IOException {
    String language = words.locale().getLanguage().equals("en") ? "en-US" : "vi-VN";
    DocxPackage.write(out, body, content, new DocxPackage.Defaults("Times New Roman", BODY, language), creator,
        created, note);
  }

  /** Writes the document; {@code note} goes to its properties. */
  void write(Wording words, OutputStream out, String creator, LocalDate created, String note) throws IOException {
    String language = words.locale().getLanguage().equals("en") ? "en-US" : "vi-VN";
    DocxPackage.write(out, body, new DocxPackage.Defaults("Times New Roman", BODY, language), creator,
        created, note);
  }

  /** A borderless one-row table across the text width, the first column taking {@code share} of it; returns its width. */
  private int twoColumns(double share, boolean centered) {
    int left = (int) Math.round(TEXT_WIDTH * share);
    body.table(List.of(left, TEXT_WIDTH - left), centered);
    return left;
  }

  /** An agency's name, centred, broken into balanced lines when it does not fit the cell ({@link HeaderLines}). */
  private void nameLines(String name, Run look, int cellWidth) {
    List<String> lines = HeaderLines.of(name, look.points(), look.bold(), cellWidth - 2 * CELL_MARGIN);
    WordBody.Paragraph p = body.paragraph("center");
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        p.lineBreak(look);
      }
      runs(p, lines.get(i), look);
    }
  }

  private void cellLine(String text, Run look) {
    runs(body.paragraph("center"), text, look);
  }

  /** The text as runs, its blanks highlighted. */
  private static void runs(WordBody.Paragraph p, String text, Run look) {
    Matcher blank = BLANK.matcher(text);
    int at = 0;
    while (blank.find()) {
      if (blank.start() > at) {
        p.run(text.substring(at, blank.start()), look);
      }
      p.run(blank.group(), look.withHighlight());
      at = blank.end();
    }
    if (at < text.length() || text.isEmpty()) {
      p.run(text.substring(at), look);
    }
  }

  /** Text width in twips: what a table's columns share. */
  static int textWidth() {
    return TEXT_WIDTH;
  }

  /** A bordered table ({@link vn.dvht.report.ooxml.WordGrid}). */
  void grid(vn.dvht.report.ooxml.WordGrid grid) {
    body.block(grid.xml());
  }

  /** What follows starts on a new page, numbered on. */
  void pageBreak() {
    body.block(vn.dvht.report.ooxml.WordGrid.PAGE_BREAK);
  }

  /** A bordered table written a batch of rows at a time: its start and header rows ({@link WordGrid#open}). */
  void gridOpen(vn.dvht.report.ooxml.WordGrid header) {
    body.block(header.open() + header.takeRows());
  }

  /** Rows of a table begun with {@link #gridOpen}, as {@link WordGrid#takeRows} made them. */
  void gridRows(String rows) {
    body.block(rows);
  }

  /** Ends a table begun with {@link #gridOpen}. */
  void gridEnd() {
    body.block(vn.dvht.report.ooxml.WordGrid.END);
  }

  /** A short line at the right margin above the header, such as "DỰ THẢO". */
  void mark(String text) {
    body.paragraph("right").after(0).run(text, Run.of(13).withBold());
  }

  /**
   * The header block of an office's document: on the left the lines above the agency ({@code above},
   * none for a People's Committee), the agency in bold with the short rule under it, the number and,
   * for a letter, its subject ("V/v …") in small type; on the right the national name, the motto, and
   * place and date.
   */
  void officeHeader(Wording words, String above, String agency, String number, String subject, String placeAndDate) {
    int left = twoColumns(HEADER_LEFT, true);
    body.cell();
    if (!above.isEmpty()) {
      nameLines(above, Run.of(12), left);
    }
    nameLines(agency, Run.of(12).withBold(), left);
    body.paragraph("center").indented(left / 3, left / 3).ruleBelow().after(AFTER);
    cellLine(number, Run.of(13));
    if (!subject.isEmpty()) {
      runs(body.paragraph("center"), subject, Run.of(12));
    }
    body.cell();
    cellLine(words.get("form.nation"), Run.of(12).withBold());
    cellLine(words.get("form.motto"), Run.of(13).withBold().withUnderline());
    body.paragraph("center").after(0);
    cellLine(placeAndDate, Run.of(14).withItalic());
    body.endTable();
  }

  /** A paragraph aligned left with no indent (a "Kính gửi" line, an article's heading). */
  void plain(String text, boolean bold) {
    runs(body.paragraph("left").after(AFTER), text, bold ? Run.of(BODY).withBold() : Run.of(BODY));
  }

  /** A body paragraph kept on the page of what follows it. */
  void bodyKept(String text) {
    body(text);
    body.keepWithNext();
  }
}
