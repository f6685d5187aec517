package vn.dvht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints one line with the number of tests the build ran, summed over Surefire's and Failsafe's reports, in
 * Surefire's own words, each reason for a skipped test with how many it skipped:
 * {@code Tests run: 412, Failures: 0, Errors: 0, Skipped: 35 (LibreOffice missing (apt-get install …): 34;
 * built by ./mvnw -Prelease package only: 1)}. The build runs it last in {@code verify}, so a quiet
 * {@code mvn -q verify} still ends with the count, and a machine without a tool cannot pass silently.
 */
public final class TestCount {
  private TestCount() {}

  /** Tests, failures, errors and skipped tests of some report files, with how many each skip reason skipped. */
  record Counts(long tests, long failures, long errors, long skipped, Map<String, Long> reasons) {
    Counts {
      reasons = Map.copyOf(reasons);
    }

    Counts plus(Counts other) {
      Map<String, Long> both = new TreeMap<>(reasons);
      other.reasons.forEach((reason, n) -> both.merge(reason, n, Long::sum));
      return new Counts(tests + other.tests, failures + other.failures, errors + other.errors,
          skipped + other.skipped, both);
    }

    @Override
    public String toString() {
      String why = reasons.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
      return "Tests run: " + tests + ", Failures: " + failures + ", Errors: " + errors + ", Skipped: " + skipped
          + (why.isEmpty() ? "" : " (" + why + ")");
    }
  }

  static final Counts NONE = new Counts(0, 0, 0, 0, Map.of());

  /** @param args the build directory ({@code app/target}) and when the build started (ISO instant, UTC) */
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    Instant started = Instant.parse(args[1]).minusSeconds(1);
    Counts unit = sum(target.resolve("surefire-reports"), started);
    Counts launcher = sum(target.resolve("failsafe-reports"), started);
    System.out.println(unit.plus(launcher) + " (unit and in-process " + unit.tests() + ", packaged launcher "
        + launcher.tests() + ")");
  }

  /** The reports written since {@code since}: an earlier build's reports of tests not run now are left out. */
  static Counts sum(Path reports, Instant since) throws Exception {
    Counts total = NONE;
    if (!Files.isDirectory(reports)) {
      return total;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(reports)) {
      files = list.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
    }
    for (Path file : files) {
      if (!Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
        total = total.plus(read(file));
      }
    }
    return total;
  }

  static Counts read(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      Element suite = factory.newDocumentBuilder().parse(in).getDocumentElement();
      Map<String, Long> reasons = new TreeMap<>();
      NodeList skips = suite.getElementsByTagName("skipped");
      for (int i = 0; i < skips.getLength(); i++) {
        reasons.merge(reason((Element) skips.item(i)), 1L, Long::sum);
      }
      return new Counts(number(suite, "tests"), number(suite, "failures"), number(suite, "errors"),
          number(suite, "skipped"), reasons);
    } catch (IOException e) {
      throw new IOException("cannot read " + file, e);
    }
  }

  /** Why a test was skipped: its message, else the first lines of its stack trace before "at". */
  static String reason(Element skipped) {
    String text = skipped.getAttribute("message");
    if (text.isBlank()) {
      text = skipped.getTextContent().split("\\R\\s*at ", 2)[0];
    }
    text = text.replaceFirst("^[\\w.$]+(Exception|Error): ", "").replaceFirst("^Assumption failed: ", "")
        .replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? "no reason given" : text;
  }

  private static long number(Element suite, String attribute) {
    String value = suite.getAttribute(attribute);
    return value.isEmpty() ? 0 : Long.parseLong(value);
  }
}
