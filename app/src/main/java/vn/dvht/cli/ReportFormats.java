package vn.dvht.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dvht.report.ReportFormat;

/** The report formats {@code --report} accepts, by the names clerks type. */
final class ReportFormats {
  private static final Map<String, ReportFormat> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("docx", ReportFormat.DOCX);
    BY_NAME.put("html", ReportFormat.HTML);
    BY_NAME.put("md", ReportFormat.MARKDOWN);
    BY_NAME.put("json", ReportFormat.JSON);
  }

  static final String NAMES = String.join(", ", BY_NAME.keySet());

  private ReportFormats() {}

  static Optional<ReportFormat> parse(String name) {
    return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
  }
}
