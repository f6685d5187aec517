package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * Rulesets that try to read what is not a ruleset through {@code extends}: a secret file, the process
 * environment, a system file through a link, a FIFO. {@code ruleset check} and {@code evaluate} refuse
 * each one at the {@code extends} line, agree on the verdict, and print no byte of the file named.
 */
@Timeout(60)
class HostileExtendsTest {
  private static final Path MEMBERS = Path.of("src", "test", "resources", "bad-input", "ok-baseline.xlsx");
  private static final String TOKEN = "dvht-planted-token-7f3a91";

  @TempDir Path dir;

  @Test
  void aFileWithoutSchemaIsRefusedWithoutShowingALineOfIt() throws IOException {
    Files.writeString(dir.resolve("bi-mat.yaml"), "GITHUB_TOKEN=" + TOKEN + "\nmat-khau: hunter2-" + TOKEN + "\n");
    Path child = child("extends: bi-mat.yaml");
    for (CliRun run : checkAndEvaluate(child)) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains("con.yaml:2:10: lỗi[R023]", "không phải bộ tiêu chí của dvht")
          .doesNotContain(TOKEN, "GITHUB_TOKEN", "hunter2", "mat-khau");
    }
  }

  @Test
  void theProcessEnvironmentCannotBeNamed() throws IOException {
    for (String target : List.of("/proc/self/environ", "/proc/self/environ.yaml", "../../../../proc/self/environ")) {
      for (CliRun run : checkAndEvaluate(child("extends: " + target))) {
        assertThat(run.code()).as(target).isEqualTo(3);
        assertThat(run.out() + run.err()).as(target).contains("lỗi[R02").doesNotContain("PATH=", "HOME=");
      }
    }
  }

  @Test
  void aLinkToASystemFileIsRefusedAsSpecialOrNotARuleset() throws IOException {
    Path environ = Path.of("/proc/self/environ");
    assumeTrue(Files.isReadable(environ), "a Linux /proc");
    Files.createSymbolicLink(dir.resolve("env.yaml"), environ);
    for (CliRun run : checkAndEvaluate(child("extends: env.yaml"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains("con.yaml:2:10: lỗi[R022]", "không phải tệp thông thường")
          .doesNotContain("PATH=", "HOME=");
    }
    Path passwd = Path.of("/etc/passwd");
    assumeTrue(Files.isReadable(passwd), "an /etc/passwd");
    Files.createSymbolicLink(dir.resolve("passwd.yaml"), passwd);
    List<String> lines = Files.readAllLines(passwd).stream().filter(l -> l.length() > 8).toList();
    for (CliRun run : checkAndEvaluate(child("extends: passwd.yaml"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains("lỗi[R023]").doesNotContain("root:", "/bin/");
      lines.forEach(l -> assertThat(run.out() + run.err()).doesNotContain(l));
    }
  }

  @Test
  void aFifoIsRefusedAtOnceNotWaitedOn() throws Exception {
    Path fifo = dir.resolve("ong.yaml");
    assumeTrue(mkfifo(fifo), "mkfifo");
    long start = System.nanoTime();
    for (CliRun run : checkAndEvaluate(child("extends: ong.yaml"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains("lỗi[R022]", "ống FIFO");
    }
    CliRun direct = CliRun.of("ruleset", "check", fifo.toString());
    assertThat(direct.code()).isEqualTo(3);
    assertThat(direct.out()).contains("lỗi[R000]", "ống FIFO");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aBaseThatIsNotAMappingFailsCheckAsItFailsEvaluate() throws IOException {
    Files.writeString(dir.resolve("danh-sach.json"), "[{\"schema\": 1}]");
    Files.writeString(dir.resolve("chu.yaml"), "\"schema: 1\"\n");
    for (String base : List.of("danh-sach.json", "chu.yaml")) {
      for (CliRun run : checkAndEvaluate(child("extends: " + base))) {
        assertThat(run.code()).as(base).isEqualTo(3);
        assertThat(run.out() + run.err()).as(base).contains("con.yaml:2:10: lỗi[R023]", "không phải một ánh xạ");
      }
    }
  }

  @Test
  void anExtensionOutsideYamlAndJsonIsRefusedBeforeLookingForTheFile() throws IOException {
    Files.writeString(dir.resolve("goc.txt"), "schema: 1\n" + TOKEN + "\n");
    for (CliRun run : checkAndEvaluate(child("extends: goc.txt"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains("lỗi[R023]", ".yaml, .yml hay .json").doesNotContain(TOKEN);
    }
  }

  @Test
  void aHigherLevelAskingLessIsAWarningThatKeepsTheRulesetValid() throws IOException {
    Path child = child("""
        extends: tt24
        id: tinh-x
        title: Hướng dẫn tỉnh X
        criteria:
          - id: TC2
            indicators:
              - id: TC2.CT1
                targets:
                  - {authority: tinh, level: muc-2, min: 80, confidence: stated, citation: HD 12}
        """);
    CliRun run = CliRun.of("ruleset", "check", child.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(child + ":10:50: cảnh báo[R030]: chỉ tiêu TC2.CT1: ngưỡng của Mức độ 2 là 80 %, "
        + "thấp hơn 90 % của Mức độ 1", "Có 1 cảnh báo.");
    CliRun json = CliRun.of("ruleset", "check", "--format", "json", child.toString());
    assertThat(json.out()).contains("\"valid\" : true", "\"severity\" : \"warning\"", "\"code\" : \"R030\"");
  }

  private Path child(String body) throws IOException {
    return Files.writeString(dir.resolve("con.yaml"), "schema: 1\n" + body + "\n", StandardCharsets.UTF_8);
  }

  private static List<CliRun> checkAndEvaluate(Path ruleset) {
    return List.of(CliRun.of("ruleset", "check", ruleset.toString()),
        CliRun.of("evaluate", MEMBERS.toString(), "--no-files", "--ruleset", ruleset.toString()));
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    }
  }
}
