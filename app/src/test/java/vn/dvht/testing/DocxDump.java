package vn.dvht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document as canonical text: one line per paragraph ({@code P|<align>|<b?>|text}, a page break as {@code <page break>}, a line break as {@code ↵}, the last paragraph of a section ending {@code |<section break>}) and per
 * table cell ({@code T<table>.<row>.<cell>|text}), so golden tests compare content, not zip bytes.
 */
public final class DocxDump {
  private DocxDump() {}

  public static String of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    }
  }

  public static String of(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    try (XWPFDocument document = new XWPFDocument(in)) {
      int tables = 0;
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          lines.add(paragraph(p));
        } else if (element instanceof XWPFTable t) {
          tables++;
          int r = 0;
          for (XWPFTableRow row : t.getRows()) {
            r++;
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
              c++;
              for (XWPFParagraph p : cell.getParagraphs()) {
                lines.add("T" + tables + "." + r + "." + c + "|" + paragraph(p));
              }
            }
          }
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String paragraph(XWPFParagraph p) {
    boolean bold = !p.getRuns().isEmpty() && p.getRuns().get(0).isBold();
    boolean pageBreak = p.getRuns().stream().anyMatch(r -> r.getCTR().getBrList().stream()
        .anyMatch(br -> br.isSetType() && br.getType() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE));
    boolean sectionBreak = p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr();
    String text = pageBreak ? "<page break>" : p.getText().replace("\n", "↵");
    return "P|" + p.getAlignment() + "|" + (bold ? "b" : "-") + "|" + text + (sectionBreak ? "|<section break>" : "");
  }
}
