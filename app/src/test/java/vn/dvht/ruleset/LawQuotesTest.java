package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Ruleset;

/**
 * The built-in TT 24 ruleset cannot drift from the law: every target (stated or inferred) quotes, word
 * for word, the point of {@code ../shared/domain/tt24-2023.md} its citation names (imports followed), and
 * so do the procedures and deadlines; a copy with one word changed is caught. Without the law's file
 * (a checkout without {@code shared/}) these tests are skipped, and say why.
 */
class LawQuotesTest {
  static final Path TT24 = Path.of("..", "rulesets", "tt24.yaml");
  static LawText law;

  /**
   * Each test is skipped on its own, with the reason, where the law is absent: an assumption failing in
   * {@code @BeforeAll} would take the class out of the count without a word.
   */
  @BeforeEach
  void readTheLaw() throws IOException {
    Path file = LawText.location();
    assumeTrue(Files.isRegularFile(file), "the text of Thông tư 24/2023 is not at " + file
        + " (the repository's parent holds shared/domain/tt24-2023.md): tt24.yaml's quotes are not checked");
    if (law == null) {
      law = LawText.read(file);
    }
  }

  @Test
  void tt24QuotesEveryPointItCites() throws Exception {
    LawQuotes quotes = new LawQuotes(law);
    Ruleset tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();
    assertThat(quotes.problems(tt24)).isEmpty();
    long targets = tt24.indicators().stream().mapToLong(i -> i.targets().size()).sum();
    assertThat(quotes.checked()).as("every target, procedure and deadline is checked, and the evidence rule")
        .isEqualTo(targets + tt24.procedures().size() + tt24.deadlines().size() + 1).isGreaterThan(70);
  }

  @Test
  void theShippedFileIsTheBuiltInOne() throws Exception {
    Ruleset file = new RulesetLoader().load(TT24).ruleset();
    assertThat(new LawQuotes(law).problems(file)).isEmpty();
  }

  @Test
  void oneChangedWordOfAnIndicatorTextIsCaught() throws Exception {
    List<String> problems = mutated("kỷ luật lao động, nội quy", "kỷ cương lao động, nội quy");
    assertThat(problems).hasSize(4).allMatch(p -> p.startsWith("TC2.CT1 "));
    assertThat(problems.get(0)).contains("(Điều 6 khoản 2 điểm a)", "kỷ cương lao động");
  }

  @Test
  void oneChangedWordOfAClauseIsCaught() throws Exception {
    List<String> problems = mutated("có thực hiện hoặc phối hợp", "có thực hiện hoặc kết hợp");
    assertThat(problems).hasSize(2).allMatch(p -> p.startsWith("TC3.CT2 huyen ") && p.contains("clause «"));
  }

  @Test
  void oneChangedWordOfATargetsOwnTextIsCaught() throws Exception {
    List<String> problems = mutated("công nhận cấp tỉnh tối thiểu 95% người học", "công nhận cấp tỉnh tối thiểu 95% học sinh");
    assertThat(problems).singleElement().asString().startsWith("TC3.CT1b tinh muc-1 (Điều 12 khoản 3 điểm a)");
  }

  @Test
  void aWrongPointOrImportIsCaught() throws Exception {
    assertThat(mutated("citation: Điều 13 khoản 3 điểm c}", "citation: Điều 13 khoản 3 điểm b}"))
        .singleElement().asString().startsWith("TC3.CT3 tinh muc-2 (Điều 13 khoản 3 điểm b)");
    assertThat(mutated("Điều 13 khoản 2 điểm a (nội dung theo khoản 2 Điều 7)", "Điều 13 khoản 2 điểm a"))
        .singleElement().asString().contains("the law's clause imports «khoản 2 Điều 7», the citation says «»");
    assertThat(mutated("citation: Điều 6 khoản 1 điểm a}", "citation: Điều 6 khoản 1 chỉ tiêu 1}"))
        .singleElement().asString().contains("does not name article, clause and point");
  }

  @Test
  void straightQuotesAreNotTheLawsQuotes() throws Exception {
    assertThat(mutated("đạt danh hiệu “Lao động tiên tiến” (theo", "đạt danh hiệu \"Lao động tiên tiến\" (theo"))
        .hasSize(4).allMatch(p -> p.startsWith("TC2.CT5 "));
  }

  @Test
  void proceduresAndDeadlinesAreChecked() throws Exception {
    assertThat(mutated("sau ít nhất 1 năm (12 tháng)", "sau ít nhất 12 tháng")).hasSize(2)
        .allMatch(p -> p.startsWith("cho-12-thang "));
    assertThat(mutated("date: 15/02", "date: 14/02")).hasSize(2).allMatch(p -> p.startsWith("tham-dinh "));
  }

  /** The evidence rule's text is in both clauses it cites (Điều 9, 15 khoản 3), word for word. */
  @Test
  void theEvidenceRuleIsChecked() throws Exception {
    assertThat(mutated("không có minh chứng phù hợp được đánh giá là không đạt", "không có minh chứng được đánh giá "
        + "là không đạt")).containsExactly(
        "evidence (Điều 9 khoản 3): «Các tiêu chí, chỉ tiêu không có minh chứng được đánh giá là không đạt.» is not there",
        "evidence (Điều 15 khoản 3): «Các tiêu chí, chỉ tiêu không có minh chứng được đánh giá là không đạt.» is not there");
    assertThat(mutated("citation: Điều 9, 15 khoản 3", "citation: Điều 9, 16 khoản 3")).singleElement().asString()
        .startsWith("evidence (Điều 16 khoản 3): ");
    assertThat(mutated("citation: Điều 9, 15 khoản 3", "citation: Điều 9/15 khoản 3")).containsExactly(
        "evidence: the citation «Điều 9/15 khoản 3» does not name articles and clause as \"Điều 9, 15 khoản 3\"");
  }

  @Test
  void quotingRules() {
    String point = "Chỉ tiêu 4: Đơn vị cấp huyện triển khai chuyển đổi số, các Thành viên trong đơn vị được trang bị.";
    assertThat(LawQuotes.quotes("Đơn vị … triển khai chuyển đổi số, các Thành viên", point)).isTrue();
    assertThat(LawQuotes.quotes("Đơn vị  cấp huyện\n triển khai", point)).as("white space folded").isTrue();
    assertThat(LawQuotes.quotes("triển khai … Đơn vị", point)).as("in order").isFalse();
    assertThat(LawQuotes.quotes("ơn vị cấp huyện", point)).as("whole words").isFalse();
    assertThat(LawQuotes.quotes("đơn vị cấp huyện", point)).as("case kept").isFalse();
    assertThat(LawQuotes.quotes("Đơn vị ... triển khai", point)).as("only … elides").isFalse();
    assertThat(LawQuotes.quotes("…", point)).as("something must be quoted").isFalse();
  }

  @Test
  void theLawIsReadClauseByClauseWithItsImports() {
    assertThat(law.importOf(7, 1)).hasValueSatisfying(i -> assertThat(i).containsExactly(6, 1));
    assertThat(law.importOf(13, 2)).hasValueSatisfying(i -> assertThat(i).containsExactly(7, 2));
    assertThat(law.importOf(6, 1)).isEmpty();
    assertThat(law.point(13, 1, "d")).isEqualTo(law.point(6, 1, "d"));
    assertThat(law.point(13, 3, "c")).hasValueSatisfying(p -> assertThat(p).contains("từ “Tập thể lao động tiên tiến”"));
    assertThat(law.point(6, 3, "e")).isEmpty();
    assertThat(law.clause(2, 8)).hasValueSatisfying(c -> assertThat(c).startsWith("Người học là học sinh"));
    assertThat(law.clause(10, 1)).hasValueSatisfying(c -> assertThat(c).contains("trước ngày 15 tháng 1 của năm"));
  }

  @Test
  void tt22QuotesCannotBeChecked() {
    Assumptions.abort("tt22.yaml: the text of Thông tư 22/2020/TT-BGDĐT is not in ../shared/domain, so its "
        + "quotes are not checked; its targets cite \"Điều 5 khoản N, ý thứ …\" from secondary sources");
  }

  /** The problems of tt24.yaml with {@code from} replaced by {@code to} (exactly once or more, never zero). */
  private static List<String> mutated(String from, String to) throws Exception {
    String text = Files.readString(TT24, StandardCharsets.UTF_8);
    assertThat(text).as("the text to change is in tt24.yaml").contains(from);
    Ruleset copy = new RulesetLoader().parse("tt24-changed.yaml", text.replace(from, to).getBytes(StandardCharsets.UTF_8),
        false).ruleset();
    return new LawQuotes(law).problems(copy);
  }
}
