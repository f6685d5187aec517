package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each unit's outputs get a name no other unit of the run has, and the same name every run. */
class OutputNamesTest {

  @Test
  void aNameIsTheInputsOwnWhenNoOtherInputHasIt() {
    assertThat(OutputNames.of(List.of(Path.of("don-vi/truong-a.xlsx"), Path.of("don-vi/truong-b.csv"))).values())
        .containsExactly("truong-a", "truong-b");
  }

  @Test
  void inputsSharingANameAreToldApartByExtensionThenFolder() {
    List<Path> inputs = List.of(Path.of("in/a.xlsx"), Path.of("in/a.csv"), Path.of("in/a-2.xlsx"),
        Path.of("dot-1/danh-sach.xlsx"), Path.of("dot-2/danh-sach.xlsx"), Path.of("in/DANH-SACH.xls"));
    Map<Path, String> names = OutputNames.of(inputs);
    assertThat(names.values()).containsExactly("a-xlsx", "a-csv", "a-2", "dot-1-danh-sach", "dot-2-danh-sach",
        "DANH-SACH-xls");
    assertThat(new HashSet<>(names.values().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())).hasSize(6);
    assertThat(OutputNames.of(inputs)).as("the same every run").isEqualTo(names);
  }

  @Test
  void aLongNameIsCutSoItsOutputsFitTheFileSystem() {
    String stem = "Danh sách thành viên đơn vị học tập ".repeat(8).strip();
    String name = OutputNames.of(List.of(Path.of(stem + ".xlsx"))).values().iterator().next();
    assertThat((name + "-ket-qua.xlsx").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    assertThat(name).startsWith("Danh sách thành viên").matches(".*-[0-9a-f]{8}");
  }

  @Test
  void charactersWindowsRefusesAndControlAndBidiCharactersAreReplaced() {
    assertThat(OutputNames.portable("a:b?c<d>e|f\"g*h\\i/j")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
    assertThat(OutputNames.portable("Hoa\u0007Sen\u001b[31m\n")).isEqualTo("Hoa_Sen_[31m_");
    assertThat(OutputNames.portable("bao-cao\u202Excod.exe")).as("a right-to-left override would show 'exe.docx'")
        .isEqualTo("bao-cao_xcod.exe");
    assertThat(OutputNames.portable("Hoa\u200BSen\uFEFF\u2066x\u2069")).isEqualTo("Hoa_Sen__x_");
    assertThat(OutputNames.portable("Trường Mầm non")).as("letters and spaces pass").isEqualTo("Trường Mầm non");
  }

  @Test
  void namesAreNfcSoThatTwinsOfOneNameAreToldApart() {
    String nfd = java.text.Normalizer.normalize("Hòa Bình", java.text.Normalizer.Form.NFD);
    assertThat(OutputNames.portable(nfd)).isEqualTo("Hòa Bình").hasSize(8);
    Map<Path, String> names = OutputNames.of(List.of(Path.of("in/Hòa Bình.xlsx"), Path.of("in/" + nfd + ".xlsx")));
    assertThat(names.values()).as("one looks like the other: each gets its own hash").doesNotHaveDuplicates()
        .allMatch(n -> n.matches("Hòa Bình-[0-9a-f]{8}"));
  }

  @Test
  void deviceNamesLeadingAndTrailingDotsAndEmptyNamesAreAvoided() {
    assertThat(OutputNames.portable("CON")).isEqualTo("_CON");
    assertThat(OutputNames.portable("nul.2025")).as("Windows ignores what follows the dot").isEqualTo("_nul.2025");
    assertThat(OutputNames.portable("com1 ")).isEqualTo("_com1");
    assertThat(OutputNames.portable("LPT9")).isEqualTo("_LPT9");
    assertThat(OutputNames.portable("console")).isEqualTo("console");
    assertThat(OutputNames.portable("danh sach. . ")).isEqualTo("danh sach");
    assertThat(OutputNames.portable(".dvht-000000000000")).as("never one of dvht's own names").isEqualTo("_dvht-000000000000");
    assertThat(OutputNames.portable("...")).isEqualTo("_");
    assertThat(OutputNames.portable("")).isEqualTo("_");
    assertThat(OutputNames.of(List.of(Path.of(".xlsx"), Path.of("CON.csv"))).values()).containsExactly("_", "_CON");
  }

  @Test
  void inputsThatBecomeOneNameAreToldApart() {
    Map<Path, String> names = OutputNames.of(List.of(Path.of("in/a:b.xlsx"), Path.of("in/a_b.xlsx"),
        Path.of("in/a?b.xlsx")));
    assertThat(names.values()).doesNotHaveDuplicates().allMatch(n -> n.matches("a_b-[0-9a-f]{8}"));
  }
}
