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

  /** Runs the launcher with the locale variables and JAVA_HOME replaced by {@code locale}'s (PATH too, if it has one). */
  private static ProcessRun runWith(Map<String, String> locale, String... args) throws IOException, InterruptedException {
    assertThat(Path.of(System.getProperty("dvht.jar", "target/dvht.jar"))).as("packaged jar").exists();
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG", "JAVA_HOME"));
    builder.environment().putAll(locale);
    return ProcessRun.of(builder, 60);
  }

  @Test
  void aStaleJavaHomeIsNamedAndTheJavaOnThePathIsUsed() throws Exception {
    ProcessRun run = runWith(Map.of("LANG", "C.UTF-8", "JAVA_HOME", "/khong/co/jdk-11"), "--version");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines()).containsExactly(
        "dvht: JAVA_HOME (/khong/co/jdk-11) không còn Java: không có bin/java. Dùng java trên PATH (" + onPath() + ").");
  }

  @Test
  void anOldJavaIsNamedWithWhatToInstall(@TempDir Path dir) throws Exception {
    Path bin = fakeJava(dir.resolve("jdk-11"), "11.0.2");
    ProcessRun run = runWith(Map.of("LANG", "C.UTF-8", "PATH", bin + ":/usr/bin:/bin"), "--version");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("dvht: cần Java 17 trở lên, máy đang dùng Java 11 (" + bin.resolve("java") + ").");
  }

  @Test
  void aJavaRuntimeWithoutJavacInASourceTreeGetsOneClearLine(@TempDir Path dir) throws Exception {
    Path tree = Files.createDirectories(dir.resolve("dvht"));
    Files.copy(LAUNCHER, tree.resolve("dvht"));
    Files.createDirectories(tree.resolve("app/src/main"));
    Path mvnw = Files.writeString(tree.resolve("mvnw"), "#!/bin/sh\ntouch \"$0.ran\"\nexit 1\n");
    mvnw.toFile().setExecutable(true);
    Path bin = fakeJava(dir.resolve("jre-17"), "17.0.2");
    ProcessBuilder builder = new ProcessBuilder("sh", tree.resolve("dvht").toString(), "--version");
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG", "JAVA_HOME"));
    builder.environment().putAll(Map.of("LANG", "C.UTF-8", "PATH", bin + ":/usr/bin:/bin"));
    ProcessRun run = ProcessRun.of(builder, 60);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString().contains("cần JDK 17 trở lên (có javac)", bin.resolve("java").toString());
    assertThat(tree.resolve("mvnw.ran")).as("Maven is not started").doesNotExist();
  }

  /** A folder {@code <home>/bin} whose {@code java} runs this JVM's and whose {@code release} names {@code version}; no javac. */
  private static Path fakeJava(Path home, String version) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path java = Files.writeString(bin.resolve("java"),
        "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    java.toFile().setExecutable(true);
    return bin;
  }

  private static String onPath() {
    for (String folder : System.getenv("PATH").split(":")) {
      if (Files.isExecutable(Path.of(folder, "java"))) {
        return Path.of(folder, "java").toString();
      }
    }
    return "java";
  }
}
