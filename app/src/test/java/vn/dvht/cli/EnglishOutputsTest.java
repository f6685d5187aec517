package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * {@code --lang en} leaves no Vietnamese in any output: every sample, evaluated into every format, is
 * scanned for letters only Vietnamese uses (ă â đ ê ô ơ ư and the tone marks). Allowed, because they are
 * not dvht's words: whatever the input workbook itself contains (unit and member names, evidence, its
 * sheet and column names, also upper-cased as headers print them), and the numbers of legal documents
 * ("24/2023/TT-BGDĐT", "324/QĐ-KHVN"), which are identifiers. Every ruleset text, legal titles included,
 * is English (docs/rulesets.md, "English texts").
 */
class EnglishOutputsTest {
  static final Path SAMPLES = Path.of("..", "samples");
  /** Letters that occur in Vietnamese but not in English text. */
  static final Pattern VIETNAMESE = Pattern.compile(
      "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
          + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]");
  /** A legal document's number: "24/2023/TT-BGDĐT", "4725/QĐ-BGDĐT", "…/KH-BQLKKT". */
  static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9…]+/(?:[0-9]{4}/)?[A-Z0-9Đ&]+(?:-[A-Z0-9Đ&]+)*");

  /**
   * Words the clerk must type on the Vietnamese unit sheet, quoted as such by English messages (the
   * "keep-vi" entries of messages_en.properties).
   */
  static final List<String> CLERK_WORDS = List.of("\"tư thục\"", "\"dân lập\"", "&quot;tư thục&quot;",
      "&quot;dân lập&quot;", "\"1 điểm\"");

  /** A line of {@link XlsxDump}: "Sheet name!C7 s Đỗ Hoài Sơn". */
  static final Pattern CELL = Pattern.compile("(.*?)![A-Z]*[0-9]* (\\S+) ?(.*)");

  @TestFactory
  Stream<DynamicTest> everySampleInEveryFormatIsEnglish(@TempDir Path out) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList().stream()
          .map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> check(sample, out)));
    }
  }

  private static void check(Path sample, Path out) throws IOException {
    String name = sample.getFileName().toString();
    String stem = name.replaceFirst("\\.xlsx$", "");
    String ruleset = SampleWorkbooks.rulesetOf(name);
    List<String> outputs = new ArrayList<>();
    for (String report : List.of("docx", "html", "md")) {
      Path dir = out.resolve(stem).resolve(report);
      CliRun run = CliRun.of("evaluate", sample.toString(), "--ruleset", ruleset, "--report", report, "--out",
          dir.toString(), "--date", "2026-11-20", "--lang", "en");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
      outputs.add(run.out());
      Path file = dir.resolve(stem + "-bao-cao." + report);
      // A name the header sets on two lines is still the input's text.
      outputs.add(report.equals("docx") ? DocxDump.of(file).replace("↵", " ") : Files.readString(file));
      if (report.equals("docx")) {
        outputs.add(XlsxDump.of(dir.resolve(stem + "-ket-qua.xlsx")));
      }
      Path decision = dir.resolve(stem + "-quyet-dinh-cdht.docx");
      if (Files.exists(decision)) {
        outputs.add(DocxDump.of(decision).replace("↵", " "));
      }
    }
    CliRun json = CliRun.of("evaluate", sample.toString(), "--ruleset", ruleset, "--json", "--no-files", "--date",
        "2026-11-20", "--lang", "en");
    assertThat(json.code()).isZero();
    strings(new ObjectMapper().readTree(json.out()), outputs);

    List<String> allowed = inputTexts(sample);
    Set<String> leaks = new TreeSet<>();
    for (String output : outputs) {
      leaks.addAll(leaks(output, allowed));
    }
    assertThat(leaks).as("Vietnamese in the English outputs of %s", name).isEmpty();
    assertThat(Files.readString(out.resolve(stem).resolve("html").resolve(stem + "-bao-cao.html")))
        .contains("<html lang=\"en\">");
  }

  /** Each place a Vietnamese letter is left once the input's own texts and document numbers are taken out. */
  static List<String> leaks(String output, List<String> allowed) {
    String rest = output;
    for (String text : allowed) {
      rest = rest.replace(text, " ");
    }
    rest = DOCUMENT_NUMBER.matcher(rest).replaceAll(" ");
    List<String> found = new ArrayList<>();
    Matcher m = VIETNAMESE.matcher(rest);
    while (m.find()) {
      found.add(rest.substring(Math.max(0, m.start() - 30), Math.min(rest.length(), m.end() + 30))
          .replace('\n', ' '));
    }
    return found;
  }

  /** Every text cell and sheet name of the input workbook, as written and upper-cased, longest first. */
  static List<String> inputTexts(Path sample) throws IOException {
    Set<String> texts = new TreeSet<>();
    for (String line : XlsxDump.of(sample).split("\n")) {
      Matcher cell = CELL.matcher(line);
      if (cell.matches()) {
        texts.add(cell.group(1));
        if (cell.group(2).equals("s")) {
          texts.add(cell.group(3));
          for (String piece : cell.group(3).split("; ")) {
            texts.add(piece.strip());
          }
        }
      }
    }
    texts.addAll(CLERK_WORDS);
    List<String> all = new ArrayList<>();
    for (String text : texts) {
      if (VIETNAMESE.matcher(text).find()) {
        all.add(text);
        all.add(text.toUpperCase(Locale.forLanguageTag("vi")));
      }
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    return all;
  }

  private static void strings(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.fieldNames().forEachRemaining(out::add);
    node.forEach(child -> strings(child, out));
  }
}
