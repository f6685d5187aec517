package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of {@code dvht.cmd} from its text ({@link WindowsLauncherIT} runs it under Wine): it is read by cmd.exe
 * line by line in the console's code page, so it must be CRLF, without BOM, ASCII until {@code chcp
 * 65001}, every {@code goto} must find its label, the code page must be restored before every exit, and
 * it keeps to single-line commands (no parenthesised blocks, where a ")" in a path ends the block).
 */
class WindowsScriptTest {
  static final Path SCRIPT = Path.of("..", "dvht.cmd");

  static List<String> lines() throws Exception {
    byte[] bytes = Files.readAllBytes(SCRIPT);
    assertThat(bytes[0]).as("no byte-order mark").isNotEqualTo((byte) 0xEF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    String[] raw = text.split("\n", -1);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < raw.length - 1; i++) {
      assertThat(raw[i]).as("line " + (i + 1) + " ends in CRLF").endsWith("\r");
      lines.add(raw[i].substring(0, raw[i].length() - 1));
    }
    return lines;
  }

  @Test
  void crlfWithoutBomAndAsciiUntilTheCodePageIsUtf8() throws Exception {
    List<String> lines = lines();
    int chcp = lines.indexOf("chcp 65001 >nul");
    assertThat(chcp).isPositive();
    for (String line : lines.subList(0, chcp)) {
      assertThat(line.chars().allMatch(c -> c < 0x80)).as(line).isTrue();
    }
    assertThat(String.join("\n", lines.subList(chcp, lines.size()))).contains("cần Java 17 trở lên");
  }

  @Test
  void everyGotoFindsItsLabelAndEveryExitRestoresTheCodePage() throws Exception {
    List<String> lines = lines();
    List<String> labels = lines.stream().filter(l -> l.startsWith(":")).map(l -> l.substring(1).toLowerCase(Locale.ROOT))
        .toList();
    Matcher gotos = Pattern.compile("(?i)\\bgoto :?(\\w+)").matcher(String.join("\n", lines));
    while (gotos.find()) {
      String label = gotos.group(1).toLowerCase(Locale.ROOT);
      assertThat(label.equals("eof") || labels.contains(label)).as("label of " + gotos.group()).isTrue();
    }
    List<Integer> exits = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).toLowerCase(Locale.ROOT).matches("(.* )?exit( .*)?")) {
        exits.add(i);
      }
    }
    // Started by Explorer, "exit" ends cmd.exe itself, so that the rest of a line cut at a & is never run.
    assertThat(exits).hasSize(2);
    assertThat(lines.get(exits.get(0) - 1)).isEqualTo("chcp %DVHT_CP% >nul");
    assertThat(lines.get(exits.get(0))).isEqualTo("if defined EXPLORER exit %RC%");
    assertThat(lines.get(exits.get(1))).isEqualTo("exit /b %RC%");
  }

  @Test
  void droppedFilesAreReadFromCmdsOwnLineNeverFromTheArguments() throws Exception {
    List<String> lines = lines();
    List<String> drop = lines.subList(lines.indexOf(":drop"), lines.indexOf(":end"));
    assertThat(String.join("\n", drop)).doesNotContainPattern("%[*0-9~]").contains("set \"DVHT_CMDLINE=!CMDCMDLINE!\"")
        .contains("explorer-drop");
  }

  @Test
  void singleLineCommandsOnly() throws Exception {
    for (String line : lines()) {
      if (!line.startsWith("rem ")) {
        assertThat(line.strip()).as(line).doesNotEndWith("(").isNotEqualTo(")");
      }
    }
  }
}
