package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.SourcePosition;

/**
 * Values read from a ruleset's mappings. A ruleset's numbers are decimals of at most 12 digits before the point and 6 after it, counted after trailing
 * zeros are dropped: a number at either bound is read exactly, one digit more is reported (R024) where it is written.
 */
class MapReaderTest {

  @ParameterizedTest(name = "{0} is read as {1}")
  @CsvSource({
    "123456789012, 123456789012",
    "0.123456, 0.123456",
    "123456789012.123456, 123456789012.123456",
    "0, 0",
    "0.0000001e1, 0.000001",
    "1e11, 100000000000",
    "100, 100",
    "97.50, 97.5",
    "-12.5, -12.5",
  })
  void aNumberWithinTheBoundsIsReadExactly(String text, String value) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<java.math.BigDecimal> read = MapReader.decimal(scalar(text), diagnostics);
    assertThat(read).hasValueSatisfying(v -> assertThat(v).hasToString(value));
    assertThat(read.orElseThrow().scale()).as("never in exponent form").isNotNegative();
    assertThat(diagnostics.all()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is out of bounds")
  @ValueSource(strings = {"1234567890123", "0.1234567", "1e12", "123456789012.1234567", "-1234567890123"})
  void oneDigitMoreIsReportedWhereItIsWritten(String text) {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(MapReader.decimal(scalar(text), diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("R024");
      assertThat(d.position()).isEqualTo(new SourcePosition.InText("r.yaml", 7, 12));
    });
  }

  @Test
  void anAbsentKeyGivesTheFallbackAndAValueOfTheWrongKindIsReported() {
    Diagnostics diagnostics = new Diagnostics();
    MapReader m = reader(diagnostics, "yes", new Node.Scalar(at(2), "true", Node.ScalarType.BOOLEAN),
        "no", new Node.Scalar(at(3), "False", Node.ScalarType.BOOLEAN),
        "text", new Node.Scalar(at(4), "có", Node.ScalarType.STRING),
        "day", new Node.Scalar(at(5), "2024-13-01", Node.ScalarType.STRING),
        "count", new Node.Scalar(at(6), "2.5", Node.ScalarType.NUMBER));
    assertThat(m.bool("absent", true)).isTrue();
    assertThat(m.bool("absent", false)).isFalse();
    assertThat(m.bool("yes", false)).isTrue();
    assertThat(m.bool("no", true)).isFalse();
    assertThat(diagnostics.all()).isEmpty();

    assertThat(m.bool("text", true)).as("the fallback, after the problem is reported").isTrue();
    assertThat(m.bool("text", false)).isFalse();
    assertThat(m.date("day")).isEmpty();
    assertThat(m.integer("count", true)).isEmpty();
    assertThat(diagnostics.errors()).extracting(d -> d.code() + " " + ((SourcePosition.InText) d.position()).line())
        .containsExactly("R005 4", "R005 4", "R005 5", "R005 6");
  }

  @Test
  void aDocumentThatIsNotAMappingIsReported() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(MapReader.root(new Node.Scalar(at(1), "tt24", Node.ScalarType.STRING), diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("R005"));
  }

  private static MapReader reader(Diagnostics diagnostics, Object... keysAndValues) {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Node value = (Node) keysAndValues[i + 1];
      entries.put((String) keysAndValues[i], new Node.Entry((String) keysAndValues[i], value.position(), value));
    }
    return MapReader.root(new Node.MapNode(at(1), entries), diagnostics).orElseThrow();
  }

  private static SourcePosition.InText at(int line) {
    return new SourcePosition.InText("r.yaml", line, 3);
  }

  private static Node.Scalar scalar(String text) {
    return new Node.Scalar(new SourcePosition.InText("r.yaml", 7, 12), text, Node.ScalarType.NUMBER);
  }
}
