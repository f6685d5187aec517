package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Wording;

/**
 * The YAML parser reads with SnakeYAML's own limits, which lie beyond what the loader lets through: a
 * library upgrade that lowered them would make a good ruleset fail with the parser's words instead of ours.
 */
class TreeReaderTest {
  @Test
  void theParsersDefaultLimitsLieBeyondTheLoaders() {
    LoaderOptions defaults = new LoaderOptions();
    assertThat(defaults.getAllowRecursiveKeys()).isFalse();
    assertThat(defaults.getNestingDepthLimit()).isGreaterThan(TreeReader.MAX_DEPTH);
    assertThat((long) defaults.getCodePointLimit()).isGreaterThanOrEqualTo(RulesetLoader.MAX_BYTES);
  }

  @Test
  void aRulesetAsLargeAsTheLoaderTakesIsRead() {
    StringBuilder yaml = new StringBuilder("schema: 1\nnote: |\n");
    String line = "  " + "chi tieu ".repeat(10) + "\n";
    while (yaml.length() + line.length() < RulesetLoader.MAX_BYTES) {
      yaml.append(line);
    }
    Diagnostics diagnostics = new Diagnostics();
    assertThat(new TreeReader("lon.yaml", diagnostics).read(yaml.toString(), false)).isPresent();
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void aNumberOfAbsurdLengthInJsonIsSaidToBeOneNotDeepNesting() {
    Diagnostics diagnostics = new Diagnostics();
    String json = "{\"schema\": 1,\n \"id\": " + "9".repeat(1500) + "}";
    assertThat(new TreeReader("dai.json", diagnostics).read(json, true)).isEmpty();
    assertThat(diagnostics.all()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("R001");
      assertThat(((SourcePosition.InText) d.position()).line()).isEqualTo(2);
      assertThat(Wording.of("vi").text(d.message())).isEqualTo("một số hay một tên khoá dài bất thường (số quá 1000 "
          + "chữ số, hoặc tên khoá quá 50000 ký tự); hãy kiểm tra lại tệp");
    });
  }
}
