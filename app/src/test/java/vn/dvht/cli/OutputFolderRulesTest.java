package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.XlsxDump;

/**
 * What {@code --overwrite} may never replace — an input, a ruleset, the ruleset it extends, a province's
 * report or letter form that happens to carry an output's name — and portable output names seen from
 * the command line: the JSON and the batch workbook still name each input as given.
 */
class OutputFolderRulesTest {
  private static final Path SAMPLE = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx");
  private static final Path PROVINCE = Path.of("..", "rulesets", "provinces");

  @Test
  void aRulesetAndTheRulesetItExtendsAreNeverReplaced(@TempDir Path out) throws Exception {
    Path parent = Files.writeString(out.resolve("003-thpt-ly-nhan-bao-cao.json"),
        "{\"schema\": 1, \"extends\": \"tt24\", \"id\": \"cha\", \"title\": \"Cha\"}\n");
    Path child = Files.writeString(out.resolve("con.yaml"),
        "schema: 1\nextends: 003-thpt-ly-nhan-bao-cao.json\nid: con\ntitle: Con\n");
    for (Path ruleset : new Path[] {parent, child}) {
      String before = Files.readString(parent);
      CliRun run = CliRun.of("evaluate", SAMPLE.toString(), "--ruleset", ruleset.toString(), "--report", "json",
          "--out", out.toString(), "--overwrite");
      assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.USAGE.code());
      assertThat(run.err()).contains("tệp kết quả " + parent + " chính là " + parent)
          .contains("dvht không bao giờ ghi đè lên nó, kể cả với --overwrite");
      assertThat(parent).hasContent(before);
      assertThat(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx")).doesNotExist();
    }
  }

  @Test
  void aReportOrLetterFormIsNeverReplaced(@TempDir Path out) throws Exception {
    for (String form : new String[] {"template", "letter"}) {
      Path named = out.resolve("003-thpt-ly-nhan-bao-cao.docx");
      Files.copy(PROVINCE.resolve(form.equals("template") ? "mau-so-4.docx" : "mau-so-5.docx"), named,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(PROVINCE.resolve("mau-so-4.docx"), out.resolve("mau-so-4.docx"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      String yaml = Files.readString(PROVINCE.resolve("vi-du-mau-so-4.yaml"))
          .replace("template: mau-so-4.docx", "template: " + (form.equals("template") ? named.getFileName() : "mau-so-4.docx"))
          .replace("letter: mau-so-5.docx", "letter: " + (form.equals("letter") ? named.getFileName() : "mau-so-4.docx"));
      Path ruleset = Files.writeString(out.resolve("tinh.yaml"), yaml);
      byte[] before = Files.readAllBytes(named);

      CliRun run = CliRun.of("evaluate", SAMPLE.toString(), "--ruleset", ruleset.toString(), "--out", out.toString(),
          "--overwrite");

      assertThat(run.code()).as(form + ": " + run.err()).isEqualTo(ExitCode.USAGE.code());
      assertThat(run.err()).contains("chính là " + named);
      assertThat(Files.readAllBytes(named)).as(form).isEqualTo(before);
    }
  }

  @Test
  void anInputLinkedAtAnOutputNameIsNeverReplaced(@TempDir Path dir) throws Exception {
    Path input = Files.copy(SAMPLE, dir.resolve("don-vi.xlsx"));
    Files.createSymbolicLink(dir.resolve("don-vi-ket-qua.xlsx"), input.getFileName());
    byte[] before = Files.readAllBytes(input);
    CliRun run = CliRun.of("evaluate", input.toString(), "--overwrite");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("chính là " + input);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void theTemplateCommandNeverReplacesTheRulesetItReads(@TempDir Path dir) throws Exception {
    Path ruleset = Files.writeString(dir.resolve("mau.xlsx"), "schema: 1\nextends: tt24\nid: x\ntitle: X\n");
    CliRun run = CliRun.of("template", "--ruleset", ruleset.toString(), "-o", ruleset.toString(), "--overwrite");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.USAGE.code());
    assertThat(ruleset).hasContent("schema: 1\nextends: tt24\nid: x\ntitle: X\n");
  }

  @Test
  void portableOutputNamesAndTheInputNamedAsGiven(@TempDir Path dir) throws Exception {
    Path input = Files.copy(SAMPLE, dir.resolve("Lý:Nhân\u202E?.xlsx"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("evaluate", input.toString(), "--json", "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    var unit = JsonContractTest.valid(run.out()).path("units").path(0);
    assertThat(unit.path("input").asText()).isEqualTo(input.toString());
    assertThat(unit.path("outputs").path(0).asText()).isEqualTo("Lý_Nhân__-ket-qua.xlsx");
    assertThat(out.resolve("Lý_Nhân__-ket-qua.xlsx")).exists();
    assertThat(out.resolve("Lý_Nhân__-bao-cao.docx")).exists();
  }

  @Test
  void theBatchWorkbookNamesTheInputAsGiven(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path odd = Files.copy(SAMPLE, in.resolve("CON.xlsx"));
    Files.copy(SAMPLE, in.resolve("b.xlsx"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("evaluate", in.toString(), "--out", out.toString(), "--report", "md", "--quiet");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(XlsxDump.of(out.resolve("tong-hop-don-vi.xlsx"))).contains(" s " + odd)
        .contains(" s _CON-ket-qua.xlsx\\n_CON-bao-cao.md");
  }

  @Test
  void oneFileNamedTwiceIsAUsageProblemNotASilentOverwrite(@TempDir Path dir) throws Exception {
    Path input = Files.copy(SAMPLE, dir.resolve("a.xlsx"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("evaluate", input.toString(), dir.resolve(".").resolve("a.xlsx").toString(),
        "--out", out.toString(), "--overwrite");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("cho cùng một tên tệp kết quả", "có phải một tệp được nêu hai lần?");
    if (Files.exists(out)) {
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files).isEmpty();
      }
    }
  }
}
