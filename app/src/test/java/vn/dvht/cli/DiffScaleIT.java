package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.ProcessRun;

/**
 * {@code dvht diff} reads results as a stream: two 20 MB results (800 units each, a real unit's JSON
 * repeated, names shared by several units) are compared by the packaged launcher in a 48 MB heap, where
 * a parsed tree of either would not fit. The 300 MB measurement is in docs/benchmarks.md.
 */
class DiffScaleIT {
  private static final Path LAUNCHER = Path.of("..", "dvht").toAbsolutePath();
  private static final int UNITS = 800;

  @Test
  void twoLargeResultsAreComparedInASmallHeap(@TempDir Path dir) throws Exception {
    String unit = unitJson();
    Path before = write(dir.resolve("truoc.json"), unit, unit);
    Path after = write(dir.resolve("sau.json"), unit, withOneFailingMemberFewer(unit));
    assertThat(Files.size(before)).isGreaterThan(15L << 20);

    ProcessBuilder builder = new ProcessBuilder("sh", LAUNCHER.toString(), "diff", before.toString(), after.toString(),
        "--exit-code");
    builder.environment().put("DVHT_JAVA_OPTS", "-Xmx48m");
    builder.environment().put("LANG", "C.UTF-8");
    ProcessRun run = ProcessRun.of(builder, 300);

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCode.DIFFERENT.code());
    assertThat(run.out().lines().filter(l -> l.startsWith("Đơn vị: ")).count()).isEqualTo(UNITS);
    assertThat(run.out().lines().filter(l -> l.contains(": 1 người mới đạt — ")).count()).as("units 7 and 407")
        .isEqualTo(2);
  }

  /** The first unit of a sample's result, as dvht writes it. */
  private static String unitJson() {
    String result = CliRun.of("evaluate", "../samples/001-mn-hoa-sen.xlsx", "--json", "--no-files").out();
    int start = result.indexOf('{', result.indexOf("\"units\""));
    int end = result.lastIndexOf("],\n  \"failures\"");
    return result.substring(start, end).strip();
  }

  /** The unit with the first member of its first gap gone: that member now passes that indicator. */
  private static String withOneFailingMemberFewer(String unit) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(unit);
    ((ArrayNode) tree.path("gaps").path(0).path("members")).remove(0);
    return mapper.writeValueAsString(tree);
  }

  /** A result of {@link #UNITS} units: each a copy of {@code unit} but every 400th from the 8th, {@code changed}. */
  private static Path write(Path file, String unit, String changed) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"schemaVersion\": 1, \"kind\": \"result\", \"units\": [\n");
      for (int i = 0; i < UNITS; i++) {
        String copy = (i % 400 == 7 ? changed : unit)
            .replaceFirst("\"input\": ?\"[^\"]*\"", "\"input\": \"don-vi/u" + i + ".xlsx\"")
            .replaceFirst("\"name\": ?\"Trường mầm non Hoa Sen\"", "\"name\": \"Trường " + i % 100 + "\"");
        out.write(i == 0 ? copy : ",\n" + copy);
      }
      out.write("\n], \"failures\": []}\n");
    }
    return file;
  }
}
