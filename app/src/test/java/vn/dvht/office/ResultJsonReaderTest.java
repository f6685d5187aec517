package vn.dvht.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Message;
import vn.dvht.input.InputException;

/**
 * A unit's result JSON read by the office through the records dvht writes it from: what a row says, results
 * written before {@code schemaVersion} 1, and values of a kind dvht never writes refused, not guessed.
 */
class ResultJsonReaderTest {
  @TempDir
  Path dir;

  private Path result(String json) throws Exception {
    Path file = dir.resolve("ket-qua.json");
    Files.writeString(file, json);
    return file;
  }

  private static String unit(String indicators) {
    return """
        {"schemaVersion": 1, "kind": "result", "dvht": "1.2.3", "units": [{
          "ruleset": {"id": "tt24", "sha256": "abc"}, "name": "Trường A", "authority": "UBND xã B",
          "unitType": "thpt", "ownership": "cong-lap", "year": 2025, "members": {"can-bo": 40, "nguoi-hoc": 600},
          "inputs": [{"file": "a.xlsx", "sha256": "f00"}], "level": "muc-1", "eligibleLevel": "muc-1",
          "levels": [{"id": "muc-1", "label": "Mức độ 1", "reached": true, "indicators": [%s]}],
          "procedures": [{"id": "p", "level": "muc-2", "satisfied": true, "decided": "2024-05-02"}]}]}
        """.formatted(indicators);
  }

  @Test
  void aShareAndAUnitFactReadAsTheUnitWroteThem() throws Exception {
    SubmittedSummary summary = ResultJsonReader.read(result(unit("""
        {"id": "TC1.CT1", "status": "dat", "numerator": 38, "denominator": 40, "percent": 95.0, "threshold": 90},
        {"id": "TC3.CT3", "status": "dat", "numerator": null, "denominator": null, "value": "ttldtt", "evidence": "QĐ 12"},
        {"id": "TC2.CT4", "status": "dat", "numerator": null, "denominator": null, "value": true},
        {"id": "TC3.CT5", "status": "dat", "numerator": null, "denominator": null, "value": 100.0}
        """))).get(0);

    assertThat(summary.rulesetId()).isEqualTo("tt24");
    assertThat(summary.rulesetSha()).isEqualTo("abc");
    assertThat(summary.dvht()).isEqualTo("1.2.3");
    assertThat(summary.name()).isEqualTo("Trường A");
    assertThat(summary.year()).isEqualTo(2025);
    assertThat(summary.members()).containsEntry("can-bo", 40L).containsEntry("nguoi-hoc", 600L);
    assertThat(summary.inputShas()).containsExactly("f00");
    assertThat(summary.levelOneDate()).isEqualTo("2024-05-02");
    assertThat(summary.indicators()).extracting(SubmittedIndicator::id, SubmittedIndicator::numerator,
        SubmittedIndicator::denominator, SubmittedIndicator::value, SubmittedIndicator::place)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TC1.CT1", 38L, 40L, "", "units[0].levels[0].indicators[0]"),
            org.assertj.core.groups.Tuple.tuple("TC3.CT3", -1L, -1L, "ttldtt", "units[0].levels[0].indicators[1]"),
            org.assertj.core.groups.Tuple.tuple("TC2.CT4", -1L, -1L, "true", "units[0].levels[0].indicators[2]"),
            org.assertj.core.groups.Tuple.tuple("TC3.CT5", -1L, -1L, "100.0", "units[0].levels[0].indicators[3]"));
    assertThat(summary.indicators().get(1).evidence()).isEqualTo("QĐ 12");
  }

  @Test
  void aResultFromBeforeSchemaVersionOneHasItsRulesetAtTheTopAndNoEligibleLevel() throws Exception {
    SubmittedSummary summary = ResultJsonReader.read(result("""
        {"dvht": "0.9", "ruleset": {"id": "tt24", "sha256": "old"}, "units": [{"name": "Trường A", "year": 2024,
          "level": "muc-2", "levels": []}]}
        """)).get(0);

    assertThat(summary.rulesetId()).isEqualTo("tt24");
    assertThat(summary.rulesetSha()).isEqualTo("old");
    assertThat(summary.level()).isEqualTo("muc-2");
    assertThat(summary.requested()).isEqualTo("muc-2");
    assertThat(summary.indicators()).isEmpty();
  }

  @Test
  void aCountWrittenAsTextAsAnExponentOrNotAsACountIsRefusedAsMalformed() throws Exception {
    for (String numerator : new String[] {"\"38\"", "1e999999", "1e2", "true"}) {
      Path file = result(unit("{\"id\": \"TC1.CT1\", \"status\": \"dat\", \"numerator\": " + numerator
          + ", \"denominator\": 40}"));
      assertThatThrownBy(() -> ResultJsonReader.read(file)).as(numerator).isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).diagnostics().get(0)).extracting(d -> d.code(), d -> d.message())
              .containsExactly("O140", Message.of("office.badValue", "units[0].levels[0].indicators[0].numerator")));
    }
  }

  @Test
  void aCountThatIsNotAWholeNumberIsRefusedWhereItStands() throws Exception {
    for (String count : new String[] {"38.5", "-1"}) {
      Path file = result(unit("{\"id\": \"TC1.CT1\", \"status\": \"dat\", \"numerator\": 38, \"denominator\": "
          + count + "}"));
      assertThatThrownBy(() -> ResultJsonReader.read(file)).isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).diagnostics().get(0).message())
              .isEqualTo(Message.of("office.badCount", "units[0].levels[0].indicators[0].denominator", count)));
    }
  }

  @Test
  void aYearWrittenAsTextIsRefusedAsMalformed() throws Exception {
    Path file = result(unit("").replace("\"year\": 2025", "\"year\": \"2025\""));
    assertThatThrownBy(() -> ResultJsonReader.read(file)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).diagnostics().get(0).message())
            .isEqualTo(Message.of("office.badValue", "units[0].year")));
  }
}
