package vn.dvht.cli;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JUnit XML report as Apache Ant writes it and CI servers read it: one {@code <testsuite>} with
 * {@code timestamp}, {@code hostname}, {@code time}, counts, {@code <properties>}, the cases, and
 * {@code <system-out>}/{@code <system-err>}, valid against the strict Ant JUnit schema.
 */
final class JunitXml {
  /** One {@code <testcase>}; a failed one carries what went wrong. */
  record Case(String classname, String name, Duration time, Optional<Problem> problem) {}

  /**
   * Why a case did not pass: {@code error} true when it could not run (an invalid ruleset), false
   * when it ran and failed; {@code type} a code such as R012, {@code message} one line, {@code detail} the rest.
   */
  record Problem(boolean error, String type, String message, String detail) {}

  /** The schema's timestamp: to the second, always with seconds, no zone. */
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private JunitXml() {}

  static String render(String suite, List<Case> cases, LocalDateTime started, Duration time, String hostname) {
    long failures = cases.stream().filter(c -> c.problem().isPresent() && !c.problem().get().error()).count();
    long errors = cases.stream().filter(c -> c.problem().isPresent() && c.problem().get().error()).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"").append(attribute(suite)).append("\" tests=\"").append(cases.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
        .append("\" skipped=\"0\" time=\"").append(seconds(time)).append("\" timestamp=\"")
        .append(TIMESTAMP.format(started)).append("\" hostname=\"").append(attribute(hostname))
        .append("\">\n  <properties/>\n");
    for (Case c : cases) {
      xml.append("  <testcase classname=\"").append(attribute(c.classname())).append("\" name=\"")
          .append(attribute(c.name())).append("\" time=\"").append(seconds(c.time())).append('"');
      if (c.problem().isEmpty()) {
        xml.append("/>\n");
        continue;
      }
      Problem p = c.problem().get();
      String element = p.error() ? "error" : "failure";
      xml.append(">\n    <").append(element).append(" type=\"").append(attribute(p.type())).append("\" message=\"")
          .append(attribute(p.message())).append("\">").append(text(p.detail())).append("</").append(element)
          .append(">\n  </testcase>\n");
    }
    return xml.append("  <system-out/>\n  <system-err/>\n</testsuite>\n").toString();
  }

  /** This machine's name from the environment (COMPUTERNAME on Windows, HOSTNAME), else the network's, else localhost. */
  static String hostname(Function<String, String> env) {
    for (String variable : List.of("COMPUTERNAME", "HOSTNAME")) {
      String value = env.apply(variable);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.isBlank() ? "localhost" : name;
    } catch (java.io.IOException | SecurityException e) {
      return "localhost";
    }
  }

  private static String seconds(Duration time) {
    return String.format(Locale.ROOT, "%.3f", time.toNanos() / 1e9);
  }

  private static String text(String value) {
    return legal(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String attribute(String value) {
    return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
  }

  /** Drops what XML 1.0 cannot hold at all (control characters other than tab and line breaks, lone surrogates). */
  private static String legal(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
    return out.toString();
  }
}
