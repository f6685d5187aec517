package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.CliRun;

/**
 * An empty argument — {@code dvht evaluate "$TEP"} with the variable unset — is a usage error, never
 * "the current folder": every file or ruleset argument of every command refuses it before anything is read.
 */
class EmptyArgumentTest {
  private static final String LY_NHAN = "../samples/003-thpt-ly-nhan.xlsx";

  @Test
  void anEmptyFileArgumentIsAUsageErrorNamingIt() {
    CliRun run = CliRun.of("evaluate", "");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Lỗi cú pháp lệnh: TỆP là chuỗi rỗng (\"\"), có lẽ do một biến như \"$TEP\" chưa có giá trị;")
        .contains("dvht không coi chuỗi rỗng là thư mục hiện tại");
    assertThat(CliRun.of("--lang", "en", "evaluate", "").err())
        .startsWith("Command error: FILE is an empty string (\"\"), probably a variable such as \"$FILE\" that has no value;");
  }

  @Test
  void everyPathOptionAndParameterRefusesAnEmptyValue() {
    List<String[]> commands = List.of(
        new String[] {"evaluate", LY_NHAN, ""},
        new String[] {"evaluate", LY_NHAN, "--out", ""},
        new String[] {"evaluate", LY_NHAN, "--ruleset", ""},
        new String[] {"evaluate", LY_NHAN, "--targets", ""},
        new String[] {"evaluate", "../samples/csv/001-mn-hoa-sen.csv", "--unit", ""},
        new String[] {"diff", "", "b.json"},
        new String[] {"template", "-o", ""},
        new String[] {"template", "-o", "x.xlsx", "--ruleset", ""},
        new String[] {"ruleset", "check", ""},
        new String[] {"ruleset", "test", ""},
        new String[] {"ruleset", "show", ""});
    for (String[] args : commands) {
      CliRun run = CliRun.of(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE.code());
      assertThat(run.err()).as(String.join(" ", args)).contains("là chuỗi rỗng").doesNotContain("Exception");
      assertThat(run.out()).as(String.join(" ", args)).isEmpty();
    }
  }
}
