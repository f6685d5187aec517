package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Fifo;

/**
 * {@code dvht diff} over results it did not write or that try to mislead it: two units of one name (one
 * of them regressing), units it cannot tell apart, a schemaVersion it does not know, numbers no dvht
 * writes, a FIFO, lists longer than any result holds, and control and bidirectional characters in the
 * names it prints.
 */
class DiffHostileTest {
  private static final Path HOA_SEN = Path.of("..", "samples", "001-mn-hoa-sen.xlsx");

  @Test
  void twoUnitsOfOneNameNeverHideOnesRegression(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(HOA_SEN, a.resolve("danh-sach.xlsx"));
    String name = DiffCommandTest.giveOneMoreCertificate(HOA_SEN, b.resolve("danh-sach.xlsx"));
    Path before = batch(dir, "truoc.json", a.resolve("danh-sach.xlsx"), b.resolve("danh-sach.xlsx"));
    Files.copy(HOA_SEN, b.resolve("danh-sach.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path after = batch(dir, "sau.json", a.resolve("danh-sach.xlsx"), b.resolve("danh-sach.xlsx"));

    CliRun text = CliRun.of("diff", before.toString(), after.toString(), "--exit-code");

    assertThat(text.code()).as(text.err()).isEqualTo(ExitCode.DIFFERENT.code());
    assertThat(text.out()).contains("Đơn vị: Trường mầm non Hoa Sen (" + a.resolve("danh-sach.xlsx") + ")\n"
        + "  không có thay đổi")
        .contains("Đơn vị: Trường mầm non Hoa Sen (" + b.resolve("danh-sach.xlsx") + ")\n"
            + "  Mức đạt: Mức độ 1 → chưa đạt mức nào")
        .contains("TC2.CT4: 1 người mới chưa đạt — " + name);
    var json = JsonContractTest.valid(CliRun.of("diff", before.toString(), after.toString(), "--json").out());
    assertThat(json.path("same").asBoolean()).isFalse();
    assertThat(json.path("units").path(1).path("input").asText()).isEqualTo(b.resolve("danh-sach.xlsx").toString());
    assertThat(json.path("units").path(1).path("change").asText()).isEqualTo("changed");
  }

  @Test
  void unitsItCannotTellApartAreNewAndGoneNeverPairedByGuess(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("2024/a"));
    Path b = Files.createDirectories(dir.resolve("2024/b"));
    Files.copy(HOA_SEN, a.resolve("x.xlsx"));
    Files.copy(HOA_SEN, b.resolve("x.xlsx"));
    Path before = batch(dir, "truoc.json", a.resolve("x.xlsx"), b.resolve("x.xlsx"));
    Path c = Files.createDirectories(dir.resolve("2025/c"));
    Path d = Files.createDirectories(dir.resolve("2025/d"));
    Files.copy(HOA_SEN, c.resolve("x.xlsx"));
    Files.copy(HOA_SEN, d.resolve("x.xlsx"));
    Path after = batch(dir, "sau.json", c.resolve("x.xlsx"), d.resolve("x.xlsx"));

    CliRun run = CliRun.of("diff", before.toString(), after.toString(), "--exit-code");

    assertThat(run.code()).isEqualTo(ExitCode.DIFFERENT.code());
    assertThat(run.out().split("mới có trong kết quả sau", -1)).hasSize(3);
    assertThat(run.out().split("không còn trong kết quả sau", -1)).hasSize(3);
  }

  @Test
  void aSchemaVersionItDoesNotKnowIsSaidWhereItIs(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("moi.json"), "{\n  \"schemaVersion\": 99,\n  \"units\": []\n}\n");
    CliRun run = CliRun.of("diff", file.toString(), file.toString());
    assertThat(run.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.err()).startsWith(file + ":2:20: schemaVersion 99 không phải phiên bản dvht này đọc được (đọc được: 1");
    Path unversioned = Files.writeString(dir.resolve("cu.json"), "{\"units\": []}");
    assertThat(CliRun.of("diff", unversioned.toString(), unversioned.toString()).code()).isZero();
  }

  @Test
  void aNumberNoDvhtWritesIsSaidWhereItIsBeforeAnyOutput(@TempDir Path dir) throws Exception {
    Path good = result(dir, "tot.json", "\"numerator\": 17");
    for (String number : new String[] {"1e999999", "9223372036854775808", "1.0000001", "-1e-99999999"}) {
      Path bad = result(dir, "xau.json", "\"numerator\": " + number);
      for (String format : new String[] {"--json", "--exit-code"}) {
        CliRun run = CliRun.of("diff", good.toString(), bad.toString(), format);
        assertThat(run.code()).as(number).isEqualTo(ExitCode.INVALID.code());
        assertThat(run.out()).as("no half document").isEmpty();
        assertThat(run.err()).as(number).startsWith(bad + ":1:")
            .contains("units[0].levels[0].indicators[0].numerator là " + number + ": dvht không ghi số như vậy");
      }
    }
  }

  @Test
  void aFifoIsRefusedWithoutWaitingOnIt(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("ket-qua.json");
    assumeTrue(Fifo.make(fifo), "mkfifo");
    Path good = result(dir, "tot.json", "\"numerator\": 17");
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      CliRun run = CliRun.of("diff", fifo.toString(), good.toString());
      assertThat(run.code()).isEqualTo(ExitCode.INVALID.code());
      assertThat(run.err()).contains(fifo + ": không phải tệp thông thường");
    });
  }

  @Test
  void listsAndTextsLongerThanAnyResultHoldsAreRefused(@TempDir Path dir) throws Exception {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i <= 100_000; i++) {
      members.append(i == 0 ? "" : ",").append("{\"name\":\"n\"}");
    }
    Path many = Files.writeString(dir.resolve("nhieu.json"),
        "{\"units\":[{\"name\":\"x\",\"gaps\":[{\"indicator\":\"TC2.CT4\",\"members\":[" + members + "]}]}]}");
    CliRun run = CliRun.of("diff", many.toString(), many.toString());
    assertThat(run.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.err()).contains("units[0].gaps[0].members có hơn 100000 phần tử");
    Path longName = Files.writeString(dir.resolve("dai.json"), "{\"units\":[{\"name\":\"" + "x".repeat(1_000_001) + "\"}]}");
    assertThat(CliRun.of("diff", longName.toString(), longName.toString()).err())
        .contains("JSON không hợp lệ", "có một giá trị quá dài");
  }

  @Test
  void controlAndBidiCharactersFromAResultNeverReachTheTerminalRaw(@TempDir Path dir) throws Exception {
    String hostile = "Hoa\u001b[2J\u0007Sen\n\u202Egnaig";
    Path before = Files.writeString(dir.resolve("truoc.json"), "{\"units\":[]}");
    Path after = Files.writeString(dir.resolve("sau.json"), "{\"units\":[{\"name\":\"" + escape(hostile)
        + "\",\"input\":\"a\\u001b]0;x\\u0007.xlsx\"}]}");

    CliRun run = CliRun.of("diff", before.toString(), after.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\u202E")
        .contains("Đơn vị: Hoa[U+001B][2J[U+0007]Sen[U+000A][U+202E]gnaig (a[U+001B]]0;x[U+0007].xlsx)");
    assertThat(run.out().lines()).hasSize(3);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }

  /** A one-unit result whose first indicator holds {@code field}. */
  private static Path result(Path dir, String name, String field) throws Exception {
    return Files.writeString(dir.resolve(name), "{\"schemaVersion\": 1, \"kind\": \"result\", \"units\": [{\"name\": \"x\","
        + " \"levels\": [{\"id\": \"muc-1\", \"label\": \"Mức độ 1\", \"reached\": false, \"indicators\": [{\"id\": \"A\","
        + " \"status\": \"dat\", " + field + ", \"denominator\": 36, \"percent\": 47.22}]}]}]}");
  }

  private static Path batch(Path dir, String name, Path... inputs) throws Exception {
    String[] args = new String[inputs.length + 3];
    args[0] = "evaluate";
    for (int i = 0; i < inputs.length; i++) {
      args[i + 1] = inputs[i].toString();
    }
    args[inputs.length + 1] = "--json";
    args[inputs.length + 2] = "--no-files";
    return Files.writeString(dir.resolve(name), CliRun.of(args).out());
  }
}
