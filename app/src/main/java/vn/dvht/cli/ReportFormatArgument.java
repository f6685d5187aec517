package vn.dvht.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import vn.dvht.diag.Message;
import vn.dvht.report.ReportFormat;

/** {@code --report}: a {@link ReportFormat} named by its extension ({@code docx}, {@code html}, {@code md}, {@code json}). */
final class ReportFormatArgument implements ITypeConverter<ReportFormat> {
  /** The names {@code --report} takes, in the order they are offered. */
  static final String NAMES = String.join(", ", names());

  @Override
  public ReportFormat convert(String value) {
    if (value.isEmpty()) {
      throw new picocli.CommandLine.TypeConversionException("empty");
    }
    return ReportFormat.report(value)
        .orElseThrow(() -> new WordedConversion(Message.of("cli.unknownReport", value, NAMES)));
  }

  /** The same names, for shell completion. */
  static final class Names extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      super(names());
    }
  }

  /**
   * The names, made with a loop: a lambda linked inside {@link Names}' constructor crashed the JVM when it
   * was loaded from the launcher's class-data archive (OpenJDK 17.0.15, {@code load_shared_lambda_proxy_class}).
   */
  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (ReportFormat format : ReportFormat.REPORTS) {
      names.add(format.extension());
    }
    return names;
  }
}
