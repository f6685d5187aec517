package vn.dvht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * Prints one line with the number of tests the build ran, summed over Surefire's and Failsafe's
 * reports, in Surefire's own words: {@code Tests run: 412, Failures: 0, Errors: 0, Skipped: 0}.
 * The build runs it last in {@code verify}, so a quiet {@code mvn -q verify} still ends with the count.
 */
public final class TestCount {
  private TestCount() {}

  /** Tests, failures, errors and skipped tests of some report files. */
  record Counts(long tests, long failures, long errors, long skipped) {
    Counts plus(Counts other) {
      return new Counts(tests + other.tests, failures + other.failures, errors + other.errors,
          skipped + other.skipped);
    }

    @Override
    public String toString() {
      return "Tests run: " + tests + ", Failures: " + failures + ", Errors: " + errors + ", Skipped: " + skipped;
    }
  }

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
    Counts total = new Counts(0, 0, 0, 0);
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

  private static Counts read(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      Element suite = factory.newDocumentBuilder().parse(in).getDocumentElement();
      return new Counts(number(suite, "tests"), number(suite, "failures"), number(suite, "errors"),
          number(suite, "skipped"));
    } catch (IOException e) {
      throw new IOException("cannot read " + file, e);
    }
  }

  private static long number(Element suite, String attribute) {
    String value = suite.getAttribute(attribute);
    return value.isEmpty() ? 0 : Long.parseLong(value);
  }
}
