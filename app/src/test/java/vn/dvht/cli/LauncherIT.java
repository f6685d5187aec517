package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.ProcessRun;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar through the top-level {@code dvht} launcher, as a clerk runs it. */
class LauncherIT {
  static final Path LAUNCHER = Path.of("..", "dvht");


  @Test
  void evaluatesASampleThroughTheLauncher() throws Exception {
    ProcessRun run = run("evaluate", "../samples/003-thpt-ly-nhan.xlsx", "--ruleset", "tt24", "--json", "--no-files");

    assertThat(run.err()).as("nothing on stderr, not even logging noise").isEmpty();
    assertThat(run.code()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).path("units").path(0).path("level").asText())
        .isEqualTo("muc-2");
  }

  @Test
  void exitCodesReachTheShell(@TempDir Path dir) throws Exception {
    Path ruleset = dir.resolve("x.yaml");
    Files.writeString(ruleset, "schema: 1\nid: x\n");
    assertThat(run("evaluate", "../samples/001-mn-hoa-sen.xlsx", "--ruleset", ruleset.toString()).code()).isEqualTo(3);
    assertThat(run("evaluate", "../samples/001-mn-hoa-sen.xlsx", "--no-files", "--fail-below", "1").code())
        .isEqualTo(4);
    assertThat(run("--khong-co").code()).isEqualTo(2);
    ProcessRun version = run("--version");
    assertThat(version.out()).startsWith("dvht ");
  }

  @Test
  void anEnglishLocaleSwitchesToEnglish() throws Exception {
    ProcessRun english = runWith(Map.of("LANG", "en_US.UTF-8"), "evaluate", "khong-co.xlsx");
    assertThat(english.code()).isEqualTo(3);
    assertThat(english.err()).contains("file not found");
    assertThat(run("evaluate", "khong-co.xlsx").err()).contains("không tìm thấy tệp");
  }

  @Test
  void aBatchStoppedHalfwayLeavesOnlyWholeFilesAndNoTemporaryOnes(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("don-vi"));
    for (int i = 1; i <= 200; i++) {
      Files.copy(Path.of("../samples/003-thpt-ly-nhan.xlsx"), in.resolve(String.format("u%03d.xlsx", i)));
    }
    Path out = dir.resolve("ket-qua");
    ProcessBuilder builder = new ProcessBuilder("sh", LAUNCHER.toString(), "evaluate", in.toString(), "--ruleset",
        "tt24", "--out", out.toString(), "--quiet");
    builder.environment().put("LANG", "C.UTF-8");
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (process.isAlive() && System.nanoTime() < deadline && count(out, "-ket-qua.xlsx") < 3) {
      Thread.sleep(10);
    }
    boolean stoppedHalfway = process.isAlive();
    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(stoppedHalfway).as("the batch was still running when stopped").isTrue();
    try (var files = Files.list(out)) {
      List<Path> left = files.filter(p -> !p.getFileName().toString().equals(".dvht.lock")).toList();
      assertThat(left).as("no temporary file left, only the folder's (empty, hidden) lock file")
          .noneMatch(p -> p.getFileName().toString().startsWith("."));
      assertThat(left).as("stopped before the end").hasSizeLessThan(401);
      for (Path file : left) {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
          assertThat(zip.size()).as(file.getFileName().toString()).isPositive();
        }
      }
    }
  }

  private static long count(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }

  private static ProcessRun run(String... args) throws IOException, InterruptedException {
    return runWith(Map.of("LANG", "C.UTF-8"), args);
  }

  /** Runs the launcher with the locale variables replaced by {@code locale}. */
  private static ProcessRun runWith(Map<String, String> locale, String... args) throws IOException, InterruptedException {
    assertThat(Path.of(System.getProperty("dvht.jar", "target/dvht.jar"))).as("packaged jar").exists();
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    builder.environment().putAll(locale);
    return ProcessRun.of(builder, 60);
  }
}
