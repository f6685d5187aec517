package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.Fifo;

/**
 * What dvht finds at its own names in an output folder and is not its own: a lock that is a FIFO, a
 * link or a folder; journals that are links, FIFOs, folders, huge, someone else's, or name files outside
 * the folder. Each is a clear message naming the file — never a hang, never out of memory, never a file
 * touched outside the folder, and the lock blamed only for the lock.
 */
class OutputFolderTest {
  private static final Duration NEVER_A_HANG = Duration.ofSeconds(30);
  @TempDir Path root;

  @Test
  void aLockThatIsAFifoIsSaidNotWaitedOn() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    assumeTrue(Fifo.make(out.resolve(OwnNames.LOCK)), "mkfifo");
    assertTimeoutPreemptively(NEVER_A_HANG, () -> assertThatThrownBy(() -> OutputFolder.take(out))
        .isInstanceOf(UsageException.class).hasMessageContaining(OwnNames.LOCK)
        .hasMessageContaining("là ống FIFO").hasMessageContaining("tệp khoá rỗng thông thường"));
  }

  @Test
  void aDanglingLinkAtTheLockNeverMakesItsTarget() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path elsewhere = root.resolve("elsewhere.txt");
    Files.createSymbolicLink(out.resolve(OwnNames.LOCK), elsewhere);
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageContaining("là một liên kết (symlink)");
    assertThat(elsewhere).doesNotExist();
  }

  @Test
  void aFolderAtTheLockIsSaidAsSuch() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Files.createDirectory(out.resolve(OwnNames.LOCK));
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageContaining(OwnNames.LOCK + " là một thư mục");
  }

  @Test
  void aFolderNamedLikeAJournalIsNamedAndTheLockIsNotBlamed() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path journal = Files.createDirectory(out.resolve(".dvht-000000000001.commit"));
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageStartingWith(journal + ": là một thư mục")
        .hasMessageContaining("dvht không làm theo tệp này").hasMessageNotContaining(OwnNames.LOCK);
    assertThat(journal).isDirectory();
    Files.delete(journal);
    OutputFolder.take(out).close();
  }

  @Test
  void aJournalThatIsALinkOrAFifoIsNeverOpened() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path fifo = root.resolve("fifo");
    assumeTrue(Fifo.make(fifo), "mkfifo");
    Files.createSymbolicLink(out.resolve(".dvht-000000000001.commit"), fifo);
    assertTimeoutPreemptively(NEVER_A_HANG, () -> assertThatThrownBy(() -> OutputFolder.take(out))
        .isInstanceOf(UsageException.class).hasMessageContaining("là một liên kết (symlink)"));
    Files.delete(out.resolve(".dvht-000000000001.commit"));

    assumeTrue(Fifo.make(out.resolve(".dvht-000000000002.writing")), "mkfifo");
    assertTimeoutPreemptively(NEVER_A_HANG, () -> assertThatThrownBy(() -> OutputFolder.take(out))
        .isInstanceOf(UsageException.class).hasMessageContaining("là ống FIFO"));
  }

  @Test
  void aHugeJournalIsRefusedUnread() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path big = root.resolve("big");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(200L << 20); // sparse: 200 MB that take no room
    }
    Files.createSymbolicLink(out.resolve(".dvht-000000000001.commit"), big);
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageContaining("là một liên kết");
    Files.delete(out.resolve(".dvht-000000000001.commit"));
    Files.move(big, out.resolve(".dvht-000000000001.commit"));
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageContaining("lớn hơn mọi nhật ký ghi tệp dvht tạo ra (" + Journal.MAX_BYTES + " byte)");
  }

  @Test
  void aJournalNamingFilesOutsideTheFolderIsRefusedAndNothingIsTouched() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Path victim = Files.writeString(root.resolve("victim.docx"), "của người khác");
    Files.writeString(out.resolve("a-ket-qua.xlsx"), "kết quả");
    for (String target : List.of("../victim.docx", victim.toString(), "sub/x.docx", "..", ".", "",
        ".dvht.lock", "a\u0000b")) {
      OutputFilesTest.journal(out.resolve(".dvht-000000000001.commit"),
          target + "\t.dvht-000000000002.tmp\t", "a-ket-qua.xlsx\t.dvht-000000000003.tmp\t");
      assertThatThrownBy(() -> OutputFolder.take(out)).as(target).isInstanceOf(UsageException.class)
          .hasMessageContaining(".dvht-000000000001.commit: dòng 2");
    }
    for (String fresh : List.of("../victim.docx", ".dvht-00000000002.tmp", ".dvht-000000000002.bak", "x.tmp")) {
      OutputFilesTest.journal(out.resolve(".dvht-000000000001.commit"), "a-ket-qua.xlsx\t" + fresh + "\t");
      assertThatThrownBy(() -> OutputFolder.take(out)).as(fresh).isInstanceOf(UsageException.class)
          .hasMessageContaining("dòng 2 không phải một mục nhật ký của dvht");
    }
    Files.writeString(out.resolve(".dvht-000000000001.commit"), "a-ket-qua.xlsx\t.dvht-000000000002.tmp\t\n");
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageContaining("không bắt đầu bằng dòng \"dvht-journal 1\"");
    assertThat(victim).hasContent("của người khác");
    assertThat(out.resolve("a-ket-qua.xlsx")).hasContent("kết quả");
  }

  @Test
  void aJournalOfAnotherUserIsNotFollowed() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Files.writeString(out.resolve("a-ket-qua.xlsx"), "kết quả");
    Path journal = out.resolve(".dvht-000000000001.commit");
    OutputFilesTest.journal(journal, "a-ket-qua.xlsx\t.dvht-000000000002.tmp\t");
    UserPrincipal nobody;
    try {
      nobody = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(journal, nobody);
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "changing a file's owner needs root");
      return;
    }
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageContaining("do người dùng khác (nobody) tạo");
    assertThat(out.resolve("a-ket-qua.xlsx")).hasContent("kết quả");
  }

  @Test
  void anEmptyJournalOfARunKilledBeforeItsWriteIsRemoved(@TempDir Path out) throws Exception {
    Files.writeString(out.resolve("a-ket-qua.xlsx"), "kết quả");
    Files.createFile(out.resolve(".dvht-000000000001.commit"));
    Files.createFile(out.resolve(".dvht-000000000002.writing"));
    OutputFolder.take(out).close();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a-ket-qua.xlsx", OwnNames.LOCK);
    }
  }

  @Test
  void moreJournalsThanAnyRunLeavesAreSaidNotRead(@TempDir Path out) throws Exception {
    for (int i = 0; i <= OutputFolder.MAX_JOURNALS; i++) {
      Files.createFile(out.resolve(String.format(".dvht-%012x.writing", i)));
    }
    assertThatThrownBy(() -> OutputFolder.take(out)).isInstanceOf(UsageException.class)
        .hasMessageContaining("có hơn 1000 tệp nhật ký");
  }

  @Test
  void filesOfDvhtsNamesThatNoJournalNamesAreLeftAlone(@TempDir Path out) throws Exception {
    List<String> names = List.of(".dvht-000000000001.tmp", ".dvht-000000000002.bak", ".dvht-evil.commit",
        ".dvht-00000000000G.writing");
    for (String name : names) {
      Files.writeString(out.resolve(name), "không phải của lần chạy nào");
    }
    OutputFolder.take(out).close();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          ".dvht-000000000001.tmp", ".dvht-000000000002.bak", ".dvht-evil.commit", ".dvht-00000000000G.writing",
          OwnNames.LOCK);
    }
  }

}
