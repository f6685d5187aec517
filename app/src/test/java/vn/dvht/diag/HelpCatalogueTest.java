package vn.dvht.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The usage help bundles ({@code vn/dvht/help*.properties}, read by picocli): the English one has
 * the Vietnamese one's keys, line breaks and variables, no blank value and no Vietnamese letter.
 */
class HelpCatalogueTest {
  static final String VI = "help.properties";
  static final String EN = "help_en.properties";
  static final Pattern MARKUP = Pattern.compile("%n|\\$\\{[A-Z-]+}");

  @Test
  void bothBundlesHaveTheSameKeysInTheSameOrder() throws IOException {
    assertThat(CatalogueTest.read(EN).keySet()).containsExactlyElementsOf(CatalogueTest.read(VI).keySet());
  }

  @Test
  void noValueIsBlank() throws IOException {
    for (String file : List.of(VI, EN)) {
      CatalogueTest.read(file).forEach((key, entry) -> assertThat(entry.value()).as(file + " " + key).isNotBlank());
    }
  }

  @Test
  void englishValuesHaveNoVietnameseLetter() throws IOException {
    List<String> untranslated = new ArrayList<>();
    CatalogueTest.read(EN).forEach((key, entry) -> {
      if (CatalogueTest.VIETNAMESE.matcher(entry.value()).find()) {
        untranslated.add(key + "=" + entry.value());
      }
    });
    assertThat(untranslated).isEmpty();
  }

  @Test
  void lineBreaksAndVariablesMatch() throws IOException {
    assertThat(CatalogueTest.mismatched(VI, EN, MARKUP)).isEmpty();
  }

  @Test
  void resourceBundleKeepsTheDiacritics() {
    ResourceBundle vi = ResourceBundle.getBundle("vn.dvht.help", Messages.VIETNAMESE,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    ResourceBundle en = ResourceBundle.getBundle("vn.dvht.help", Locale.ENGLISH,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    assertThat(vi.getString("help")).isEqualTo("Hiện trợ giúp này.");
    assertThat(vi.getString("usage.synopsisHeading")).isEqualTo("Cách dùng: ");
    assertThat(en.getString("help")).isEqualTo("Show this help.");
  }

}
