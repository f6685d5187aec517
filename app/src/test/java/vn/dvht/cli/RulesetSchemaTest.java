package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.CliRun;

/**
 * The published JSON Schema ({@code dvht ruleset schema}) against the loader and against the YAML
 * tools ruleset maintainers use: every shipped ruleset reads the same in a YAML 1.1 reader (SnakeYAML, as
 * PyYAML, js-yaml and yamllint read YAML) and validates; every invalid case the loader rejects for a
 * structural reason the schema rejects too; every key has a description for editors' hover help.
 */
class RulesetSchemaTest {
  static final String INVALID = RulesetCommandTest.INVALID;

  /**
   * The invalid cases the schema cannot reject, and why: they are valid as JSON trees and wrong only
   * in what they mean (references, sums, uniqueness, order) or in how the text is written.
   */
  static final Map<String, String> BEYOND_THE_SCHEMA = new TreeMap<>(Map.ofEntries(
      Map.entry("at-least-on-yes-no-field.yaml", "depends on the field's declared type"),
      Map.entry("scale-field-without-at-least.yaml", "depends on the field's declared type"),
      Map.entry("test-on-name-field.yaml", "depends on the field's declared type"),
      Map.entry("procedure-fact-not-date.yaml", "depends on the fact's declared type"),
      Map.entry("duplicate-indicator-id.yaml", "uniqueness of one key among items"),
      Map.entry("duplicate-target.yaml", "uniqueness of one key among items"),
      Map.entry("group-member-also-inferred.yaml", "uniqueness of one value across two keys"),
      Map.entry("deadline-not-a-day.yaml", "whether day/month is a real day; an undeclared authority"),
      Map.entry("scored-grade-overlap.yaml", "uniqueness of one key among items"),
      Map.entry("score-group-population.yaml", "reference; uniqueness of one key among items"),
      Map.entry("two-name-fields.yaml", "exactly one matching item (draft-07 has no maxContains)"),
      Map.entry("name-field-missing.yaml", "at least one matching item (draft-07 has no minContains)"),
      Map.entry("duplicate-key.yaml", "lost when the text becomes a tree"),
      Map.entry("second-document.yaml", "lost when the text becomes a tree"),
      Map.entry("number-not-decimal.yaml", "how the number is written (0x5A is 90 once parsed)"),
      Map.entry("number-too-precise.yaml", "how many digits the text has, lost once parsed as a double"),
      Map.entry("effective-until-before-from.yaml", "order of two dates"),
      Map.entry("scored-band-points-too-high.yaml", "compares with the indicator's points"),
      Map.entry("scored-points-sum.yaml", "a sum"),
      Map.entry("extends-missing.yaml", "a file on disk"),
      Map.entry("level-never-targeted.yaml", "reference"),
      Map.entry("unknown-authority.yaml", "reference"),
      Map.entry("target-applies-to-unknown.yaml", "reference"),
      Map.entry("unit-type-unknown-authority.yaml", "reference"),
      Map.entry("unknown-field.yaml", "reference"),
      Map.entry("unknown-level.yaml", "reference"),
      Map.entry("unknown-population.yaml", "reference"),
      Map.entry("unknown-scale-item.yaml", "reference"),
      Map.entry("unknown-scale.yaml", "reference"),
      Map.entry("unknown-unit-type.yaml", "reference"),
      Map.entry("unknown-vocabulary.yaml", "reference")));

  static JsonSchema published() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(CliRun.of("ruleset", "schema").out());
  }

  static List<Path> files(String dir, String glob) throws Exception {
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      var matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return files.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
    }
  }

  @Test
  void everyShippedRulesetReadsTheSameInAYaml11ReaderAndValidates() throws Exception {
    JsonSchema schema = published();
    List<Path> shipped = files("../rulesets", "*.yaml");
    assertThat(shipped).hasSizeGreaterThanOrEqualTo(7);
    for (Path file : shipped) {
      String text = Files.readString(file);
      Object yaml11 = new Yaml(new LoaderOptions()).load(text);
      JsonNode asYaml11Reads = new ObjectMapper().valueToTree(yaml11);
      assertThat(asYaml11Reads).as(file + ": YAML 1.1 reads what dvht reads").isEqualTo(new YAMLMapper().readTree(text));
      assertThat(schema.validate(asYaml11Reads)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void unquotedYesAndDatesAreWhatTheYaml11ReaderWouldChange() {
    Object yaml11 = new Yaml().load("effective: {from: 2024-01-26}\nvocabularies:\n  - {id: c, yes: [Có], \"no\": [Không]}\n");
    JsonNode tree = new ObjectMapper().valueToTree(yaml11);
    assertThat(tree.path("effective").path("from").isTextual()).as("a date, not text").isFalse();
    assertThat(tree.path("vocabularies").path(0).has("yes")).as("yes: becomes the key true").isFalse();
    assertThat(tree.path("vocabularies").path(0).has("no")).isTrue();
  }

  @Test
  void theValidTestRulesetsValidateAndAJsonRulesetMayNameItsSchema() throws Exception {
    JsonSchema schema = published();
    List<Path> valid = new ArrayList<>(files("src/test/resources/ruleset/valid", "*.{yaml,json}"));
    valid.addAll(files("src/test/resources/province", "*.yaml"));
    for (Path file : valid) {
      JsonNode tree = file.toString().endsWith(".json") ? new ObjectMapper().readTree(file.toFile())
          : new YAMLMapper().readTree(file.toFile());
      assertThat(schema.validate(tree)).as(file.toString()).isEmpty();
    }
    Path json = Path.of("src/test/resources/ruleset/valid/mini.json");
    assertThat(new ObjectMapper().readTree(json.toFile()).has("$schema")).isTrue();
    assertThat(new RulesetLoader().load(json).ruleset().info().id()).isEqualTo("mini");
  }

  @Test
  void theSchemaRejectsEveryInvalidCaseThatIsWrongInShape() throws Exception {
    JsonSchema schema = published();
    List<String> acceptedBySchema = new ArrayList<>();
    int rejected = 0;
    for (Path file : files(INVALID, "*.{yaml,json}")) {
      String name = file.getFileName().toString();
      assertThat(rejectedByLoader(file)).as(name).isTrue();
      JsonNode tree;
      try {
        tree = name.endsWith(".json") ? new ObjectMapper().readTree(file.toFile())
            : new YAMLMapper().readTree(file.toFile());
      } catch (java.io.IOException notYamlOrJson) {
        rejected++;
        continue;
      }
      if (tree == null || !schema.validate(tree).isEmpty()) {
        rejected++;
      } else {
        acceptedBySchema.add(name);
      }
    }
    assertThat(acceptedBySchema).containsExactlyInAnyOrderElementsOf(BEYOND_THE_SCHEMA.keySet());
    assertThat(rejected).as("rejected by a YAML/JSON parser or the schema").isGreaterThan(acceptedBySchema.size());
  }

  private static boolean rejectedByLoader(Path file) {
    try {
      new RulesetLoader().load(file);
      return false;
    } catch (RulesetException e) {
      return true;
    }
  }

  @Test
  void everyKeyHasADescription() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(CliRun.of("ruleset", "schema").out());
    List<String> undescribed = new ArrayList<>();
    undescribed(schema, "#", undescribed);
    assertThat(undescribed).isEmpty();
    assertThat(schema.path("properties").path("$schema").path("description").asText()).isNotBlank();
  }

  /** Every property, under any {@code properties} of {@code node}, that has no description. */
  private static void undescribed(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      node.path("properties").fields().forEachRemaining(e -> {
        if (!e.getValue().path("description").isTextual() || e.getValue().path("description").asText().isBlank()) {
          out.add(path + "/" + e.getKey());
        }
      });
      // allOf holds conditions over keys described where they are declared.
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("allOf")) {
          undescribed(e.getValue(), path + "/" + e.getKey(), out);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        undescribed(node.get(i), path + "/" + i, out);
      }
    }
  }
}
