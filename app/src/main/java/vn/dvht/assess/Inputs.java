package vn.dvht.assess;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.dvht.report.BatchFile;
import vn.dvht.report.ReportFormat;

/**
 * Turns the command line's inputs into member files: files as given, directories searched for
 * .xlsx/.xls/.csv (not the unit-fact CSVs "*-don-vi.csv", nor dvht's own outputs), and glob patterns
 * such as {@code don-vi/*.xlsx} for shells that do not expand them (Windows).
 */
public final class Inputs {
  private Inputs() {}

  public static boolean isGlob(String input) {
    return input.contains("*") || input.contains("?");
  }

  public static List<Path> expand(List<String> inputs) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (String input : inputs) {
      if (isGlob(input)) {
        files.addAll(glob(input));
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Inputs::isMemberFile).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return new ArrayList<>(files);
  }

  private static List<Path> glob(String pattern) throws IOException {
    String glob = pattern.replace('\\', '/');
    int slash = glob.lastIndexOf('/', Math.max(0, firstWildcard(glob)));
    Path base = slash >= 0 ? Path.of(glob.substring(0, slash)) : Path.of(".");
    boolean relative = slash < 0;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.map(p -> relative ? base.relativize(p) : p)
          .filter(p -> matcher.matches(Path.of(p.toString().replace('\\', '/'))) && isMemberFile(p))
          .sorted().toList();
    }
  }

  private static int firstWildcard(String glob) {
    int star = glob.indexOf('*');
    int question = glob.indexOf('?');
    return star < 0 ? question : question < 0 ? star : Math.min(star, question);
  }

  static boolean isMemberFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean spreadsheet = name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv");
    boolean ours = ReportFormat.isSummaryName(name) || BatchFile.SUMMARY.names(name) || Assessor.isUnitFacts(name)
        || name.startsWith("~$") || name.startsWith(".");
    return Files.isRegularFile(file) && spreadsheet && !ours;
  }
}
