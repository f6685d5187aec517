package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.WineCmd;

/**
 * {@code dvht.cmd} run for real by a Windows cmd.exe — Wine's — with a stand-in java.exe that records how it was
 * started, on the command lines Explorer makes for drops and double-clicks, and from a console and a calling
 * script: which Java it picks, what dvht is given, exit codes and the wait for a key. Skipped, with the reason
 * counted at the end of the build, where Wine or MinGW-w64 is missing. What Wine's cmd cannot show (its output
 * of Vietnamese letters, its code page) is checked on the script's text by {@link WindowsScriptTest}, and on
 * Windows by the release workflow.
 */
class WindowsLauncherIT {
  static WineCmd wine;

  @TempDir Path dir;
  Path release;
  Path log;
  Map<String, String> env;

  @BeforeAll
  static void wine() throws Exception {
    if (WineCmd.missing().isEmpty()) {
      wine = WineCmd.start(Path.of("target"));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (wine != null) {
      wine.close();
    }
  }

  /** A release unpacked into a folder whose name has a space and Vietnamese letters; nothing on PATH. */
  @BeforeEach
  void release() throws IOException {
    // Each test, not the class, is skipped: a class skipped in @BeforeAll vanishes from the count.
    Assumptions.assumeTrue(wine != null, () -> WineCmd.missing().orElse(""));
    release = Files.createDirectories(dir.resolve("Tệp cài đặt/dvht"));
    Files.copy(WindowsScriptTest.SCRIPT, release.resolve("dvht.cmd"));
    Files.createDirectories(release.resolve("lib"));
    Files.writeString(release.resolve("lib/dvht.jar"), "a stand-in: the stand-in java.exe does not read it");
    log = dir.resolve("calls.log");
    env = new HashMap<>(Map.of("DVHT_STANDIN_LOG", WineCmd.windows(log)));
  }

  @Test
  void theWindowsZipUsesItsOwnRuntimeWhereNoOtherJavaIs() throws Exception {
    wine.standIn(release.resolve("runtime/bin"), "17");
    Path file = Files.copy(ExplorerDropCommandTest.SAMPLE, dir.resolve("don-vi.xlsx"));
    WineCmd.Run run = wine.explorer(quoted(release.resolve("dvht.cmd")) + " " + WineCmd.windows(file), env, "\r\n", dir);

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    Call java = only(calls());
    assertThat(java.exe()).endsWith("\\runtime\\bin\\java.exe");
    assertThat(java.args()).endsWith("-jar", java.args().get(java.args().size() - 2), "explorer-drop");
    assertThat(java.args().get(java.args().size() - 2)).endsWith("\\lib\\dvht.jar");
    assertThat(java.ansi()).as("what java.exe reads in the ANSI code page: the 8.3 names, no lost letter")
        .doesNotContain("?");
    assertThat(run.out()).contains("stand-in java.exe: run 1").endsWith("...\r\n");
  }

  @Test
  void aStaleJavaHomeIsNamedAndTheJavaOnThePathIsUsed() throws Exception {
    Path onPath = dir.resolve("Program Files/Eclipse Adoptium/jdk-21/bin");
    wine.standIn(onPath, "21");
    env.put("JAVA_HOME", "C:\\Program Files\\Java\\jdk-11 (R&D)");
    env.put("WINEPATH", WineCmd.windows(onPath));
    WineCmd.Run run = wine.console(release.resolve("dvht.cmd"), env, "--version");

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).contains("JAVA_HOME (C:\\Program Files\\Java\\jdk-11 (R&D))", "bin\\java.exe",
        WineCmd.windows(onPath.resolve("java.exe")));
    assertThat(only(calls()).exe()).isEqualTo(WineCmd.windows(onPath.resolve("java.exe")));
    assertThat(only(calls()).args()).endsWith("--version");
    assertThat(run.out()).as("no pause from a console").doesNotContain("...");
  }

  @Test
  void anOldJavaOrNoneIsSaidAndADropWaitsForAKeySoItCanBeRead() throws Exception {
    Path old = dir.resolve("jre8/bin");
    wine.standIn(old, "1.8");
    env.put("WINEPATH", WineCmd.windows(old));
    Path file = Files.copy(ExplorerDropCommandTest.SAMPLE, dir.resolve("a.xlsx"));
    WineCmd.Run tooOld = wine.explorer(quoted(release.resolve("dvht.cmd")) + " " + WineCmd.windows(file), env, "\r\n", dir);
    assertThat(tooOld.code()).isEqualTo(1);
    assertThat(tooOld.err()).contains("Java 8 (" + WineCmd.windows(old.resolve("java.exe")) + ")", "https://adoptium.net");
    assertThat(tooOld.out()).endsWith("...\r\n");

    env.remove("WINEPATH");
    WineCmd.Run none = wine.waitingForKeys(quoted(release.resolve("dvht.cmd")) + " " + WineCmd.windows(file), env, dir,
        out -> out.endsWith("...\r\n"));
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("https://adoptium.net");
    assertThat(none.waitedForAKey()).as("the window stays until a key is pressed").isTrue();
    assertThat(calls()).isEmpty();
  }

  @Test
  void filesDroppedFromTwoFoldersWithAnyCharacterReachDvhtWholeAndEachDossierLandsBesideItsWorkbook()
      throws Exception {
    wine.standIn(release.resolve("runtime/bin"), "17");
    Path one = Files.createDirectories(dir.resolve("Văn thư (2025)"));
    Path two = Files.createDirectories(dir.resolve("R&D"));
    List<Path> files = List.of(one.resolve("Trường Lý Nhân.xlsx"), two.resolve("a&b.xlsx"), two.resolve("e^f.xlsx"),
        two.resolve("100%x%.xlsx"), two.resolve("g(1).csv"));
    for (Path file : files) {
      Files.copy(file.toString().endsWith(".csv") ? ExplorerDropCommandTest.SAMPLE : ExplorerDropCommandTest.SAMPLE,
          file);
    }
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = WineCmd.windows(file);
      names.add(name.contains(" ") ? quoted(file) : name);
    }
    env.put("DVHT_STANDIN_EXIT", "3");
    String verb = quoted(release.resolve("dvht.cmd")) + " " + String.join(" ", names);
    WineCmd.Run run = wine.explorer(verb, env, "\r\n", dir);

    assertThat(run.code()).as("dvht's exit code").isEqualTo(3);
    assertThat(run.out()).endsWith("...\r\n");
    assertThat(run.err()).as("nothing after the script ran (no 'b.xlsx' run as a command)").isEmpty();
    Call java = only(calls());
    assertThat(java.args()).last().isEqualTo("explorer-drop");
    String line = java.env().get("DVHT_CMDLINE");
    assertThat(line).isEqualTo("C:\\windows\\system32\\cmd.exe /c \"" + verb + "\"");
    assertThat(ExplorerLine.files(line)).containsExactlyElementsOf(files.stream().map(WineCmd::windows).toList());

    // The same line, its Z: paths read as this machine's, through dvht itself: each dossier beside its file.
    String here = line.replace("Z:\\", "/").replace('\\', '/');
    CliRun dvht = CliRun.withEnv(Map.of(ExplorerDropCommand.LINE, here), "explorer-drop");
    assertThat(dvht.code()).as(dvht.err()).isEqualTo(ExitCode.INVALID.code());
    assertThat(dvht.err()).contains("g(1).csv");
    for (Path file : files.subList(0, 4)) {
      String stem = file.getFileName().toString().replaceAll("\\.xlsx$", "");
      assertThat(file.resolveSibling(stem + "-ket-qua.xlsx")).isNotEmptyFile();
      assertThat(file.resolveSibling(stem + "-bao-cao.docx")).isNotEmptyFile();
    }
  }

  @Test
  void aWordFileDroppedGoesToDvhtWhoseMessageStaysUntilAKey() throws Exception {
    wine.standIn(release.resolve("runtime/bin"), "17");
    Path docx = Files.writeString(dir.resolve("bao-cao.docx"), "not a workbook");
    env.put("DVHT_STANDIN_EXIT", "3");
    WineCmd.Run run = wine.waitingForKeys(quoted(release.resolve("dvht.cmd")) + " " + WineCmd.windows(docx), env, dir,
        out -> out.endsWith("...\r\n"));

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.waitedForAKey()).isTrue();
    assertThat(ExplorerLine.files(only(calls()).env().get("DVHT_CMDLINE"))).containsExactly(WineCmd.windows(docx));
  }

  @Test
  void aDoubleClickWithNoFileSaysWhatToDoInOneParagraph() throws Exception {
    wine.standIn(release.resolve("runtime/bin"), "17");
    WineCmd.Run run = wine.explorer(quoted(release.resolve("dvht.cmd")) + " ", env, "\r\n", dir);

    assertThat(run.code()).isZero();
    assertThat(calls()).as("dvht itself is not started").isEmpty();
    List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("dvht.cmd", "mau-danh-gia.xlsx", "docs\\huong-dan\\README.md");
    assertThat(lines.get(1)).endsWith("...");
  }

  @Test
  void aScriptThatCallsDvhtKeepsItsOwnWindowRulesAndGetsTheExitCode() throws Exception {
    // Wine's cmd reads a script in the OEM code page whatever chcp says: the caller's own text stays ASCII.
    Path ascii = Files.createDirectories(dir.resolve("dvht 0.1"));
    Files.copy(WindowsScriptTest.SCRIPT, ascii.resolve("dvht.cmd"));
    Files.createDirectories(ascii.resolve("lib"));
    Files.writeString(ascii.resolve("lib/dvht.jar"), "a stand-in");
    wine.standIn(ascii.resolve("runtime/bin"), "17");
    Path scripts = Files.createDirectories(dir.resolve("kich ban"));
    Path file = Files.copy(ExplorerDropCommandTest.SAMPLE, scripts.resolve("don vi & co.xlsx"));
    Path caller = scripts.resolve("danh-gia.bat");
    // Wine 8's "call" loses a called script's exit code (always 1), so the caller ends by running dvht.cmd.
    Files.writeString(caller, "@echo off\r\necho the caller runs\r\n" + quoted(ascii.resolve("dvht.cmd")) + " "
        + quoted(file) + "\r\n", StandardCharsets.US_ASCII);
    env.put("DVHT_STANDIN_EXIT", "4");
    WineCmd.Run run = wine.explorer(quoted(caller) + " ", env, "", dir);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(4);
    assertThat(run.out()).contains("the caller runs").doesNotContain("...");
    Call java = only(calls());
    assertThat(java.args()).endsWith("evaluate", WineCmd.windows(file)).doesNotContain("--overwrite", "explorer-drop");
  }

  @Test
  void aProgramThatRunsDvhtCmdByItsFullPathDoesNotWaitForAKey() throws Exception {
    // Windows gives such a program's run the same line as Explorer's: dvht tells it apart (DVHT_PLAIN).
    wine.standIn(release.resolve("runtime/bin"), "17");
    env.put("DVHT_STANDIN_PLAIN", "1");
    WineCmd.Run run = wine.explorer(quoted(release.resolve("dvht.cmd")) + " --version", env, "", dir);

    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("...");
    assertThat(only(calls()).args()).last().isEqualTo("explorer-drop");
  }

  @Test
  void fromAConsoleTheArgumentsAndTheExitCodePassThrough() throws Exception {
    wine.standIn(release.resolve("runtime/bin"), "17");
    env.put("DVHT_STANDIN_EXIT", "2");
    WineCmd.Run run = wine.console(release.resolve("dvht.cmd"), env, "ruleset", "check", "C:\\rulesets");

    assertThat(run.code()).isEqualTo(2);
    assertThat(only(calls()).args()).endsWith("-jar", only(calls()).args().get(only(calls()).args().size() - 4),
        "ruleset", "check", "C:\\rulesets");
    assertThat(run.out()).doesNotContain("...");
  }

  private static String quoted(Path path) {
    return "\"" + WineCmd.windows(path) + "\"";
  }

  /** One start of the stand-in java.exe (the version probes, which record nothing, are not among them). */
  record Call(String exe, String ansi, List<String> args, Map<String, String> env) {}

  private List<Call> calls() throws IOException {
    List<Call> calls = new ArrayList<>();
    if (!Files.exists(log)) {
      return calls;
    }
    String exe = "";
    String ansi = "";
    List<String> args = new ArrayList<>();
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      String key = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
      String value = line.substring(Math.min(line.length(), key.length() + 1));
      switch (key) {
        case "exe" -> exe = value;
        case "ansi" -> ansi = value;
        case "arg" -> args.add(value);
        case "env" -> variables.put(value.substring(0, Math.max(0, value.indexOf('=', 1))).toUpperCase(),
            value.substring(value.indexOf('=', 1) + 1));
        case "end" -> {
          calls.add(new Call(exe, ansi, List.copyOf(args), Map.copyOf(variables)));
          args.clear();
          variables.clear();
        }
        default -> { }
      }
    }
    return calls;
  }

  private static Call only(List<Call> calls) {
    assertThat(calls).hasSize(1);
    return calls.get(0);
  }
}
