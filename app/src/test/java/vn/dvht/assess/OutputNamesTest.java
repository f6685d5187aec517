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
}
