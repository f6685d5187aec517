package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Messages;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Requirement;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;

/** The valid path: the built-in TT 24 ruleset matches the domain notes; paths and JSON load too. */
class RulesetLoaderTest {
  static final Path VALID = Path.of("src", "test", "resources", "ruleset", "valid");

  /**
   * Every target of TT 24 as {@code indicator authority level bar confidence}, transcribed from the text
   * of the circular (../shared/domain/tt24-2023.md): Điều 6, 7 (district), 12, 13 (provincial). What the
   * text states is "stated"; the one reading of a bar left, TC2.CT4 at level 2, is "inferred".
   */
  static final List<String> TT24_TARGETS = List.of(
      // Tiêu chí 1: Điều 6 khoản 1, which Điều 7, 12, 13 khoản 1 import.
      "TC1.CT1 huyen muc-1 có stated", "TC1.CT1 huyen muc-2 có stated",
      "TC1.CT1 tinh muc-1 có stated", "TC1.CT1 tinh muc-2 có stated",
      "TC1.CT2 huyen muc-1 có stated", "TC1.CT2 huyen muc-2 có stated",
      "TC1.CT2 tinh muc-1 có stated", "TC1.CT2 tinh muc-2 có stated",
      "TC1.CT3 huyen muc-1 có stated", "TC1.CT3 huyen muc-2 có stated",
      "TC1.CT3 tinh muc-1 có stated", "TC1.CT3 tinh muc-2 có stated",
      "TC1.CT4 huyen muc-1 có stated", "TC1.CT4 huyen muc-2 có stated",
      "TC1.CT4 tinh muc-1 có stated", "TC1.CT4 tinh muc-2 có stated",
      "TC1.CT5 huyen muc-1 có stated", "TC1.CT5 huyen muc-2 có stated",
      "TC1.CT5 tinh muc-1 có stated", "TC1.CT5 tinh muc-2 có stated",
      // Tiêu chí 2: Điều 6 khoản 2 (level 1, imported by Điều 12), Điều 7 khoản 2 (level 2, imported by
      // Điều 13). Level 2 of TC2.CT4 reads "có trình độ ngoại ngữ": counted by the certificate column.
      "TC2.CT1 huyen muc-1 ≥90 stated", "TC2.CT1 huyen muc-2 ≥95 stated",
      "TC2.CT1 tinh muc-1 ≥90 stated", "TC2.CT1 tinh muc-2 ≥95 stated",
      "TC2.CT2 huyen muc-1 ≥90 stated", "TC2.CT2 huyen muc-2 ≥95 stated",
      "TC2.CT2 tinh muc-1 ≥90 stated", "TC2.CT2 tinh muc-2 ≥95 stated",
      "TC2.CT3 huyen muc-1 ≥90 stated", "TC2.CT3 huyen muc-2 ≥95 stated",
      "TC2.CT3 tinh muc-1 ≥90 stated", "TC2.CT3 tinh muc-2 ≥95 stated",
      "TC2.CT4 huyen muc-1 ≥50 stated", "TC2.CT4 huyen muc-2 ≥70 inferred",
      "TC2.CT4 tinh muc-1 ≥50 stated", "TC2.CT4 tinh muc-2 ≥70 inferred",
      "TC2.CT5 huyen muc-1 ≥90 stated", "TC2.CT5 huyen muc-2 ≥95 stated",
      "TC2.CT5 tinh muc-1 ≥90 stated", "TC2.CT5 tinh muc-2 ≥95 stated",
      // Tiêu chí 3: khoản 3 of each article, point by point.
      "TC3.CT1 huyen muc-1 ≥90 stated", "TC3.CT1 huyen muc-2 ≥95 stated",
      "TC3.CT1 tinh muc-1 ≥90 stated", "TC3.CT1 tinh muc-2 ≥95 stated",
      "TC3.CT1b huyen muc-1 ≥95 stated", "TC3.CT1b huyen muc-2 ≥97 stated",
      "TC3.CT1b tinh muc-1 ≥95 stated", "TC3.CT1b tinh muc-2 ≥97 stated",
      "TC3.CT2 huyen muc-1 có stated", "TC3.CT2 huyen muc-2 có stated",
      "TC3.CT2 tinh muc-1 có stated", "TC3.CT2 tinh muc-2 có stated",
      // "từ “Tập thể lao động tiên tiến” … trở lên" at every level (Điều 6, 7, 12, 13 khoản 3 điểm c).
      "TC3.CT3 huyen muc-1 ≥tt-ldtt stated", "TC3.CT3 huyen muc-2 ≥tt-ldtt stated",
      "TC3.CT3 tinh muc-1 ≥tt-ldtt stated", "TC3.CT3 tinh muc-2 ≥tt-ldtt stated",
      "TC3.CT4 huyen muc-1 ≥co-ban stated", "TC3.CT4 huyen muc-2 ≥tot stated",
      "TC3.CT4 tinh muc-1 ≥co-ban stated", "TC3.CT4 tinh muc-2 ≥tot stated",
      "TC3.CT5 tinh muc-1 ≥co-ban stated", "TC3.CT5 tinh muc-2 ≥tot stated",
      // Accreditation: điểm đ at district level, điểm e at provincial level.
      "TC3.CT6 huyen muc-1 có stated", "TC3.CT6 huyen muc-2 có stated",
      "TC3.CT6 tinh muc-1 có stated", "TC3.CT6 tinh muc-2 có stated");

  @Test
  void builtInTt24MatchesTheDomainNotes() throws RulesetException {
    LoadedRuleset loaded = new RulesetLoader().resolve("tt24");

    Ruleset tt24 = loaded.ruleset();
    assertThat(loaded.origin()).isEqualTo("rulesets/tt24.yaml");
    assertThat(tt24.id()).isEqualTo("tt24");
    assertThat(tt24.levels()).extracting(l -> l.id() + " " + l.rank()).containsExactly("muc-1 1", "muc-2 2");
    assertThat(tt24.authorities()).extracting(a -> a.id()).containsExactly("huyen", "tinh");
    assertThat(targets(tt24)).containsExactlyElementsOf(TT24_TARGETS);
  }

  @Test
  void everyTt24TargetCitesItsSource() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();

    assertThat(tt24.indicators()).flatExtracting(Indicator::targets).isNotEmpty()
        .allSatisfy(t -> assertThat(t.citation()).isNotBlank());
  }

  @Test
  void tt24IndicatorsMeasureWhatTheNotesSay() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();

    assertThat(measure(tt24, "TC2.CT1"))
        .isEqualTo(new Measure.Share("thanh-vien", new MemberTest.IsYes("ky-luat-lao-dong")));
    assertThat(measure(tt24, "TC2.CT5"))
        .isEqualTo(new Measure.Share("thanh-vien", new MemberTest.AtLeast("danh-hieu-thi-dua", "ldtt")));
    Measure.Share learners = (Measure.Share) measure(tt24, "TC3.CT1b");
    assertThat(learners.population()).isEqualTo("nguoi-hoc");
    // The title as given, or from the ten scores of Quyết định 324 (80 points, none under 5), inferred.
    MemberTest.Scored title = (MemberTest.Scored) learners.test();
    assertThat(title.field()).isEqualTo("cong-dan-hoc-tap");
    assertThat(title.rule().parts()).hasSize(10).startsWith("cdht-1").endsWith("cdht-10");
    assertThat(title.rule().minTotal()).isEqualByComparingTo("80");
    assertThat(title.rule().minEach()).isEqualByComparingTo("5");
    assertThat(title.rule().confidence()).isEqualTo(vn.dvht.model.Confidence.INFERRED);
    assertThat(((Measure.Share) measure(tt24, "TC3.CT1")).test()).isEqualTo(title);
    assertThat(measure(tt24, "TC3.CT3")).isEqualTo(new Measure.UnitRank("danh-hieu-tap-the"));
    assertThat(tt24.scale("danh-hieu-ca-nhan").items()).extracting(i -> i.id())
        .containsExactly("ldtt", "cstdcs", "cstd-bo-nganh-tinh", "cstd-toan-quoc");
    assertThat(tt24.scale("danh-hieu-tap-the").items()).extracting(i -> i.id())
        .containsExactly("tt-ldtt", "tt-ldxs", "co-bo-nganh-tinh", "co-chinh-phu");
    assertThat(tt24.scale("muc-chuyen-doi-so").items()).extracting(i -> i.id())
        .containsExactly("chua-dap-ung", "co-ban", "tot");
  }

  @Test
  void tt24AppliesIndicatorsToTheRightUnitTypes() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();

    assertThat(unitTypes(tt24, "TC1.CT3")).doesNotContain("to-chuc-kinh-te", "hoi")
        .contains("co-quan-nha-nuoc", "ubnd-xa", "don-vi-su-nghiep-cong-lap", "thpt", "dai-hoc", "co-quan-dang");
    assertThat(tt24.indicator("TC1.CT3").orElseThrow().ownerships()).containsExactly("cong-lap");
    assertThat(tt24.indicator("TC1.CT3").orElseThrow().readings().keySet())
        .containsExactlyInAnyOrder("co-quan-dang", "mttq-doan-the", "quan-su", "cong-an", "ban-quan-ly-khu");
    assertThat(unitTypes(tt24, "TC2.CT4")).doesNotContain("to-chuc-kinh-te").hasSize(tt24.unitTypes().size() - 1);
    // Điều 2 khoản 8: no learners in preschools, primary, lower-secondary and district ethnic schools.
    assertThat(unitTypes(tt24, "TC3.CT1b")).containsExactlyInAnyOrder("pt-dan-toc-noi-tru", "thpt", "truong-chuyen",
        "du-bi-dai-hoc", "khuyet-tat", "giao-duong", "gdtx", "hoa-nhap", "dai-hoc", "giao-duc-nghe-nghiep",
        "gdnn-gdtx", "co-so-giao-duc-khac");
    assertThat(scope(tt24, "TC3.CT1b", "huyen", "muc-1").unitTypes())
        .containsExactlyInAnyOrder("giao-duc-nghe-nghiep", "gdnn-gdtx", "co-so-giao-duc-khac");
    assertThat(scope(tt24, "TC3.CT1b", "tinh", "muc-1").narrows()).isFalse();
    assertThat(scope(tt24, "TC3.CT4", "huyen", "muc-2").unitTypes())
        .containsExactlyInAnyOrder("tieu-hoc", "thcs", "pt-dan-toc-ban-tru", "pt-dan-toc-noi-tru");
    assertThat(scope(tt24, "TC3.CT4", "tinh", "muc-2").unitTypes())
        .containsExactlyInAnyOrder("thpt", "gdtx", "truong-chuyen", "pt-dan-toc-noi-tru", "gdnn-gdtx");
    assertThat(scope(tt24, "TC3.CT4", "tinh", "muc-2").readings().keySet())
        .containsExactlyInAnyOrder("truong-chuyen", "pt-dan-toc-noi-tru", "gdnn-gdtx");
    // Điều 7 khoản 3 điểm c: at district level 2, only "cơ quan, đơn vị sự nghiệp công lập".
    assertThat(scope(tt24, "TC3.CT3", "huyen", "muc-1").narrows()).isFalse();
    assertThat(scope(tt24, "TC3.CT3", "huyen", "muc-2").unitTypes()).isEqualTo(unitTypes(tt24, "TC1.CT3"));
    assertThat(scope(tt24, "TC3.CT3", "huyen", "muc-2").ownerships()).containsExactly("cong-lap");
    assertThat(scope(tt24, "TC3.CT3", "tinh", "muc-2").narrows()).isFalse();
    assertThat(unitTypes(tt24, "TC3.CT5")).containsExactly("dai-hoc");
    assertThat(unitTypes(tt24, "TC3.CT6")).containsExactlyInAnyOrder("giao-duc-nghe-nghiep", "gdnn-gdtx");
    assertThat(unitTypes(tt24, "TC1.CT1")).hasSameSizeAs(tt24.unitTypes());
  }

  @Test
  void tt24TellsWhichAuthorityEachKindOfUnitBelongsTo() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();

    assertThat(tt24.unitTypes()).filteredOn(t -> !t.belongsTo("huyen")).extracting(t -> t.id())
        .containsExactlyInAnyOrder("ban-quan-ly-khu", "thpt", "truong-chuyen", "du-bi-dai-hoc", "khuyet-tat",
            "giao-duong", "gdtx", "hoa-nhap", "dai-hoc");
    assertThat(tt24.unitTypes()).filteredOn(t -> !t.belongsTo("tinh")).extracting(t -> t.id())
        .containsExactlyInAnyOrder("ubnd-xa", "mam-non", "tieu-hoc", "thcs", "pt-dan-toc-ban-tru");
  }

  @Test
  void tt24DeadlinesAreTheLaws() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();

    assertThat(tt24.deadline(vn.dvht.model.Deadline.DOSSIER, "huyen")).contains(java.time.MonthDay.of(1, 15));
    assertThat(tt24.deadline(vn.dvht.model.Deadline.DOSSIER, "tinh")).contains(java.time.MonthDay.of(1, 15));
    assertThat(tt24.deadline(vn.dvht.model.Deadline.APPRAISAL, "tinh")).contains(java.time.MonthDay.of(2, 15));
    assertThat(tt24.deadline(vn.dvht.model.Deadline.REPORT, "huyen")).contains(java.time.MonthDay.of(3, 15));
    assertThat(tt24.deadline(vn.dvht.model.Deadline.REPORT, "tinh")).isEmpty();
    assertThat(tt24.deadlines()).extracting(d -> d.citation()).containsExactly(
        "Điều 10 khoản 1 điểm c; Điều 16 khoản 1 điểm c", "Điều 10 khoản 3; Điều 16 khoản 3", "Điều 20 khoản 3");
    Ruleset tt22 = new RulesetLoader().resolve("tt22").ruleset();
    assertThat(tt22.deadline(vn.dvht.model.Deadline.DOSSIER, "huyen")).contains(java.time.MonthDay.of(4, 1));
  }

  @Test
  void everyInferredTargetSaysWhatItWasInferredFrom() throws RulesetException {
    for (String id : RulesetLoader.BUILTIN) {
      Ruleset ruleset = new RulesetLoader().resolve(id).ruleset();
      assertThat(ruleset.indicators()).flatExtracting(Indicator::targets)
          .filteredOn(t -> t.confidence() == vn.dvht.model.Confidence.INFERRED)
          .as(id).allSatisfy(t -> assertThat(t.note()).isNotBlank());
    }
  }

  @Test
  void tt24WordsTc1Ct2AsTheCircularAndShowsThePreschoolClauseToPublicPreschoolsOnly() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();
    Indicator ct2 = tt24.indicator("TC1.CT2").orElseThrow();
    String clause = "Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập tham gia thực hiện tập"
        + " huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non"
        + " dân lập, tư thục trên địa bàn theo quy định.";

    assertThat(ct2.text()).doesNotContain("mầm non").endsWith("tích cực học tập.");
    assertThat(ct2.textFor(new vn.dvht.model.UnitProfile("", "huyen", "mam-non", 2024, "cong-lap")))
        .isEqualTo(ct2.text() + " " + clause);
    assertThat(ct2.textFor(new vn.dvht.model.UnitProfile("", "huyen", "mam-non", 2024, "ngoai-cong-lap")))
        .isEqualTo(ct2.text());
    assertThat(ct2.textFor(new vn.dvht.model.UnitProfile("", "huyen", "thcs", 2024, "cong-lap")))
        .isEqualTo(ct2.text());
    assertThat(ct2.textFor(new vn.dvht.model.UnitProfile("", "huyen", "co-quan-dang", 2024, ""))).isEqualTo(ct2.text());
  }

  @Test
  void tt24SaysWhereTheDossierGoesByYearAndSaysWhenItDoesNotKnow() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();
    var district = tt24.authority("huyen");
    var province = tt24.authority("tinh");

    assertThat(district.dossierFor(2024).orElseThrow().recipient()).isEqualTo("Phòng Giáo dục và Đào tạo");
    assertThat(district.dossierFor(2024).orElseThrow().decidedBy()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp huyện");
    assertThat(district.dossierFor(2025).orElseThrow().recipient()).isEmpty();
    assertThat(district.dossierFor(2025).orElseThrow().decidedBy()).isEmpty();
    assertThat(district.dossierFor(2026).orElseThrow().note()).contains("01/7/2025", "Sở Giáo dục và Đào tạo");
    assertThat(province.dossierFor(2030).orElseThrow().recipient()).isEqualTo("Sở Giáo dục và Đào tạo");
    assertThat(province.dossierFor(2024).orElseThrow().decidedBy()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp tỉnh");
    assertThat(tt24.procedures()).extracting(p -> p.id() + " " + p.level() + " " + p.checkable() + " " + p.citation())
        .containsExactly("cho-12-thang muc-2 true Điều 5 khoản 3; Điều 11 khoản 3",
            "bao-luu-3-nam  false Điều 5 khoản 4; Điều 11 khoản 4");
  }

  @Test
  void tt22WordsItsIndicatorsAsTheCircular() throws RulesetException {
    Ruleset tt22 = new RulesetLoader().resolve("tt22").ruleset();

    assertThat(tt22.indicator("TC2.CT1").orElseThrow().text()).contains("được lãnh đạo đơn vị phê duyệt")
        .doesNotContain("thủ trưởng");
    assertThat(tt22.criteria()).extracting(c -> c.title()).containsExactly(
        "Tiêu chí đánh giá về xây dựng \"Đơn vị học tập\" (tối đa 30 điểm)",
        "Tiêu chí đánh giá về kết quả học tập của thành viên (tối đa 30 điểm)",
        "Tiêu chí đánh giá hiệu quả, tác động của xây dựng \"Đơn vị học tập\" (tối đa 40 điểm)");
    assertThat(tt22.indicator("TC3.CT1").orElseThrow().text().split("– ")).hasSize(9);
    assertThat(tt22.indicators()).flatExtracting(Indicator::targets)
        .allSatisfy(t -> assertThat(t.citation()).matches("Điều 5 khoản [123], ý thứ (nhất|hai|ba|tư)"));
  }

  @Test
  void aRulesetFileLoadsByPath() throws RulesetException {
    LoadedRuleset byPath = new RulesetLoader().resolve(Path.of("..", "rulesets", "tt24.yaml").toString());

    assertThat(byPath.ruleset()).isEqualTo(new RulesetLoader().resolve("tt24").ruleset());
    assertThat(byPath.origin()).isEqualTo(Path.of("..", "rulesets", "tt24.yaml").toString());
  }

  @Test
  void jsonAndYamlSpellingsOfARulesetLoadTheSame() throws RulesetException {
    Ruleset yaml = new RulesetLoader().resolve(VALID.resolve("mini.yaml").toString()).ruleset();
    Ruleset json = new RulesetLoader().resolve(VALID.resolve("mini.json").toString()).ruleset();

    assertThat(json).isEqualTo(yaml);
    assertThat(json.indicators()).hasSize(2);
  }

  @Test
  void anUnknownBuiltInIdIsOneR000() {
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().resolve("tt99"));

    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("R000");
      assertThat(d.position()).isEqualTo(new SourcePosition.InFile("tt99"));
    });
    assertThat(formatted(e))
        .isEqualTo("tt99: lỗi[R000]: không tìm thấy tệp bộ tiêu chí; các bộ tích hợp sẵn: tt24, tt22\n");
  }

  @Test
  void loadBuiltinRefusesAnythingButABuiltInId() {
    RulesetException e =
        catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().loadBuiltin("../tt24"));

    assertThat(formatted(e))
        .isEqualTo("../tt24: lỗi[R000]: không có bộ tiêu chí tích hợp \"../tt24\"; các bộ có sẵn: tt24, tt22\n");
  }

  @Test
  void aMissingFileIsOneR000(@TempDir Path dir) {
    String missing = dir.resolve("khong-co.yaml").toString();

    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().resolve(missing));

    assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("R000");
    assertThat(formatted(e))
        .isEqualTo(missing + ": lỗi[R000]: không tìm thấy tệp bộ tiêu chí; các bộ tích hợp sẵn: tt24, tt22\n");
  }

  @Test
  void aDirectoryIsOneR000(@TempDir Path dir) {
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(dir));

    assertThat(formatted(e)).isEqualTo(dir + ": lỗi[R000]: không dùng được tệp bộ tiêu chí: đây là thư mục, không phải tệp\n");
  }

  @Test
  void aFileOverTwoMegabytesFailsFastWithoutBeingParsed(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("lon.yaml");
    // Valid YAML all the way, so only the size can be the reason it fails.
    Files.writeString(big, "schema: 1\nnote: " + "a".repeat((int) RulesetLoader.MAX_BYTES) + "\n");

    long start = System.nanoTime();
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(big));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(formatted(e)).isEqualTo(big + ": lỗi[R000]: không dùng được tệp bộ tiêu chí: tệp lớn hơn 2 MB\n");
  }

  @Test
  void aFileOfExactlyTwoMegabytesIsStillRead(@TempDir Path dir) throws IOException {
    Path edge = dir.resolve("vua.yaml");
    String head = "schema: 1\nnote: ";
    Files.writeString(edge, head + "a".repeat((int) RulesetLoader.MAX_BYTES - head.length() - 1) + "\n");

    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(edge));

    assertThat(e.diagnostics()).extracting(Diagnostic::code).doesNotContain("R000").contains("R004");
  }

  @Test
  void aRulesetCannotPullInAnotherFileExceptThroughExtends(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("goc.yaml"), Files.readString(VALID.resolve("mini.yaml")));
    Path ruleset = dir.resolve("mo-rong.yaml");
    Files.writeString(ruleset, "$ref: goc.yaml\nincluded: !include goc.yaml\n");

    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader().load(ruleset));

    // Nothing of goc.yaml was read: the keys are unknown and every required key is still missing.
    assertThat(e.diagnostics()).extracting(Diagnostic::code).contains("R003", "R004").doesNotContain("R000");
    assertThat(e.diagnostics()).filteredOn(d -> d.code().equals("R004")).hasSize(10);
  }

  /** Only the loader touches the file system, and only through the path it was given. */
  @Test
  void onlyTheLoaderOpensFiles() throws IOException {
    Path sources = Path.of("src", "main", "java", "vn", "dvht", "ruleset");
    List<String> openers = new ArrayList<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path file : files.toList()) {
        String code = Files.readString(file);
        if (code.contains("java.nio.file") || code.contains("java.io.File") || code.contains("java.net")
            || code.contains("getResource")) {
          openers.add(file.getFileName().toString());
        }
      }
    }
    assertThat(openers).containsExactly("RulesetLoader.java");
  }

  private static List<String> targets(Ruleset ruleset) {
    List<String> lines = new ArrayList<>();
    for (Indicator indicator : ruleset.indicators()) {
      for (Target target : indicator.targets()) {
        target.authorities().stream().sorted().forEach(a -> lines.add(String.join(" ",
            indicator.id(), a, target.level(), bar(target.requirement()), target.confidence().key())));
      }
    }
    return lines;
  }

  private static String bar(Requirement requirement) {
    if (requirement instanceof Requirement.MinPercent p) {
      return "≥" + p.percent().toPlainString();
    }
    if (requirement instanceof Requirement.MinRank r) {
      return "≥" + r.item();
    }
    return "có";
  }

  private static Measure measure(Ruleset ruleset, String indicator) {
    return ruleset.indicator(indicator).orElseThrow().measure();
  }

  private static vn.dvht.model.Scope scope(Ruleset ruleset, String indicator, String authority, String level) {
    return ruleset.indicator(indicator).orElseThrow().targets().stream()
        .filter(t -> t.authorities().contains(authority) && t.level().equals(level)).findFirst().orElseThrow().scope();
  }

  private static Set<String> unitTypes(Ruleset ruleset, String indicator) {
    return ruleset.indicator(indicator).orElseThrow().unitTypes();
  }

  private static String formatted(RulesetException e) {
    return new DiagnosticFormatter(Messages.wording(), e::sourceLines).formatAll(e.diagnostics());
  }
}
