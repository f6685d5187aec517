package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dvht.diag.Messages;
import vn.dvht.testing.CliRun;

/** {@code --lang vi|en} and the locale default: which language the clerk reads. */
class LanguageTest {
  static final String LY_NHAN = "../samples/003-thpt-ly-nhan.xlsx";
  static final String VIETNAMESE_VERDICT = "Kết luận: Đơn vị đạt Mức độ 2.";

  @AfterEach
  void backToVietnamese() {
    Messages.use(Messages.VIETNAMESE);
  }

  @Test
  void englishAfterTheSubcommand() {
    CliRun run = CliRun.of("evaluate", LY_NHAN, "--ruleset", "tt24", "--no-files", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Unit: Trường THPT Lý Nhân — Provincial level, Upper secondary school (public), assessment year 2025")
        .contains("Level 2: MET", "Indicator", "Met/Total", "97.14 %", "≥ 95 % members")
        .contains("Conclusion: The unit reached Level 2.")
        .doesNotContain(VIETNAMESE_VERDICT, "Chỉ tiêu", "ĐẠT", "97,14", "Mức độ", "thành viên");
  }

  @Test
  void englishBeforeTheSubcommandGivesTheSameOutput() {
    CliRun after = CliRun.of("evaluate", LY_NHAN, "--ruleset", "tt24", "--no-files", "--lang=en");
    CliRun before = CliRun.of("--lang", "en", "evaluate", LY_NHAN, "--ruleset", "tt24", "--no-files");

    assertThat(before.code()).isZero();
    assertThat(before.out()).isEqualTo(after.out()).contains("Conclusion:");
  }

  @Test
  void vietnameseByDefault() {
    CliRun run = CliRun.of("evaluate", LY_NHAN, "--ruleset", "tt24", "--no-files");

    assertThat(run.out()).contains(VIETNAMESE_VERDICT).doesNotContain("Conclusion");
  }

  @Test
  void inputErrorsInEnglish() {
    CliRun run = CliRun.of("evaluate", "khong-co.xlsx", "--lang", "en");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.err())
        .contains("khong-co.xlsx: error[", "file not found", "Cannot evaluate")
        .doesNotContain("không tìm thấy tệp");
  }

  @Test
  void usageErrorsInEnglish() {
    CliRun run = CliRun.of("--lang", "en", "evaluate", LY_NHAN, "--khong-co");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).startsWith("Command error: ").contains("See the help: dvht evaluate --help");
  }

  @Test
  void anEnglishLocaleMeansEnglish() {
    CliRun run = CliRun.withEnv(Map.of("LANG", "en_US.UTF-8"), "evaluate", LY_NHAN, "--ruleset", "tt24", "--no-files");

    assertThat(run.out()).contains("Conclusion: The unit reached Level 2.");
  }

  @Test
  void langOverridesTheLocale() {
    CliRun run = CliRun.withEnv(Map.of("LC_ALL", "en_GB.UTF-8"), "evaluate", LY_NHAN, "--ruleset", "tt24",
        "--no-files", "--lang", "vi");

    assertThat(run.out()).contains(VIETNAMESE_VERDICT);
  }

  @Test
  void anUnknownLanguageIsAUsageErrorInBothLanguages() {
    CliRun run = CliRun.withEnv(Map.of("LANG", "en_US.UTF-8"), "--lang", "fr", "evaluate", LY_NHAN);

    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("""
        Lỗi cú pháp lệnh: ngôn ngữ "fr" không được hỗ trợ; chọn: vi, en
        Command error: language "fr" is not supported; choose: vi, en
        """);
    assertThat(CliRun.of("evaluate", LY_NHAN, "--lang").err()).contains("--lang needs a value: vi or en");
  }

  @Test
  void anInProcessRunLeavesTheCatalogueAsItWas() {
    CliRun.of("evaluate", "khong-co.xlsx", "--lang", "en");

    assertThat(Messages.current()).isEqualTo(Messages.VIETNAMESE);
    assertThat(Messages.get("cli.wrote", "x")).isEqualTo("Đã ghi: x");
  }

  @Test
  void versionInEnglish() {
    CliRun run = CliRun.of("--version", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).matches("dvht \\d+\\.\\d+\\.\\d+\\RLicence: Apache License 2\\.0 \\(the LICENSE file[^\\n]*\\R");
  }

  @Test
  void helpInEnglish() {
    CliRun run = CliRun.of("--lang", "en", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Usage: dvht ")
        .contains("Show this help.", "Show the version.", "Exit codes:", "assessment finished",
            "Assess one unit: level reached", "Example: dvht evaluate")
        .doesNotContain("Cách dùng", "Hiện trợ giúp này.", "Mã thoát");
  }

  @Test
  void subcommandHelpInEnglish() {
    CliRun run = CliRun.of("evaluate", "--help", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Assess one unit: level reached, each indicator")
        .contains("Usage: dvht evaluate ", "Parameters:", "Options:", "Only print the result; write no files.",
            "Report format: docx, html, md or json. Default: docx.")
        .doesNotContain("Tùy chọn", "Chỉ in kết quả, không ghi tệp.");
  }

  @Test
  void helpInEnglishFromAnEnglishLocale() {
    CliRun run = CliRun.withEnv(Map.of("LANG", "en_US.UTF-8"), "--help");

    assertThat(run.out()).contains("Usage: dvht ", "Show this help.").doesNotContain("Hiện trợ giúp này.");
  }

  @Test
  void everyCommandHasItsHelpInEnglish() {
    for (String command : List.of("", "evaluate", "template", "diff", "ruleset", "ruleset check", "ruleset test",
        "ruleset list", "ruleset show", "ruleset schema")) {
      List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
      args.addAll(List.of("--help", "--lang", "en"));
      String out = CliRun.of(args.toArray(String[]::new)).out();

      assertThat(out).as(command).contains("Usage: dvht", "Show this help.", "Language of messages and reports")
          .doesNotContain("Cách dùng", "Tùy chọn", "Tham số", "Lệnh:");
    }
  }

  @Test
  void vietnameseHelpIsUnchangedAfterAnEnglishRun() {
    String dvht = CliRun.of("--help").out();
    String check = CliRun.of("ruleset", "check", "--help").out();

    CliRun.of("--lang", "en", "--help");
    CliRun.of("ruleset", "check", "--help", "--lang", "en");

    assertThat(CliRun.of("--help").out()).isEqualTo(dvht).startsWith("Cách dùng: dvht ").contains("Hiện trợ giúp này.");
    assertThat(CliRun.of("ruleset", "check", "--help").out()).isEqualTo(check).contains("Tham số:");
  }

  @Test
  void helpIgnoresTheJvmDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);

      assertThat(CliRun.of("--help").out()).startsWith("Cách dùng: dvht ");
      assertThat(CliRun.of("--help", "--lang", "en").out()).startsWith("Usage: dvht ");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theLocaleIsTakenFromTheFirstVariableSet() {
    assertThat(Language.fromEnvironment(Map.<String, String>of()::get)).isEqualTo(Language.VI);
    assertThat(Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8")::get)).isEqualTo(Language.EN);
    assertThat(Language.fromEnvironment(Map.of("LANG", "en")::get)).isEqualTo(Language.EN);
    assertThat(Language.fromEnvironment(Map.of("LANG", "C.UTF-8")::get)).isEqualTo(Language.VI);
    assertThat(Language.fromEnvironment(Map.of("LANG", "vi_VN.UTF-8")::get)).isEqualTo(Language.VI);
    assertThat(Language.fromEnvironment(Map.of("LANG", "es_ES.UTF-8")::get)).isEqualTo(Language.VI);
    assertThat(Language.fromEnvironment(Map.of("LC_ALL", "vi_VN.UTF-8", "LANG", "en_US.UTF-8")::get))
        .isEqualTo(Language.VI);
    assertThat(Language.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "en_US", "LANG", "vi_VN")::get))
        .isEqualTo(Language.EN);
  }

  @Test
  void langIsFoundAnywhereBeforeTheEndOfOptions() {
    assertThat(LanguageOption.value(new String[] {"evaluate", "a.xlsx", "--lang", "en"})).contains("en");
    assertThat(LanguageOption.value(new String[] {"--lang=en", "evaluate"})).contains("en");
    assertThat(LanguageOption.value(new String[] {"--lang", "vi", "evaluate", "--lang", "en"})).contains("en");
    assertThat(LanguageOption.value(new String[] {"evaluate", "--lang"})).contains("");
    assertThat(LanguageOption.value(new String[] {"evaluate", "--", "--lang", "en"})).isEmpty();
  }
}
