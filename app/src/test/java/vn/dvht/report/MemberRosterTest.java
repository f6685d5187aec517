package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Member;
import vn.dvht.model.SourceRow;

/** The roster keeps every member in order, in memory or spilled to a file no one sees. */
class MemberRosterTest {

  @Test
  void membersComeBackInOrderFromMemoryAndFromTheSpillFile() throws Exception {
    List<String> before = dvhtTemporaries();
    try (MemberRoster roster = new MemberRoster(List.of("thanh-vien", "nguoi-hoc"), 4096)) {
      for (int i = 0; i < 5_000; i++) {
        roster.add(member(i));
      }
      assertThat(dvhtTemporaries()).as("the spill file has no name on a POSIX system").isEqualTo(before);
      MemberRoster.Cursor one = roster.cursor();
      MemberRoster.Cursor two = roster.cursor();
      for (int i = 0; i < 5_000; i++) {
        assertThat(one.next()).isTrue();
        assertThat(List.of(one.row(), one.name(), one.memberId(), one.population()))
            .as("member %d", i).isEqualTo(List.of(i + 2, name(i), "ID-" + i, i % 4 == 0 ? 1 : 0));
        if (i % 2 == 0) {
          assertThat(two.next()).isTrue();
        }
      }
      assertThat(one.next()).isFalse();
      assertThat(roster.size()).isEqualTo(5_000);
    }
    assertThat(dvhtTemporaries()).isEqualTo(before);
  }

  @Test
  void aSmallUnitStaysInMemory() throws Exception {
    try (MemberRoster roster = new MemberRoster(List.of("thanh-vien", "nguoi-hoc"), 1 << 20)) {
      roster.add(member(1));
      MemberRoster.Cursor c = roster.cursor();
      assertThat(c.next()).isTrue();
      assertThat(c.name()).isEqualTo(name(1));
      assertThat(c.next()).isFalse();
    }
  }

  /** Names of every length, one longer than a read block, in Vietnamese. */
  private static String name(int i) {
    if (i == 3_333) {
      return "Trần Thị Hoà ".repeat(7_000);
    }
    return "Nguyễn Văn " + "Ánh".repeat(i % 50) + " " + i;
  }

  private static Member member(int i) {
    return new Member(new SourceRow("Thành viên", i + 2), name(i), "ID-" + i, i % 4 == 0 ? "nguoi-hoc" : "thanh-vien",
        Map.of());
  }

  private static List<String> dvhtTemporaries() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("dvht-members-")).sorted().toList();
    }
  }
}
