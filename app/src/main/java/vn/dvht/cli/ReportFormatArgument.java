package vn.dvht.cli;

import java.util.ArrayList;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import vn.dvht.diag.Messages;
import vn.dvht.report.ReportFormat;

/** {@code --report}: a {@link ReportFormat} named by its extension ({@code docx}, {@code html}, {@code md}, {@code json}). */
final class ReportFormatArgument implements ITypeConverter<ReportFormat> {
  /** The names {@code --report} takes, in the order they are offered. */
  static final String NAMES = ReportFormat.REPORTS.stream().map(ReportFormat::extension).collect(Collectors.joining(", "));

  @Override
  public ReportFormat convert(String value) {
    if (value.isEmpty()) {
      throw new picocli.CommandLine.TypeConversionException("empty");
    }
    return ReportFormat.report(value)
        .orElseThrow(() -> new WordedConversion(Messages.get("cli.unknownReport", value, NAMES)));
  }

  /** The same names, for shell completion. */
  static final class Names extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      super(ReportFormat.REPORTS.stream().map(ReportFormat::extension).toList());
    }
  }
}
