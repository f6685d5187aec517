package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.dvht.diag.Messages;
import vn.dvht.report.ooxml.DocxPackage;
import vn.dvht.report.ooxml.WordBody;
import vn.dvht.report.ooxml.WordBody.Run;

/**
 * Writes paragraphs the way Vietnamese administrative documents are set (Nghị định 30/2020):
 * Times New Roman 13–14 pt on A4 with margins of 20 mm top and bottom, 30 mm left, 15 mm right
 * (each at the decree's minimum, rounded up to the next twip), the national header block, 6 pt
 * between paragraphs.
 */
final class DocxWriter {
  static final int BODY = 14;
  /** 20, 15, 20 and 30 mm in twips (1 mm = 56.69 twips), never less than the millimetres. */
  private static final DocxPackage.Margins MARGINS = new DocxPackage.Margins(1134, 851, 1134, 1701);
  private static final int TEXT_WIDTH = MARGINS.textWidth();
  private static final int FIRST_LINE = 567;
  private static final int AFTER = 120;

  private final WordBody body = new WordBody(MARGINS);

  /** A body paragraph: justified, first line indented. */
  void body(String text) {
    body.paragraph("both").after(AFTER).firstLine(FIRST_LINE).run(text, Run.of(BODY));
  }

  /** A paragraph with a bold lead-in followed by plain text. */
  void lead(String bold, String rest) {
    body.paragraph("both").after(AFTER).firstLine(FIRST_LINE).run(bold, Run.of(BODY).withBold()).run(rest, Run.of(BODY));
  }

  void heading(String text) {
    body.paragraph("left").after(AFTER).firstLine(FIRST_LINE).run(text, Run.of(BODY).withBold());
  }

  /** A document title (BÁO CÁO, TỜ TRÌNH) with space above it. */
  void title(String text) {
    body.paragraph("center").before(360).after(AFTER).run(text, Run.of(14).withBold());
  }

  void centered(String text, boolean bold, boolean italic, int points) {
    body.paragraph("center").after(AFTER).run(text, new Run(bold, italic, points));
  }

  /** Ends one document and starts the next on a new page, numbered from 1 (the letter after the report). */
  void nextDocument() {
    body.sectionBreak();
  }

  /** The two-column header: unit on the left, the national title on the right, then place and date. */
  void nationalHeader(String unit, String number, String placeAndDate) {
    twoColumns(0.4, true);
    body.cell();
    cellLine(unit, Run.of(12).withBold());
    cellLine(number, Run.of(13));
    body.cell();
    cellLine(Messages.get("form.nation"), Run.of(12).withBold());
    cellLine(Messages.get("form.motto"), Run.of(14).withBold());
    cellLine(placeAndDate, Run.of(14).withItalic());
    body.endTable();
  }

  /** "Nơi nhận" on the left (small, one item per line), the head's title and signature space on the right. */
  void signature(String recipients) {
    twoColumns(0.45, false);
    body.cell();
    String[] lines = recipients.split("\n");
    for (int i = 0; i < lines.length; i++) {
      body.paragraph("").run(lines[i], i == 0 ? Run.of(12).withBold().withItalic() : Run.of(11));
    }
    body.cell();
    cellLine(Messages.get("form.head"), Run.of(13).withBold());
    cellLine(Messages.get("form.signSealHint"), Run.of(13).withItalic());
    for (int i = 0; i < 3; i++) {
      body.paragraph("");
    }
    cellLine("……………………", Run.of(13));
    body.endTable();
  }

  /** Writes the document. */
  void write(OutputStream out, String creator, LocalDate created) throws IOException {
    String language = Messages.current().getLanguage().equals("en") ? "en-US" : "vi-VN";
    DocxPackage.write(out, body, new DocxPackage.Defaults("Times New Roman", BODY, language), creator,
        created);
  }

  /** A borderless one-row table across the text width, the first column taking {@code share} of it. */
  private void twoColumns(double share, boolean centered) {
    int left = (int) Math.round(TEXT_WIDTH * share);
    body.table(List.of(left, TEXT_WIDTH - left), centered);
  }

  private void cellLine(String text, Run look) {
    body.paragraph("center").run(text, look);
  }
}
