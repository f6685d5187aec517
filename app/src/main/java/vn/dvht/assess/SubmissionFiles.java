package vn.dvht.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.dvht.office.ResultWorkbookReader;
import vn.dvht.office.Source;
import vn.dvht.report.ReportFormat;

/**
 * What the units sent, found in the folders and files given: each file with its kind — a member list
 * (.xlsx, .xls, .csv), dvht's JSON result, dvht's summary workbook (named {@code -ket-qua.xlsx} or
 * recognised by its sheets) — in path order; the other files (reports, letters, scans) listed apart.
 * The office's own workbooks, the output folder and hidden or temporary files are skipped.
 */
final class SubmissionFiles {
  /** A file found and its kind. */
  record Found(Path path, Source.Kind kind) {}

  /** The files sorted by kind, and those dvht does not read. */
  record Scan(List<Found> files, List<Path> ignored) {}

  private SubmissionFiles() {}

  static Scan scan(List<String> inputs, List<Path> skip) throws IOException {
    Set<Path> paths = new LinkedHashSet<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(paths::add);
        }
      } else {
        paths.add(path);
      }
    }
    List<Found> found = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    for (Path path : paths) {
      if (skipped(path, skip)) {
        continue;
      }
      kind(path).ifPresentOrElse(k -> found.add(new Found(path, k)), () -> ignored.add(path));
    }
    return new Scan(found, ignored);
  }

  private static boolean skipped(Path path, List<Path> skip) {
    String name = path.getFileName().toString();
    if (name.startsWith(".") || name.startsWith("~$") || Assessor.isUnitFacts(name)) {
      return true;
    }
    Path absolute = path.toAbsolutePath().normalize();
    return skip.stream().map(p -> p.toAbsolutePath().normalize())
        .anyMatch(s -> absolute.equals(s) || absolute.startsWith(s) && Files.isDirectory(s));
  }

  private static java.util.Optional<Source.Kind> kind(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return java.util.Optional.of(Source.Kind.JSON);
    }
    if (name.endsWith(".csv") || name.endsWith(".xls")) {
      return java.util.Optional.of(Source.Kind.MEMBERS);
    }
    if (name.endsWith(".xlsx")) {
      return java.util.Optional.of(ReportFormat.isSummaryName(name) || ResultWorkbookReader.isResult(path)
          ? Source.Kind.WORKBOOK : Source.Kind.MEMBERS);
    }
    return java.util.Optional.empty();
  }
}
