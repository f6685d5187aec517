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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.diag.Messages;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.CliRun;

/**
 * What a clerk gets on paper: every output of every sample (the summary workbook, the Word report), in
 * Vietnamese and in English ({@code --lang en}), with the sample's own ruleset and with its plan
 * ({@code --targets rulesets/plans/<sample>.yaml}), the province template's report (sample 003 with
 * {@code rulesets/provinces/vi-du-mau-so-4.yaml}), a batch workbook over all samples and the {@code dvht
 * template} workbooks, printed by LibreOffice to PDF, are on A4, within their page counts, with no page
 * holding only signatures or the stamp, and no workbook text under 9 pt (Word body text 13 pt or more;
 * its footer stamp is meant to be small), and no page of a summary sheet showing its table header twice
 * in a row. Sizes are measured with PDFBox: a glyph's text rendering matrix includes the sheet's print
 * scale. Everything is converted in one soffice run. Runs only where LibreOffice ({@code soffice}) is
 * installed; see docs/rendering.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeRenderIT {
  /** 9 pt, less what PDF coordinates round away. */
  private static final double WORKBOOK_MIN = 8.95;
  private static final double WORD_BODY_MIN = 12.95;
  private static final String BATCH = "tong-hop-don-vi";
  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final Path PLANS = Path.of("..", "rulesets", "plans");
  private static final Path PROVINCE = Path.of("..", "rulesets", "provinces", "vi-du-mau-so-4.yaml");
  private static final String PROVINCE_SAMPLE = "003-thpt-ly-nhan.xlsx";
  /**
   * Evidence lengths for sample 003's TC3.CT4 that walk its level-2 table down the page: at 30 words it
   * would start a page (SummaryPageBreaksTest), at the others it starts near the top or the bottom.
   */
  private static final List<Integer> PADDINGS = List.of(24, 30, 36, 42);

  @TempDir
  static Path dir;
  private final List<String> samples = new ArrayList<>();
  private final List<Dossier> dossiers = new ArrayList<>();
  private final Map<Dossier, String> json = new HashMap<>();

  /** How a sample was evaluated: in which language, with its plan or not. */
  enum Run {
    VI(Messages.VIETNAMESE), EN(ENGLISH), PLAN(Messages.VIETNAMESE);

    final Locale locale;

    Run(Locale locale) {
      this.locale = locale;
    }

    String folder() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One sample's dossier in one run. */
  record Dossier(Run run, String sample) {
    String stem() {
      return sample.replace(".xlsx", "");
    }

    String message(String key) {
      return Messages.in(run.locale, key);
    }

    @Override
    public String toString() {
      return run.folder() + " " + stem();
    }
  }

  /** Why nothing can be rendered here, or null: each test is then skipped with it, counted at the end of the build. */
  private String missing;

  @BeforeAll
  void renderEverything() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      files.filter(p -> p.toString().endsWith(".xlsx")).map(p -> p.getFileName().toString()).sorted()
          .forEach(samples::add);
    }
    if (!onPath("soffice")) {
      // A class skipped here would vanish from the count: its tests are listed and each one skipped instead.
      missing = "LibreOffice missing (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)";
      for (Run run : Run.values()) {
        samples.stream().filter(sample -> run != Run.PLAN || Files.exists(PLANS.resolve(sample.replace(".xlsx", ".yaml"))))
            .forEach(sample -> dossiers.add(new Dossier(run, sample)));
      }
      return;
    }
    Path print = Files.createDirectories(dir.resolve("print"));
    List<String> batch = new ArrayList<>(List.of("evaluate", "--out", dir.resolve("batch").toString(), "--quiet",
        "--date", "2026-01-10"));
    for (Run run : Run.values()) {
      for (String sample : samples) {
        Path plan = PLANS.resolve(sample.replace(".xlsx", ".yaml"));
        if (run == Run.PLAN && !Files.exists(plan)) {
          continue;
        }
        Dossier dossier = new Dossier(run, sample);
        List<String> args = new ArrayList<>(List.of("evaluate", "../samples/" + sample, "--ruleset",
            SampleWorkbooks.rulesetOf(sample), "--json", "--out", dir.resolve(run.folder()).toString(), "--date",
            "2026-01-10"));
        if (run == Run.EN) {
          args.addAll(List.of("--lang", "en"));
        } else if (run == Run.PLAN) {
          args.addAll(List.of("--targets", plan.toString()));
        }
        CliRun result = CliRun.of(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        json.put(dossier, result.out());
        dossiers.add(dossier);
      }
      toPrint(dir.resolve(run.folder()), print, run.folder(), ".xlsx", ".docx");
    }
    for (String sample : samples) {
      batch.add("../samples/" + sample);
    }
    // Some sample's year calls for another ruleset than its own: the batch then has a file-errors sheet too.
    assertThat(CliRun.of(batch.toArray(String[]::new)).code()).isIn(0, 3);
    toPrint(dir.resolve("batch"), print, "batch", BATCH + ".xlsx");
    assertThat(CliRun.of("evaluate", "../samples/" + PROVINCE_SAMPLE, "--ruleset", PROVINCE.toString(), "--quiet",
        "--date", "2026-01-10", "--out", dir.resolve("province").toString()).code()).isZero();
    toPrint(dir.resolve("province"), print, "province", ".docx");
    Path template = Files.createDirectories(dir.resolve("template"));
    for (String ruleset : List.of("tt24", "tt22")) {
      assertThat(CliRun.of("template", "-r", ruleset, "-o", template.resolve("mau-" + ruleset + ".xlsx").toString())
          .code()).isZero();
    }
    toPrint(template, print, "template", ".xlsx");
    Path breaks = Files.createDirectories(dir.resolve("breaks"));
    for (int words : PADDINGS) {
      Path input = SummaryPageBreaksTest.padded(breaks, words);
      assertThat(CliRun.of("evaluate", input.toString(), "--ruleset", "tt24", "--date", "2026-01-10", "--out",
          breaks.toString()).code()).isZero();
      Files.delete(input);
    }
    toPrint(breaks, print, "breaks", "-ket-qua.xlsx");
    office(print);
    convert(print, listed(print, ".xlsx", ".docx"));
  }

  @BeforeEach
  void libreOffice() {
    assumeTrue(missing == null, missing);
  }

  List<Dossier> dossiers() {
    return dossiers;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void theUnitWorkbookPrintsAtNinePointsOrMoreWithTheSignaturesBesideTheirTable(Dossier dossier) throws Exception {
    Printed pdf = Printed.of(pdf(dossier.run().folder(), dossier.stem() + "-ket-qua"), dossier.run().locale);
    pdf.assertA4();
    // Per level table (17 rows of wrapped indicator texts) up to 3 pages of summary, with the header
    // block, score and signatures; chart 1; member grid 1–5 for these units of up to 120 members;
    // follow-up 1–3. A plan adds a third table: sample 003 with its plan prints 16 pages (summary 8).
    int tables = levels(dossier).size();
    assertThat(pdf.pages()).as("pages").isBetween(tables + 3, 3 * tables + 10);
    assertThat(pdf.smallest()).as("smallest printed text").isGreaterThanOrEqualTo(WORKBOOK_MIN);
    pdf.assertNoPageOfOnlySignaturesOrStamp();
    assertThat(pdf.page(1)).as("the table header repeated on the summary's second page")
        .contains(dossier.message("col.indicator"));
    showsEveryCount(dossier, pdf.text());
    pdf.assertNoHeaderTwiceInARow();
    pdf.assertOneChartPage();
  }

  @Test
  void aLevelTableThatReachesThePageTopShowsItsHeaderOnce() throws Exception {
    int pagesWithTwoTables = 0;
    for (int words : PADDINGS) {
      Printed pdf = Printed.of(pdf("breaks", "003-thpt-ly-nhan-" + words + "-ket-qua"), Messages.VIETNAMESE);
      pdf.assertNoHeaderTwiceInARow();
      for (int p = 0; p < pdf.pages(); p++) {
        pagesWithTwoTables += pdf.headerLines(p).size() > 1 ? 1 : 0;
      }
    }
    assertThat(pagesWithTwoTables).as("pages where one table ends and the next begins").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void theWordReportHasItsBodyAtThirteenPointsOrMore(Dossier dossier) throws Exception {
    Printed pdf = Printed.of(pdf(dossier.run().folder(), dossier.stem() + "-bao-cao"), dossier.run().locale);
    pdf.assertA4();
    assertThat(pdf.pages()).as("pages").isBetween(2, 8);
    assertThat(pdf.commonest()).as("body text").isGreaterThanOrEqualTo(WORD_BODY_MIN);
    pdf.assertNoPageOfOnlySignaturesOrStamp();
    showsEveryCount(dossier, pdf.text());
  }

  List<Dossier> decisions() {
    return dossiers.stream().filter(d -> SampleWorkbooks.rulesetOf(d.sample()).equals("tt24")).toList();
  }

  /**
   * The unit head's decision recognising the titled members ({@code -quyet-dinh-cdht}): A4 with the Decree 30
   * margins, body at 13 pt or more, no page of only a signature, the list on its own numbered pages, and the
   * count in Điều 1 the titled members TC3's shares count.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void theHeadsDecisionPrintsWithItsListAndCountsEveryTitledMember(Dossier dossier) throws Exception {
    Printed pdf = Printed.of(pdf(dossier.run().folder(), dossier.stem() + "-quyet-dinh-cdht"), dossier.run().locale);
    pdf.assertA4();
    pdf.assertMargins(85.0f - 1, 595.3f - 42.5f + 1);
    assertThat(pdf.commonest()).as("body text").isGreaterThanOrEqualTo(WORD_BODY_MIN);
    pdf.assertNoPageOfOnlySignaturesOrStamp();
    assertThat(pdf.pages()).as("the decision, then its list on a page of its own").isGreaterThanOrEqualTo(2);
    assertThat(pdf.page(0).replaceAll("\\s+", " ")).doesNotContain(dossier.message("headDecision.col.total"));
    assertThat(pdf.page(1).replaceAll("\\s+", " ")).contains(dossier.message("office.decision.listTitle"),
        dossier.message("col.number"), dossier.message("headDecision.col.total"));
    long titled = 0;
    for (JsonNode indicator : levels(dossier).path(0).path("indicators")) {
      if (List.of("TC3.CT1", "TC3.CT1b").contains(indicator.path("id").asText())) {
        titled += indicator.path("numerator").asLong();
      }
    }
    String article1 = dossier.run() == Run.EN ? "for " + titled + " individuals" : "cho " + titled + " cá nhân";
    assertThat(pdf.text().replaceAll("\\s+", " ")).contains(article1);
  }

  /** The template's own sizes: paragraphs 14 pt, its table 13 pt, header lines 11–14 pt, the stamp 7 pt. */
  @Test
  void theProvinceTemplatesReportPrintsItsBodyAtThirteenPointsOrMore() throws Exception {
    Printed pdf = Printed.of(pdf("province", stem(PROVINCE_SAMPLE) + "-bao-cao"), Messages.VIETNAMESE);
    pdf.assertA4();
    assertThat(pdf.pages()).as("pages").isBetween(2, 6);
    assertThat(pdf.commonest()).as("body text").isGreaterThanOrEqualTo(WORD_BODY_MIN);
    pdf.assertNoPageOfOnlySignaturesOrStamp();
    assertThat(pdf.page(0)).contains("Mẫu số 4");
    // The form's code column is narrow: "TC3.CT1b" wraps after "TC3.CT1".
    showsEveryCount(new Dossier(Run.VI, PROVINCE_SAMPLE), pdf.text().replaceAll("\\s", ""));
  }

  @Test
  void theBatchWorkbookSplitsItsWideTablesAcrossPagesAtNinePointsOrMore() throws Exception {
    Printed pdf = Printed.of(pdf("batch", BATCH), Messages.VIETNAMESE);
    pdf.assertA4();
    assertThat(pdf.pages()).as("pages").isBetween(3, 16);
    assertThat(pdf.smallest()).as("smallest printed text").isGreaterThanOrEqualTo(WORKBOOK_MIN);
    assertThat(pdf.page(0)).as("the list of units first").contains(Messages.in(Messages.VIETNAMESE, "batch.listTitle"));
    String joined = pdf.text().replaceAll("\\s", "");
    for (String sample : samples) {
      assertThat(joined).as("names its file, wrapped or not").contains(sample);
    }
  }

  @Test
  void theTemplatePrintsOnAFewPages() throws Exception {
    for (String ruleset : List.of("tt24", "tt22")) {
      Printed pdf = Printed.of(pdf("template", "mau-" + ruleset), Messages.VIETNAMESE);
      pdf.assertA4();
      // tt24's member sheet has the ten "Công dân học tập" score columns too (issue 23): more pages across.
      assertThat(pdf.pages()).as("pages of the %s template", ruleset).isBetween(3, ruleset.equals("tt24") ? 16 : 9);
      assertThat(pdf.smallest()).as("smallest printed text").isGreaterThanOrEqualTo(WORKBOOK_MIN);
    }
  }

  /** The office's documents and workbooks, each language. */
  static final List<String> OFFICE_DOCUMENTS = List.of("bao-cao-tham-dinh", "to-trinh-cong-nhan", "du-thao-quyet-dinh",
      "van-ban-tra-loi");
  static final List<String> OFFICE_WORKBOOKS = List.of("ket-qua-tham-dinh", "so-theo-doi-cong-nhan", "thong-ke-bao-cao");

  /**
   * A small provincial office (13 units, the register's cases among them) through {@code dvht tham-dinh} in
   * Vietnamese and in English, its upward merge, and its two templates.
   */
  private static void office(Path print) throws Exception {
    vn.dvht.testing.OfficeFixture office = vn.dvht.testing.OfficeFixture.generate(dir.resolve("office"), 12, 7L);
    for (String lang : List.of("vi", "en")) {
      Path out = dir.resolve("office-" + lang);
      CliRun run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
          "--so-theo-doi", office.register().toString(), "--out", out.toString(), "--date", "2026-02-06", "--lang", lang);
      assertThat(run.code()).as(run.err()).isZero();
      toPrint(out, print, "office-" + lang, ".xlsx", ".docx");
    }
    // The example province's own forms for the decision and the answer (rulesets/provinces/vi-du-mau-phong.yaml).
    Path province = dir.resolve("office-tinh");
    CliRun run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
        "--so-theo-doi", office.register().toString(), "--out", province.toString(), "--date", "2026-02-06",
        "--ruleset", Path.of("..", "rulesets", "provinces", "vi-du-mau-phong.yaml").toString());
    assertThat(run.code()).as(run.err()).isZero();
    for (String name : PROVINCE_FORMS) {
      Files.copy(province.resolve(name + ".docx"), print.resolve("office-tinh--" + name + ".docx"));
    }
    Path merged = dir.resolve("office-merge");
    Files.createDirectories(merged);
    assertThat(CliRun.of("tong-hop", dir.resolve("office-vi").resolve("ket-qua-tham-dinh.json").toString(), "-o",
        merged.resolve("tong-hop-ket-qua-cong-nhan.xlsx").toString()).code()).isZero();
    assertThat(CliRun.of("template", "--hoi-dong", "-o", merged.resolve("mau-hoi-dong.xlsx").toString()).code()).isZero();
    assertThat(CliRun.of("template", "--so-theo-doi", "-o", merged.resolve("mau-so-theo-doi.xlsx").toString()).code())
        .isZero();
    toPrint(merged, print, "office-merge", ".xlsx");
  }

  /** The office's documents the example province ruleset gives its own forms for. */
  static final List<String> PROVINCE_FORMS = List.of("du-thao-quyet-dinh", "van-ban-tra-loi");

  static List<String[]> officeDocuments() {
    List<String[]> cases = new ArrayList<>();
    for (String lang : List.of("vi", "en")) {
      OFFICE_DOCUMENTS.forEach(d -> cases.add(new String[] {lang, d}));
    }
    PROVINCE_FORMS.forEach(d -> cases.add(new String[] {"tinh", d}));
    return cases;
  }

  /**
   * The office's Word documents: A4, the Decree 30 margins (text between 30 mm from the left edge and 15 mm
   * from the right), body text at 13 pt or more, page numbers from the second page (the decision's list and
   * each letter are numbered on their own), and no page left with only a signature.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("officeDocuments")
  void theOfficesDocumentsPrintOnA4WithTheirMarginsAndPageNumbers(String lang, String document) throws Exception {
    Locale locale = lang.equals("en") ? ENGLISH : Messages.VIETNAMESE;
    Printed pdf = Printed.of(pdf("office-" + lang, document), locale);
    pdf.assertA4();
    pdf.assertMargins(85.0f - 1, 595.3f - 42.5f + 1);
    assertThat(pdf.commonest()).as("body text").isGreaterThanOrEqualTo(WORD_BODY_MIN);
    pdf.assertNoPageOfOnlySignaturesOrStamp();
    // The decision's list and each letter are documents of their own, numbered from their first page.
    if (pdf.pages() > 1 && List.of("bao-cao-tham-dinh", "to-trinh-cong-nhan").contains(document)) {
      assertThat(pdf.page(1).strip()).as("the second page is numbered").startsWith("2");
    }
  }

  @Test
  void theOfficesAppraisalReportHasAPageForEachRecognisedUnitsTable() throws Exception {
    JsonNode appraisal = new ObjectMapper().readTree(dir.resolve("office-vi").resolve("ket-qua-tham-dinh.json").toFile());
    long recognised = 0;
    for (JsonNode unit : appraisal.path("units")) {
      recognised += unit.path("verdict").asText().equals("cong-nhan") ? 1 : 0;
    }
    Printed pdf = Printed.of(pdf("office-vi", "bao-cao-tham-dinh"), Messages.VIETNAMESE);
    assertThat(pdf.texts().stream().filter(t -> t.contains("PHỤ LỤC ")).count()).isEqualTo(recognised);
    Printed letters = Printed.of(pdf("office-vi", "van-ban-tra-loi"), Messages.VIETNAMESE);
    assertThat(letters.texts().stream().filter(t -> t.contains("Kính gửi: ")).count())
        .as("each letter starts a page").isGreaterThan(1);
  }

  /** The office's workbooks, the merge and the templates: A4, nothing under 9 pt. */
  @Test
  void theOfficesWorkbooksPrintAtNinePointsOrMore() throws Exception {
    List<String[]> books = new ArrayList<>();
    for (String lang : List.of("vi", "en")) {
      OFFICE_WORKBOOKS.forEach(b -> books.add(new String[] {"office-" + lang, b}));
    }
    for (String b : List.of("tong-hop-ket-qua-cong-nhan", "mau-hoi-dong", "mau-so-theo-doi")) {
      books.add(new String[] {"office-merge", b});
    }
    for (String[] book : books) {
      Printed pdf = Printed.of(pdf(book[0], book[1]), Messages.VIETNAMESE);
      pdf.assertA4();
      assertThat(pdf.pages()).as(book[1]).isBetween(1, 12);
      if (!book[1].startsWith("mau-")) {
        assertThat(pdf.smallest()).as("smallest printed text in " + book[1]).isGreaterThanOrEqualTo(WORKBOOK_MIN);
      }
    }
  }

  private JsonNode levels(Dossier dossier) throws IOException {
    return new ObjectMapper().readTree(json.get(dossier)).path("units").path(0).path("levels");
  }

  private void showsEveryCount(Dossier dossier, String text) throws IOException {
    String sample = dossier.toString();
    for (JsonNode level : levels(dossier)) {
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
  private record Printed(String name, Locale locale, List<String> texts, List<List<Float>> sizes,
      List<PDRectangle> boxes, List<float[]> extents) {
    static Printed of(Path pdf, Locale locale) throws IOException {
      List<String> texts = new ArrayList<>();
      List<List<Float>> sizes = new ArrayList<>();
      List<PDRectangle> boxes = new ArrayList<>();
      List<float[]> extents = new ArrayList<>();
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
          List<Float> page = new ArrayList<>();
          float[] extent = {Float.MAX_VALUE, 0};
          PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
              for (TextPosition glyph : glyphs) {
                if (!glyph.getUnicode().isBlank()) {
                  page.add(Math.abs(glyph.getXScale()));
                  extent[0] = Math.min(extent[0], glyph.getXDirAdj());
                  extent[1] = Math.max(extent[1], glyph.getXDirAdj() + glyph.getWidthDirAdj());
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
          extents.add(extent);
        }
      }
      return new Printed(pdf.getFileName().toString(), locale, texts, sizes, boxes, extents);
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
      Map<Long, Long> counts = new HashMap<>();
      sizes.stream().flatMap(List::stream).forEach(s -> counts.merge(Math.round(s * 10.0), 1L, Long::sum));
      return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 10.0;
    }

    /** The lines of page {@code p} (from 0) that are the summary table's header row, by line number. */
    List<Integer> headerLines(int p) {
      List<Integer> lines = new ArrayList<>();
      String[] all = texts.get(p).split("\n");
      for (int i = 0; i < all.length; i++) {
        String line = all[i];
        if (line.contains(message("col.number") + " ") && line.contains(message("col.threshold"))
            && line.contains(message("col.subject"))) {
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

    /**
     * The chart on one page: its title, and after the title on the same page its legend (the share's
     * series), not left alone on the next page.
     */
    void assertOneChartPage() {
      // The title's key of red and orange bars may follow: the base title is what every chart's starts with.
      List<String> titles = List.of(message("chart.titleScored"), message("chart.title"));
      List<String> pages = texts.stream().filter(t -> titles.stream().anyMatch(t::contains)).toList();
      assertThat(pages).as("%s: pages with the chart's title", name).hasSize(1);
      String title = titles.stream().filter(pages.get(0)::contains).findFirst().orElseThrow();
      assertThat(pages.get(0).substring(pages.get(0).indexOf(title) + title.length()))
          .as("%s: the chart's legend on the page of its title", name).contains(message("chart.share"));
    }

    private String message(String key) {
      return Messages.in(locale, key);
    }

    /** Every glyph of every page between {@code left} and {@code right} points from the page's left edge. */
    void assertMargins(float left, float right) {
      for (int p = 0; p < extents.size(); p++) {
        assertThat(extents.get(p)[0]).as("%s page %d: leftmost text", name, p + 1).isGreaterThanOrEqualTo(left);
        assertThat(extents.get(p)[1]).as("%s page %d: rightmost text", name, p + 1).isLessThanOrEqualTo(right);
      }
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
        formLines.add(message(key));
      }
      for (int p = 0; p < texts.size(); p++) {
        StringBuilder rest = new StringBuilder();
        boolean stamp = false;
        for (String line : texts.get(p).split("\n")) {
          String l = line.strip();
          stamp |= l.startsWith("dvht ");
          if (l.isEmpty() || stamp || l.matches("(Trang )?\\d+(/\\d+)?|Page \\d+ of \\d+")
              || l.matches("-.*;|- Lưu: .*\\.|Nơi nhận:|- Filed: .*\\.|- Kept on file: .*\\.|Recipients:")
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
    Path pdf = dir.resolve("print").resolve(sub + "--" + stem + ".pdf");
    assertThat(pdf).as("LibreOffice converted %s/%s", sub, stem).exists();
    return pdf;
  }

  /** Moves the files of {@code from} ending in one of {@code endings} to {@code print}, named {@code sub--name}. */
  private static void toPrint(Path from, Path print, String sub, String... endings) throws IOException {
    for (Path file : listed(from, endings)) {
      Files.move(file, print.resolve(sub + "--" + file.getFileName()));
    }
  }

  private static List<Path> listed(Path dir, String... endings) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
    }
  }

  /**
   * One soffice run for every file (its start costs more than a small file's conversion), with a
   * profile of its own (another run may hold the shared one).
   */
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
