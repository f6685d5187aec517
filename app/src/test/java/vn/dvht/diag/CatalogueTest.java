package vn.dvht.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English catalogue matches the Vietnamese one key for key and placeholder for placeholder,
 * and is really English: a value may keep Vietnamese only after a {@code # keep-vi:} comment.
 */
class CatalogueTest {
  static final Path DIR = Path.of("src", "main", "resources", "vn", "dvht");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  static final Pattern VIETNAMESE = Pattern.compile(
      "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final String KEEP_VI = "# keep-vi:";

  record Entry(String value, boolean keepVietnamese) {}

  @Test
  void bothCataloguesHaveTheSameKeysInTheSameOrder() throws IOException {
    assertThat(read("messages_en.properties").keySet())
        .containsExactlyElementsOf(read("messages.properties").keySet());
  }

  @Test
  void placeholdersMatch() throws IOException {
    assertThat(mismatched("messages.properties", "messages_en.properties", PLACEHOLDER)).isEmpty();
  }

  @Test
  void noValueIsEmpty() throws IOException {
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      read(file).forEach((key, entry) -> assertThat(entry.value()).as(file + " " + key).isNotBlank());
    }
  }

  @Test
  void englishValuesAreEnglishUnlessMarked() throws IOException {
    List<String> untranslated = new ArrayList<>();
    read("messages_en.properties").forEach((key, entry) -> {
      if (!entry.keepVietnamese() && VIETNAMESE.matcher(entry.value()).find()) {
        untranslated.add(key + "=" + entry.value());
      }
    });
    assertThat(untranslated).isEmpty();
  }

  @Test
  void markedValuesAreTheVietnameseOnesOrQuoteThem() throws IOException {
    Map<String, Entry> vi = read("messages.properties");
    read("messages_en.properties").forEach((key, entry) -> {
      if (entry.keepVietnamese()) {
        assertThat(VIETNAMESE.matcher(entry.value()).find()).as(key + " needs no keep-vi mark").isTrue();
        assertThat(vi.get(key).keepVietnamese()).isFalse();
      }
    });
  }

  @Test
  void theEnglishCatalogueIsTheOneLoaded() {
    assertThat(Messages.in(java.util.Locale.ENGLISH, "verdict.none")).isEqualTo("The unit did not reach any level.");
    assertThat(Messages.in(Messages.VIETNAMESE, "verdict.none")).isEqualTo("Đơn vị chưa đạt mức độ nào.");
  }

  /** Keys in file order with their values, read as ResourceBundle reads them (UTF-8 properties). */
  static Map<String, Entry> read(String file) throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve(file));
    Properties values = new Properties();
    values.load(new StringReader(String.join("\n", lines)));
    Map<String, Entry> entries = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    boolean marked = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        marked = line.startsWith(KEEP_VI);
        continue;
      }
      int eq = line.indexOf('=');
      if (eq > 0) {
        String key = line.substring(0, eq).strip();
        assertThat(seen.add(key)).as(file + ": " + key + " appears once").isTrue();
        entries.put(key, new Entry(values.getProperty(key), marked));
      }
      marked = false;
    }
    assertThat(entries).hasSameSizeAs(values);
    return entries;
  }

  /** The keys whose values do not hold the same {@code markup} (placeholders, line breaks…) in both files. */
  static List<String> mismatched(String viFile, String enFile, Pattern markup) throws IOException {
    Map<String, Entry> vi = read(viFile);
    Map<String, Entry> en = read(enFile);
    List<String> mismatched = new ArrayList<>();
    vi.forEach((key, entry) -> {
      if (en.containsKey(key) && !matches(markup, entry.value()).equals(matches(markup, en.get(key).value()))) {
        mismatched.add(key);
      }
    });
    return mismatched;
  }

  /** Every match of {@code pattern} in {@code value}, sorted, repeats kept. */
  private static List<String> matches(Pattern pattern, String value) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(value);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }
}
