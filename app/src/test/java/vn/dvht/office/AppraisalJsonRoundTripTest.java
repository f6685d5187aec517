package vn.dvht.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvht.json.AppraisalJson;
import vn.dvht.json.Envelope;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.OfficeFixture;

/**
 * The appraisal JSON's contract is its records ({@link AppraisalJson}): over offices generated from seeds
 * (units recognised, refused, still recognised, absent), every piece of {@code ket-qua-tham-dinh.json} read
 * into its record ({@link JsonFile#record}, as the upward merge reads it) and written again is the piece
 * it was read from, key for key and in order; the office's units are there to be read (not vacuous).
 */
class AppraisalJsonRoundTripTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(longs = {3, 11, 29})
  void everyPieceReadsBackAsItWasWritten(long seed, @TempDir Path dir) throws Exception {
    OfficeFixture office = OfficeFixture.generate(dir.resolve("in"), 14, seed);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
        "--so-theo-doi", office.register().toString(), "--out", out.toString(), "--date", "2026-02-06");
    assertThat(run.code()).as(run.err()).isZero();
    Path file = out.resolve("ket-qua-tham-dinh.json");
    JsonNode root = JsonFile.read(file, "appraisal");
    assertThat(again(file, root.path(AppraisalJson.OFFICE), AppraisalJson.Office.class))
        .isEqualTo(text(root.path(AppraisalJson.OFFICE)));
    assertThat(root.path(Envelope.UNITS).size()).as("seed %d", seed).isPositive();
    for (String list : List.of(Envelope.UNITS, AppraisalJson.ABSENT)) {
      Class<?> type = list.equals(Envelope.UNITS) ? AppraisalJson.Unit.class : AppraisalJson.Absent.class;
      for (JsonNode piece : root.path(list)) {
        assertThat(again(file, piece, type)).as("seed %d", seed).isEqualTo(text(piece));
      }
    }
    assertThat(again(file, root.path("statistics"), AppraisalJson.Statistics.class))
        .isEqualTo(text(root.path("statistics")));
  }

  /** The piece read into its record and written again, as text: the same keys in the same order, the same values. */
  private static String again(Path file, JsonNode piece, Class<?> type) throws Exception {
    return JSON.writeValueAsString(JsonFile.record(file, piece, "", type));
  }

  private static String text(JsonNode piece) throws Exception {
    return JSON.writeValueAsString(piece);
  }
}
