package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.Golden;

/**
 * The unit head's draft decision recognising the members who hold "Công dân học tập" ({@code
 * <tên>-quyet-dinh-cdht.docx}), written beside the report on the case {@code eval/cdht-diem}: its text as a
 * golden file in both languages, its count the numerators of TC3's title shares, the edges (no member titled,
 * every member titled, a title the scores contradict), and no decision where the ruleset computes no title.
 */
class HeadDecisionTest {
  private static final Path CASE = UnitCasesTest.CASES.resolve("cdht-diem");
  private static final Path GOLDEN = Path.of("src/test/resources/head-decision");
  private static final String HEADER_LINE = "STT;Họ và tên;";

  @TempDir
  Path dir;

  @Test
  void theDecisionIsWrittenBesideTheReportAndReadsAsItsGolden() throws IOException {
    for (String lang : List.of("vi", "en")) {
      Path out = dir.resolve(lang);
      CliRun run = run(CASE.resolve("thanh-vien.csv"), out, "--lang", lang);
      assertThat(run.code()).isZero();
      assertThat(run.err()).isEmpty();
      Path decision = out.resolve("thanh-vien-quyet-dinh-cdht.docx");
      assertThat(run.out()).contains(decision.toString());
      assertThat(out.resolve("thanh-vien-bao-cao.docx")).exists();
      Golden.compare(GOLDEN.resolve("cdht-diem." + lang + ".docx.txt"), DocxDump.of(decision));
    }
  }

  @Test
  void itRecognisesExactlyTheMembersTitleSharesCount() throws IOException {
    CliRun run = run(CASE.resolve("thanh-vien.csv"), dir.resolve("out"), "--json");
    JsonNode unit = new ObjectMapper().readTree(run.out()).path("units").path(0);
    int titled = numerator(unit, "TC3.CT1") + numerator(unit, "TC3.CT1b");
    assertThat(titled).isEqualTo(7);
    assertThat(unit.path("outputs").toString()).contains("thanh-vien-quyet-dinh-cdht.docx");
    String text = DocxDump.of(dir.resolve("out").resolve("thanh-vien-quyet-dinh-cdht.docx"));
    assertThat(text).contains("cho " + titled + " cá nhân của Trường THPT Lê Quý Đôn",
        "Danh sách có 7 cá nhân: 5 theo điểm tự đánh giá, 2 theo danh hiệu ghi thẳng./.");
    // Every row of the list: the title computed from scores shows the total; one given directly shows none.
    assertThat(rows(text)).containsExactly(
        "1|Nguyễn Văn An|Thành viên|80|Theo điểm", "2|Lê Văn Cường|Thành viên|81|Theo điểm",
        "3|Hoàng Văn Em|Thành viên|80|Theo điểm", "4|Vũ Thị Giang|Thành viên||Ghi thẳng",
        "5|Bùi Thị Hoa|Thành viên|80|Theo điểm", "6|Ngô Văn Khoa|Người học|80|Theo điểm",
        "7|Lý Thị Nga|Người học||Ghi thẳng");
  }

  @Test
  void noMemberTitledIsSaidAndNoListIsDrawn() throws IOException {
    Path members = keep(line -> line.contains(";Không;"));
    String text = decision(members);
    assertThat(text).contains("chưa có cá nhân nào của Trường THPT Lê Quý Đôn đạt danh hiệu “Công dân học tập”",
        "Không có cá nhân nào đạt danh hiệu.", "Danh sách có 0 cá nhân");
    assertThat(rows(text)).isEmpty();
  }

  @Test
  void everyMemberTitledIsEveryMemberListed() throws IOException {
    List<String> titled = List.of("Nguyễn Văn An", "Lê Văn Cường", "Hoàng Văn Em", "Vũ Thị Giang", "Bùi Thị Hoa",
        "Ngô Văn Khoa", "Lý Thị Nga");
    Path members = keep(line -> titled.stream().anyMatch(line::contains));
    String text = decision(members);
    long rows = Files.readAllLines(members).size() - 1;
    assertThat(rows).isEqualTo(7);
    assertThat(text).contains("cho 7 cá nhân");
    assertThat(rows(text)).hasSize(7);
  }

  @Test
  void aTitleGivenThatTheScoresContradictIsListedAsTheScoresSay() throws IOException {
    Path members = rewrite("2;Trần Thị Bình;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Không;",
        "2;Trần Thị Bình;Viên chức;Có;Có;Có;Có;Lao động tiên tiến;Có;");
    String text = decision(members);
    assertThat(text).doesNotContain("Trần Thị Bình").contains("cho 7 cá nhân");
  }

  @Test
  void aRulesetThatComputesNoTitleWritesNoDecision() throws IOException {
    Path out = dir.resolve("tt22");
    CliRun run = run(CASE.resolve("danh-hieu.csv"), out, "--ruleset", "tt22", "--year", "2023");
    assertThat(run.out()).doesNotContain("quyet-dinh");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("quyet-dinh"));
    }
  }

  private static CliRun run(Path members, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("evaluate", members.toString(), "--unit",
        CASE.resolve("don-vi.csv").toString(), "--date", "2026-01-10", "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private String decision(Path members) throws IOException {
    Path out = dir.resolve("out-" + members.getParent().getFileName());
    CliRun run = run(members, out);
    assertThat(run.code()).as(run.err()).isIn(0, 1);
    return DocxDump.of(out.resolve(members.getFileName().toString().replace(".csv", "") + "-quyet-dinh-cdht.docx"));
  }

  /** The list's rows (a table row of six cells whose first is a number): STT, name, group, total, source. */
  private static List<String> rows(String dump) {
    java.util.Map<String, List<String>> byRow = new java.util.LinkedHashMap<>();
    for (String line : dump.lines().filter(l -> l.matches("T\\d+\\.\\d+\\.\\d+\\|.*")).toList()) {
      String at = line.substring(0, line.indexOf('|'));
      byRow.computeIfAbsent(at.substring(0, at.lastIndexOf('.')), k -> new ArrayList<>())
          .add(line.substring(line.lastIndexOf('|') + 1));
    }
    return byRow.values().stream().filter(c -> c.size() == 6 && c.get(0).matches("\\d+"))
        .map(c -> String.join("|", c.get(0), c.get(1), c.get(3), c.get(4), c.get(5))).toList();
  }

  private static int numerator(JsonNode unit, String id) {
    for (JsonNode indicator : unit.path("levels").path(0).path("indicators")) {
      if (indicator.path("id").asText().equals(id)) {
        return indicator.path("numerator").asInt();
      }
    }
    throw new AssertionError(id);
  }

  /** The case's members with only the rows {@code kept} keeps (the header always). */
  private Path keep(Predicate<String> kept) throws IOException {
    List<String> lines = Files.readAllLines(CASE.resolve("thanh-vien.csv"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(HEADER_LINE) || kept.test(line + "\n")) {
        out.add(line);
      }
    }
    return write(out);
  }

  private Path rewrite(String from, String to) throws IOException {
    String text = Files.readString(CASE.resolve("thanh-vien.csv"), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return write(text.replace(from, to).lines().toList());
  }

  private Path write(List<String> lines) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("members-" + lines.hashCode()));
    Path file = sub.resolve("thanh-vien.csv");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
