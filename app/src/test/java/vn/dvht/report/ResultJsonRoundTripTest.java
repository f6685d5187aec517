package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.json.ResultJson;

/**
 * The result JSON's contract is its records ({@link ResultJson}): over units generated from seeds
 * ({@link GeneratedCases}: TT 24, a province's ruleset, TT 22's points; levels held, facts missing their
 * evidence) with data warnings in sheets and in text, listed in full or in part, the batch document
 * {@link BatchJsonRenderer} streams reads back — unit by unit, with a streaming parser — into records equal
 * to those written, the failures too. A failure names its seed.
 */
class ResultJsonRoundTripTest {
  static final int CASES = 40;
  static final Wording VI = Wording.of(Wording.VI);

  @BeforeAll
  static void load() throws Exception {
    LevelInvariantsTest.load();
  }

  @TestFactory
  Stream<DynamicTest> everyUnitReadsBackAsTheRecordWritten() {
    return LongStream.rangeClosed(1, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> roundTrip(seed)));
  }

  /** The seeds write every optional key at least once, so that equality is not kept vacuously. */
  @Test
  void theGeneratedUnitsWriteEveryOptionalKey() throws Exception {
    java.util.Set<String> keys = new java.util.TreeSet<>();
    for (long seed = 1; seed <= CASES; seed++) {
      String json = document(seed, units(seed), List.of());
      for (String key : List.of("\"counted\"", "\"plan\"", "\"reason\"", "\"lowerLevel\"", "\"procedure\"",
          "\"pointsExact\"", "\"evidence\"", "\"warningTotals\"", "\"percent\"", "\"citation\"", "\"satisfied\": true",
          "\"value\": null", "\"value\": true", "\"line\"", "\"header\"")) {
        if (json.contains(key)) {
          keys.add(key);
        }
      }
    }
    assertThat(keys).contains("\"counted\"", "\"reason\"", "\"lowerLevel\"", "\"pointsExact\"", "\"evidence\"",
        "\"warningTotals\"", "\"percent\"", "\"citation\"", "\"value\": true", "\"line\"", "\"header\"");
  }

  private static void roundTrip(long seed) throws Exception {
    List<ResultJson.Unit> written = new ArrayList<>();
    List<Assessment> units = units(seed);
    for (int i = 0; i < units.size(); i++) {
      written.add(JsonRenderer.unit(units.get(i).withFiles(files(seed, i))));
    }
    List<FileFailure> failures = List.of(new FileFailure("hong-" + seed + ".xlsx", warnings(seed + 1000, 3).listed()));
    String json = document(seed, units, failures);
    List<ResultJson.Unit> read = new ArrayList<>();
    List<ResultJson.Failure> readFailures = new ArrayList<>();
    try (JsonParser parser = ResultJson.MAPPER.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("units") || field.equals("failures")) {
          parser.nextToken();
          if (parser.currentToken() == JsonToken.END_ARRAY) {
            continue;
          }
          if (field.equals("units")) {
            parser.readValuesAs(ResultJson.Unit.class).forEachRemaining(read::add);
          } else {
            parser.readValuesAs(ResultJson.Failure.class).forEachRemaining(readFailures::add);
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    assertThat(read).as("seed %d", seed).isEqualTo(written);
    assertThat(readFailures).as("seed %d", seed)
        .isEqualTo(List.of(new ResultJson.Failure(failures.get(0).file(), JsonRenderer.problems(VI, failures.get(0).problems()))));
  }

  /** The seed's unit, once with few warnings and once with more of a code than are listed. */
  private static List<Assessment> units(long seed) {
    Assessment plain = LevelInvariantsTest.assessment(LevelInvariantsTest.generate(seed).result());
    List<Assessment> units = new ArrayList<>();
    units.add(new Assessment(plain.result(), warnings(seed, 4), plain.stamp(), VI));
    Warnings many = warnings(seed, 2);
    many = new Warnings(many.listed().subList(0, 1), many.totals());
    units.add(new Assessment(plain.result(), many, plain.stamp(), VI));
    return units;
  }

  private static String document(long seed, List<Assessment> units, List<FileFailure> failures) throws Exception {
    StringWriter out = new StringWriter();
    try (BatchJsonRenderer.Stream stream = BatchJsonRenderer.stream(out, "0.0.0-test", LevelInvariantsTest.DATE)) {
      for (int i = 0; i < units.size(); i++) {
        stream.unit(units.get(i), files(seed, i));
      }
      stream.finish(VI, failures);
    }
    return out.toString();
  }

  private static UnitFiles files(long seed, int i) {
    return new UnitFiles("don-vi/" + seed + "-" + i + ".xlsx", List.of(seed + "-" + i + "-ket-qua.xlsx"));
  }

  /** Warnings made up from {@code seed}: in a sheet (a column or none), in a text file, in a file as a whole. */
  private static Warnings warnings(long seed, int count) {
    Random random = new Random(seed);
    List<Diagnostic> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SourcePosition where = switch (random.nextInt(3)) {
        case 0 -> new SourcePosition.InSheet("don-vi.xlsx", "Thành viên", 2 + random.nextInt(500),
            random.nextInt(30) - 1, "Họ và tên");
        case 1 -> new SourcePosition.InText("bo-tieu-chi.yaml", 1 + random.nextInt(90), 1 + random.nextInt(40));
        default -> new SourcePosition.InFile("don-vi.csv");
      };
      list.add(Diagnostic.warning("I2" + (10 + random.nextInt(3)), where, Message.verbatim("Cảnh báo " + seed + "/" + i)));
    }
    return Warnings.of(list);
  }
}
