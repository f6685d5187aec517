package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.diag.Messages;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.CliRun;

/**
 * What a clerk gets on paper: every output of every sample (the summary workbook, the Word report), a
 * batch workbook over all samples and the {@code dvht template} workbook, printed by LibreOffice to
 * PDF, are on A4, within their page counts, with no page holding only signatures or the stamp, and no
 * workbook text under 9 pt (Word body text 13 pt or more; its footer stamp is meant to be small), and
 * no page of a summary sheet showing its table header twice in a row. Sizes
 * are measured with PDFBox: a glyph's text rendering matrix includes the sheet's print scale. Runs only
 * where LibreOffice ({@code soffice}) is installed; see docs/rendering.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeRenderIT {
  /** 9 pt, less what PDF coordinates round away. */
  private static final double WORKBOOK_MIN = 8.95;
  private static final double WORD_BODY_MIN = 12.95;
  private static final String BATCH = "tong-hop-don-vi";
  /**
   * Evidence lengths for sample 003's TC3.CT4 that walk its level-2 table down the page: at 30 words it
   * would start a page (SummaryPageBreaksTest), at the others it starts near the top or the bottom.
   */
  private static final List<Integer> PADDINGS = List.of(24, 30, 36, 42);

  @TempDir
  static Path dir;
  private final List<String> samples = new ArrayList<>();
  private final java.util.Map<String, String> json = new java.util.HashMap<>();

  @BeforeAll
  void renderEverything() throws Exception {
    assumeTrue(onPath("soffice"), "LibreOffice is not installed");
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      files.filter(p -> p.toString().endsWith(".xlsx")).map(p -> p.getFileName().toString()).sorted()
          .forEach(samples::add);
    }
    Path units = Files.createDirectories(dir.resolve("units"));
    List<String> batch = new ArrayList<>(List.of("evaluate", "--out", dir.resolve("batch").toString(), "--quiet",
        "--date", "2026-01-10"));
    for (String sample : samples) {
      CliRun run = CliRun.of("evaluate", "../samples/" + sample, "--ruleset", SampleWorkbooks.rulesetOf(sample),
          "--json", "--out", units.toString(), "--date", "2026-01-10");
      assertThat(run.code()).as(run.err()).isZero();
      json.put(sample, run.out());
      batch.add("../samples/" + sample);
    }
    // Some sample's year calls for another ruleset than its own: the batch then has a file-errors sheet too.
    assertThat(CliRun.of(batch.toArray(String[]::new)).code()).isIn(0, 3);
    Path template = Files.createDirectories(dir.resolve("template"));
    for (String ruleset : List.of("tt24", "tt22")) {
      assertThat(CliRun.of("template", "-r", ruleset, "-o", template.resolve("mau-" + ruleset + ".xlsx").toString())
          .code()).isZero();
    }
    Path breaks = Files.createDirectories(dir.resolve("breaks"));
    for (int words : PADDINGS) {
      Path input = SummaryPageBreaksTest.padded(breaks, words);
      assertThat(CliRun.of("evaluate", input.toString(), "--ruleset", "tt24", "--date", "2026-01-10", "--out",
          breaks.toString()).code()).isZero();
      Files.delete(input);
    }
    convert(units, listed(units, ".xlsx", ".docx"));
    convert(breaks, listed(breaks, "-ket-qua.xlsx"));
    convert(dir.resolve("batch"), List.of(dir.resolve("batch").resolve(BATCH + ".xlsx")));
    convert(template, listed(template, ".xlsx"));
  }

  List<String> samples() {
    return samples;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theUnitWorkbookPrintsAtNinePointsOrMoreWithTheSignaturesBesideTheirTable(String sample) throws Exception {
    Printed pdf = Printed.of(pdf("units", stem(sample) + "-ket-qua"));
    pdf.assertA4();
    // Summary 3–6 pages, chart 1, grid 1–4 and follow-up 1–3 for these units of up to 120 members.
    assertThat(pdf.pages()).as("pages").isBetween(5, 16);
    assertThat(pdf.smallest()).as("smallest printed text").isGreaterThanOrEqualTo(WORKBOOK_MIN);
    pdf.assertNoPageOfOnlySignaturesOrStamp();
    assertThat(pdf.page(1)).as("the table header repeated on the summary's second page")
        .contains(Messages.get("col.indicator"));
    showsEveryCount(sample, pdf.text());
    pdf.assertNoHeaderTwiceInARow();
  }

  @Test
  void aLevelTableThatReachesThePageTopShowsItsHeaderOnce() throws Exception {
    int pagesWithTwoTables = 0;
    for (int words : PADDINGS) {
      Printed pdf = Printed.of(pdf("breaks", "003-thpt-ly-nhan-" + words + "-ket-qua"));
      pdf.assertNoHeaderTwiceInARow();
      for (int p = 0; p < pdf.pages(); p++) {
        pagesWithTwoTables += pdf.headerLines(p).size() > 1 ? 1 : 0;
      }
    }
    assertThat(pagesWithTwoTables).as("pages where one table ends and the next begins").isPositive();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theWordReportHasItsBodyAtThirteenPointsOrMore(String sample) throws Exception {
    Printed pdf = Printed.of(pdf("units", stem(sample) + "-bao-cao"));
    pdf.assertA4();
    assertThat(pdf.pages()).as("pages").isBetween(2, 8);
    assertThat(pdf.commonest()).as("body text").isGreaterThanOrEqualTo(WORD_BODY_MIN);
    pdf.assertNoPageOfOnlySignaturesOrStamp();
    showsEveryCount(sample, pdf.text());
  }

  @Test
  void theBatchWorkbookSplitsItsWideTablesAcrossPagesAtNinePointsOrMore() throws Exception {
    Printed pdf = Printed.of(pdf("batch", BATCH));
    pdf.assertA4();
    assertThat(pdf.pages()).as("pages").isBetween(3, 16);
    assertThat(pdf.smallest()).as("smallest printed text").isGreaterThanOrEqualTo(WORKBOOK_MIN);
    assertThat(pdf.page(0)).as("the list of units first").contains(Messages.get("batch.listTitle"));
    String joined = pdf.text().replaceAll("\\s", "");
    for (String sample : samples) {
      assertThat(joined).as("names its file, wrapped or not").contains(sample);
    }
  }

  @Test
  void theTemplatePrintsOnAFewPages() throws Exception {
    for (String ruleset : List.of("tt24", "tt22")) {
      Printed pdf = Printed.of(pdf("template", "mau-" + ruleset));
      pdf.assertA4();
      assertThat(pdf.pages()).as("pages of the %s template", ruleset).isBetween(3, 9);
      assertThat(pdf.smallest()).as("smallest printed text").isGreaterThanOrEqualTo(WORKBOOK_MIN);
    }
  }

  private void showsEveryCount(String sample, String text) throws IOException {
    for (JsonNode level : new ObjectMapper().readTree(json.get(sample)).path("units").path(0).path("levels")) {
      for (JsonNode indicator : level.path("indicators")) {
        if (indicator.path("kind").asText().equals("share")
            && !indicator.path("status").asText().equals("khong-ap-dung")) {
          assertThat(text).as("%s shows %s", sample, indicator.path("id").asText())
              .contains(indicator.path("id").asText(), indicator.path("numerator").asText(),
                  indicator.path("denominator").asText());
        }
      }
    }
  }

  /** A PDF's pages: text, the size of every glyph as printed, and the page size. */
  private record Printed(String name, List<String> texts, List<List<Float>> sizes, List<PDRectangle> boxes) {
    static Printed of(Path pdf) throws IOException {
      List<String> texts = new ArrayList<>();
      List<List<Float>> sizes = new ArrayList<>();
      List<PDRectangle> boxes = new ArrayList<>();
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
          List<Float> page = new ArrayList<>();
          PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
              for (TextPosition glyph : glyphs) {
                if (!glyph.getUnicode().isBlank()) {
                  page.add(Math.abs(glyph.getXScale()));
                }
              }
              super.writeString(text, glyphs);
            }
          };
          stripper.setStartPage(p);
          stripper.setEndPage(p);
          texts.add(stripper.getText(document));
          sizes.add(page);
          boxes.add(document.getPage(p - 1).getMediaBox());
        }
      }
      return new Printed(pdf.getFileName().toString(), texts, sizes, boxes);
    }

    int pages() {
      return texts.size();
    }

    String page(int p) {
      return texts.get(p);
    }

    String text() {
      return String.join("\n", texts);
    }

    double smallest() {
      return sizes.stream().flatMap(List::stream).mapToDouble(Float::doubleValue).min().orElse(99);
    }

    /** The size most glyphs have: a document's body text. */
    double commonest() {
      java.util.Map<Long, Long> counts = new java.util.HashMap<>();
      sizes.stream().flatMap(List::stream).forEach(s -> counts.merge(Math.round(s * 10.0), 1L, Long::sum));
      return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey() / 10.0;
    }

    /** The lines of page {@code p} (from 0) that are the summary table's header row, by line number. */
    List<Integer> headerLines(int p) {
      List<Integer> lines = new ArrayList<>();
      String[] all = texts.get(p).split("\n");
      for (int i = 0; i < all.length; i++) {
        String line = all[i];
        if (line.contains(Messages.get("col.number") + " ") && line.contains(Messages.get("col.threshold"))
            && line.contains(Messages.get("col.subject"))) {
          lines.add(i);
        }
      }
      return lines;
    }

    /**
     * No page shows the summary table's header and then, with no table row between (only a level's
     * title), the header again: each header a page shows is followed by rows of its table.
     */
    void assertNoHeaderTwiceInARow() {
      int headers = 0;
      for (int p = 0; p < texts.size(); p++) {
        List<Integer> at = headerLines(p);
        headers += at.size();
        String[] lines = texts.get(p).split("\n");
        for (int h = 0; h + 1 < at.size(); h++) {
          boolean rowBetween = false;
          for (int i = at.get(h) + 1; i < at.get(h + 1); i++) {
            // A table row's one-line cells come first in its text: "14 TC3 Đơn vị Đạt".
            rowBetween |= lines[i].matches("[0-9]+ TC[0-9]+( .*)?");
          }
          assertThat(rowBetween).as("%s page %d shows the table header twice in a row:%n%s", name, p + 1,
              texts.get(p)).isTrue();
        }
      }
      assertThat(headers).as("%s: table headers found on its pages", name).isGreaterThan(1);
    }

    /** A4 in either orientation, to the point. */
    void assertA4() {
      for (int p = 0; p < boxes.size(); p++) {
        float w = Math.min(boxes.get(p).getWidth(), boxes.get(p).getHeight());
        float h = Math.max(boxes.get(p).getWidth(), boxes.get(p).getHeight());
        assertThat(Math.abs(w - 595.3f) < 2 && Math.abs(h - 841.9f) < 2).as("%s page %d is A4: %s x %s", name, p + 1,
            w, h).isTrue();
      }
    }

    /**
     * Every page holds more than signatures, the stamp, the recipients and the page number: what is
     * left once their lines are taken out is some real text (a table row, a paragraph).
     */
    void assertNoPageOfOnlySignaturesOrStamp() {
      List<String> formLines = new ArrayList<>();
      for (String key : List.of("form.preparer", "form.head", "form.signHint", "form.signSealHint")) {
        formLines.add(Messages.get(key));
      }
      for (int p = 0; p < texts.size(); p++) {
        StringBuilder rest = new StringBuilder();
        boolean stamp = false;
        for (String line : texts.get(p).split("\n")) {
          String l = line.strip();
          stamp |= l.startsWith("dvht ");
          if (l.isEmpty() || stamp || l.matches("(Trang )?\\d+(/\\d+)?") || l.matches("-.*;|- Lưu: VT\\.|Nơi nhận:")
              || formLines.stream().anyMatch(l::contains)) {
            continue;
          }
          rest.append(l).append('\n');
        }
        assertThat(rest.length()).as("%s page %d holds more than signatures and the stamp:%n%s", name, p + 1,
            texts.get(p)).isGreaterThan(120);
      }
    }
  }

  private static String stem(String sample) {
    return sample.replace(".xlsx", "");
  }

  private static Path pdf(String sub, String stem) {
    Path pdf = dir.resolve(sub).resolve(stem + ".pdf");
    assertThat(pdf).as("LibreOffice converted %s", stem).exists();
    return pdf;
  }

  private static List<Path> listed(Path dir, String... endings) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
    }
  }

  /** One soffice run for the files of a directory, with a profile of its own (another run may hold the shared one). */
  private static void convert(Path out, List<Path> documents) throws Exception {
    List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
    documents.forEach(d -> command.add(d.toString()));
    Process process = new ProcessBuilder(command).directory(out.toFile()).redirectErrorStream(true)
        .redirectOutput(out.resolve("soffice.log").toFile()).start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("soffice ended").isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
