package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;
import picocli.CommandLine;
import vn.dvht.testing.CliRun;

/** The conventions of command-line tools: completion, exit codes in every help, "-" as stdout, errors, @argfiles. */
class CliConventionsTest {
  static final String LY_NHAN = "../samples/003-thpt-ly-nhan.xlsx";

  @Test
  void theCompletionScriptCompletesInBash(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("generate-completion");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("\r");
    Path script = Files.writeString(dir.resolve("dvht_completion"), run.out());
    assertThat(complete(script, "dvht ruleset ch")).containsExactly("check");
    assertThat(complete(script, "dvht evaluate --fail")).containsExactly("--fail-below");
    assertThat(complete(script, "dvht gen")).containsExactly("generate-completion");
    assertThat(complete(script, "dvht ruleset check --format s")).containsExactly("sarif");
  }

  @Test
  void picocliStandaloneGeneratorBuildsTheTopCommandItself() {
    String script = AutoComplete.bash("dvht", new CommandLine(DvhtCommand.class));
    assertThat(script).contains("_picocli_dvht_ruleset_check", "--format");
  }

  /** What bash's completion offers for {@code line} (its last word being completed). */
  private static List<String> complete(Path script, String line) throws Exception {
    String words = String.join(" ", line.split(" "));
    String bash = "source '" + script + "'; COMP_LINE='" + line + "'; COMP_WORDS=(" + words + "); COMP_CWORD="
        + (line.split(" ").length - 1) + "; COMP_POINT=${#COMP_LINE}; _complete_dvht 2>/dev/null;"
        + " printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process process = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void everyCommandListsItsExitCodesInBothLanguages() {
    List<List<String>> commands = new ArrayList<>();
    collect(Main.commandLine(new DvhtCommand()), new ArrayList<>(), commands);
    assertThat(commands).hasSizeGreaterThanOrEqualTo(10);
    for (List<String> command : commands) {
      for (String lang : List.of("vi", "en")) {
        List<String> args = new ArrayList<>(List.of("--lang", lang));
        args.addAll(command);
        args.add("--help");
        CliRun help = CliRun.of(args.toArray(String[]::new));
        assertThat(help.code()).as(String.join(" ", args)).isZero();
        assertThat(help.out()).as(String.join(" ", args)).contains(lang.equals("vi") ? "\nMã thoát:\n" : "\nExit codes:\n")
            .containsPattern("\n  0   \\S").containsPattern("\n  1   \\S").containsPattern("\n  2   \\S");
      }
    }
    assertThat(CliRun.of("ruleset", "test", "--help").out()).contains("  6   có ca kiểm thử sai");
    assertThat(CliRun.of("ruleset", "check", "--help").out()).contains("  3   có tệp bộ tiêu chí lỗi");
  }

  private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    cli.getSubcommands().forEach((name, sub) -> {
      List<String> next = new ArrayList<>(path);
      next.add(name);
      collect(sub, next, out);
    });
  }

  @Test
  void aTemplateWrittenToDashGoesToStdout() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"template", "--level", "tinh", "-o", "-"}, new PrintWriter(out, true),
        new PrintWriter(err, true), CliRun.CLOCK, Map.<String, String>of()::get, bytes);
    assertThat(code).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEmpty();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Thành viên");
    }
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void parseErrorsAreInTheChosenLanguageAndSayWhatWasExpected() {
    assertThat(CliRun.of("evaluate", LY_NHAN, "--khong-co").err())
        .isEqualTo("Lỗi cú pháp lệnh: không có tùy chọn --khong-co\nXem hướng dẫn: dvht evaluate --help\n");
    assertThat(CliRun.of("--lang", "en", "evaluate", LY_NHAN, "--khong-co").err())
        .isEqualTo("Command error: there is no option --khong-co\nSee the help: dvht evaluate --help\n");
    assertThat(CliRun.of("evaluate", LY_NHAN, "--year", "hai nghìn").err())
        .startsWith("Lỗi cú pháp lệnh: --year không nhận giá trị \"hai nghìn\": cần một số nguyên\n");
    assertThat(CliRun.of("--lang", "en", "evaluate", LY_NHAN, "--date", "10/01/2026").err())
        .startsWith("Command error: --date does not accept \"10/01/2026\": expected a date as YYYY-MM-DD");
    assertThat(CliRun.of("template").err()).startsWith("Lỗi cú pháp lệnh: thiếu tùy chọn bắt buộc --output=TỆP.xlsx\n");
    assertThat(CliRun.of("template", "-o").err()).startsWith("Lỗi cú pháp lệnh: --output cần một giá trị (TỆP.xlsx)\n");
    assertThat(CliRun.of("diff", "a.json").err()).startsWith("Lỗi cú pháp lệnh: thiếu MỚI.json\n");
    assertThat(CliRun.of("evaluat", LY_NHAN).err()).startsWith("Lỗi cú pháp lệnh: \"evaluat\" không phải lệnh của dvht;")
        .contains("(có phải ý là: evaluate");
    assertThat(CliRun.of("evaluate", LY_NHAN, "--year", "2025", "--year", "2026").err())
        .startsWith("Lỗi cú pháp lệnh: --year chỉ được ghi một lần\n");
    assertThat(CliRun.of("ruleset", "show", "tt24", "tt22").err()).startsWith("Lỗi cú pháp lệnh: thừa đối số: tt22\n");
    for (String[] args : List.of(new String[] {"--khong-co"}, new String[] {"template"}, new String[] {"diff"},
        new String[] {"evaluate", "--year", "x", LY_NHAN})) {
      CliRun run = CliRun.of(args);
      assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
      assertThat(run.err()).doesNotContain("Unknown", "Missing", "Invalid", "Unmatched", "expected", "parameter");
    }
  }

  @Test
  void anArgumentFileKeepsWindowsPathsAndVietnameseLetters(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("van thu\\năm 2025"));
    Path input = Files.copy(Path.of(LY_NHAN), folder.resolve("đơn vị.xlsx"));
    Path args = dir.resolve("args.txt");
    // As Notepad saves it: a byte-order mark, CRLF line ends, a comment, a quoted line.
    Files.write(args, ("\uFEFF# đánh giá một đơn vị\r\nevaluate\r\n\"" + input + "\"\r\n--ruleset\r\ntt24\r\n--json\r\n"
        + "--no-files\r\n\r\n--lang\r\nen\r\n").getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("@" + args);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"level\"", "muc-2").contains("đơn vị.xlsx");

    assertThat(ArgumentFiles.expand(new String[] {"@" + args, "--", "@" + args}).args())
        .containsExactly("evaluate", input.toString(), "--ruleset", "tt24", "--json", "--no-files", "--lang", "en",
            "--", "@" + args);
    assertThat(ArgumentFiles.expand(new String[] {"@@nguyen-van-a"}).args()).containsExactly("@nguyen-van-a");

    Path latin1 = Files.write(dir.resolve("cu.txt"), "evaluate\n\u0111\u01a1n v\u1ecb.xlsx\n".getBytes(
        java.nio.charset.Charset.forName("windows-1258")));
    CliRun notUtf8 = CliRun.of("@" + latin1);
    assertThat(notUtf8.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(notUtf8.err()).isEqualTo("Lỗi cú pháp lệnh: tệp đối số @" + latin1
        + " không phải văn bản UTF-8; hãy lưu lại với mã UTF-8\n");
  }
}
