package vn.dvht.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The output formats, each with its file suffix and renderer, and the one place a unit's output files
 * are named: {@code <tên>-ket-qua.xlsx} (the summary workbook) and {@code <tên>-bao-cao.<định dạng>}
 * (the report, in a format {@code --report} chooses among {@link #REPORTS}), and beside them, when the
 * ruleset computes a member-level title ("Công dân học tập"), {@code <tên>-quyet-dinh-cdht.docx} (the unit
 * head's decision recognising the titled members, {@link HeadDecision}).
 */
public enum ReportFormat {
  TEXT("txt", TextRenderer::new),
  JSON("json", JsonRenderer::new),
  MARKDOWN("md", MarkdownRenderer::new),
  XLSX("xlsx", XlsxRenderer::new),
  DOCX("docx", DocxRenderer::new),
  HTML("html", HtmlRenderer::new);

  /** The formats a unit's report can be written in, in the order they are offered, by their {@link #extension}. */
  public static final List<ReportFormat> REPORTS = List.of(DOCX, HTML, MARKDOWN, JSON);
  /** What the name of a unit's summary workbook ends with. */
  private static final String SUMMARY_SUFFIX = "-ket-qua." + XLSX.extension;
  /** What the name of the unit head's title decision ends with. */
  private static final String DECISION_SUFFIX = "-quyet-dinh-cdht." + DOCX.extension;
  /** What the name of a unit's report ends with, before its extension. */
  private static final String REPORT_SUFFIX = "-bao-cao.";

  private final String extension;
  private final Supplier<Renderer> factory;

  ReportFormat(String extension, Supplier<Renderer> factory) {
    this.extension = extension;
    this.factory = factory;
  }

  public String extension() {
    return extension;
  }

  public Renderer renderer() {
    return factory.get();
  }

  /** The report format a clerk names by its extension ({@code md}, any case, spaces around ignored), if any. */
  public static Optional<ReportFormat> report(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return REPORTS.stream().filter(f -> f.extension.equals(wanted)).findFirst();
  }

  /** The name of the report in this format of a unit whose outputs start with {@code stem}: {@code a-bao-cao.docx}. */
  public String reportName(String stem) {
    return stem + REPORT_SUFFIX + extension;
  }

  /** The name of the summary workbook of a unit whose outputs start with {@code stem}: {@code a-ket-qua.xlsx}. */
  public static String summaryName(String stem) {
    return stem + SUMMARY_SUFFIX;
  }

  /**
   * The name of the draft decision recognising the members who hold the title, of a unit whose outputs start
   * with {@code stem}: {@code a-quyet-dinh-cdht.docx}.
   */
  public static String decisionName(String stem) {
    return stem + DECISION_SUFFIX;
  }

  /** Whether {@code fileName} is named as a unit's summary workbook dvht writes (any case). */
  public static boolean isSummaryName(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(SUMMARY_SUFFIX);
  }
}
