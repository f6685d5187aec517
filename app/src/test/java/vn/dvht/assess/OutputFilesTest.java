package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit's outputs land as a set or not at all, and a killed commit is put right by the next run. */
class OutputFilesTest {

  @Test
  void aFailureWhileTheReportIsWrittenLeavesNeitherFile(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("a-ket-qua.xlsx");
    Path docx = dir.resolve("a-bao-cao.docx");

    assertThatThrownBy(() -> new OutputFiles(false).write(List.of(part(xlsx, "mới"), failing(docx))))
        .isInstanceOf(OutputException.class).hasMessageContaining("đĩa đầy").hasMessageContaining("a-bao-cao.docx");

    assertThat(xlsx).doesNotExist();
    assertThat(docx).doesNotExist();
    assertThat(dvhtFiles(dir)).isEmpty();
  }

  @Test
  void withOverwriteAFailureKeepsTheOldPairWhole(@TempDir Path dir) throws Exception {
    Path xlsx = Files.writeString(dir.resolve("a-ket-qua.xlsx"), "cũ 1");
    Path docx = Files.writeString(dir.resolve("a-bao-cao.docx"), "cũ 2");

    assertThatThrownBy(() -> new OutputFiles(true).write(List.of(part(xlsx, "mới 1"), failing(docx))))
        .isInstanceOf(OutputException.class);

    assertThat(xlsx).hasContent("cũ 1");
    assertThat(docx).hasContent("cũ 2");
    assertThat(dvhtFiles(dir)).isEmpty();
  }

  @Test
  void withOverwriteTheNewPairReplacesTheOldAndKeepsItsMode(@TempDir Path dir) throws Exception {
    Path xlsx = Files.writeString(dir.resolve("a-ket-qua.xlsx"), "cũ 1");
    Path docx = Files.writeString(dir.resolve("a-bao-cao.docx"), "cũ 2");
    Files.setPosixFilePermissions(xlsx, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

    new OutputFiles(true).write(List.of(part(xlsx, "mới 1"), part(docx, "mới 2")));

    assertThat(xlsx).hasContent("mới 1");
    assertThat(docx).hasContent("mới 2");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx)))
        .isEqualTo("rw-r-----");
    assertThat(dvhtFiles(dir)).isEmpty();
  }

  @Test
  void aCommitKilledHalfwayIsUndoneByTheNextRun(@TempDir Path dir) throws Exception {
    // As a run killed after moving the first file of a new pair into place leaves the folder:
    Path placed = Files.writeString(dir.resolve("a-ket-qua.xlsx"), "mới 1");
    Files.writeString(dir.resolve(".dvht-000000000002.tmp"), "mới 2");
    Files.writeString(dir.resolve(".dvht-00000000000a.bak"), "cũ 1");
    Files.writeString(dir.resolve(".dvht-00000000000b.bak"), "cũ 2");
    journal(dir.resolve(".dvht-00000000000c.commit"),
        "a-ket-qua.xlsx\t.dvht-000000000001.tmp\t.dvht-00000000000a.bak",
        "a-bao-cao.docx\t.dvht-000000000002.tmp\t.dvht-00000000000b.bak");
    journal(dir.resolve(".dvht-00000000000d.writing"),
        "a-ket-qua.xlsx\t.dvht-000000000001.tmp\t", "a-bao-cao.docx\t.dvht-000000000002.tmp\t");
    Files.writeString(dir.resolve(".dvht-0000000000ff.tmp"), "a file no journal names");

    try (OutputFolder folder = OutputFolder.take(dir)) {
      assertThat(placed).as("the old pair is back").hasContent("cũ 1");
      assertThat(dir.resolve("a-bao-cao.docx")).hasContent("cũ 2");
      assertThat(dvhtFiles(dir)).as("nothing of the killed run is left; what no journal names is left alone")
          .containsExactly(".dvht-0000000000ff.tmp");
    }
  }

  @Test
  void aCommitKilledAfterItsLastMoveIsFinishedByTheNextRun(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-ket-qua.xlsx"), "mới 1");
    Files.writeString(dir.resolve("a-bao-cao.docx"), "mới 2");
    Files.writeString(dir.resolve(".dvht-00000000000a.bak"), "cũ 1");
    journal(dir.resolve(".dvht-00000000000c.commit"),
        "a-ket-qua.xlsx\t.dvht-000000000001.tmp\t.dvht-00000000000a.bak",
        "a-bao-cao.docx\t.dvht-000000000002.tmp\t");
    journal(dir.resolve(".dvht-00000000000d.writing"),
        "a-ket-qua.xlsx\t.dvht-000000000001.tmp\t", "a-bao-cao.docx\t.dvht-000000000002.tmp\t");

    OutputFolder.take(dir).close();

    assertThat(dir.resolve("a-ket-qua.xlsx")).hasContent("mới 1");
    assertThat(dir.resolve("a-bao-cao.docx")).hasContent("mới 2");
    assertThat(dvhtFiles(dir)).isEmpty();
  }

  @Test
  void aSetKilledWhileBeingWrittenLeavesOnlyWhatTheNextRunRemoves(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-ket-qua.xlsx"), "cũ 1");
    Files.writeString(dir.resolve(".dvht-000000000001.tmp"), "nửa chừng");
    journal(dir.resolve(".dvht-00000000000d.writing"),
        "a-ket-qua.xlsx\t.dvht-000000000001.tmp\t", "a-bao-cao.docx\t.dvht-000000000002.tmp\t");

    OutputFolder.take(dir).close();

    assertThat(dir.resolve("a-ket-qua.xlsx")).hasContent("cũ 1");
    assertThat(dvhtFiles(dir)).isEmpty();
  }

  @Test
  void undoingIsSafeToRepeatAfterARunKilledWhileUndoing(@TempDir Path dir) throws Exception {
    // A recovery killed after it had moved the first output back: its backup is already restored.
    Files.writeString(dir.resolve("a-ket-qua.xlsx"), "cũ 1");
    Files.writeString(dir.resolve(".dvht-000000000001.tmp"), "mới 1");
    Files.writeString(dir.resolve(".dvht-000000000002.tmp"), "mới 2");
    Files.writeString(dir.resolve("a-bao-cao.docx"), "cũ 2");
    journal(dir.resolve(".dvht-00000000000c.commit"),
        "a-ket-qua.xlsx\t.dvht-000000000001.tmp\t.dvht-00000000000a.bak",
        "a-bao-cao.docx\t.dvht-000000000002.tmp\t.dvht-00000000000b.bak");
    journal(dir.resolve(".dvht-00000000000d.writing"),
        "a-ket-qua.xlsx\t.dvht-000000000001.tmp\t", "a-bao-cao.docx\t.dvht-000000000002.tmp\t");

    OutputFolder.take(dir).close();

    assertThat(dir.resolve("a-ket-qua.xlsx")).hasContent("cũ 1");
    assertThat(dir.resolve("a-bao-cao.docx")).hasContent("cũ 2");
    assertThat(dvhtFiles(dir)).isEmpty();
  }

  @Test
  void aFolderTakenByOneRunIsInUseForAnother(@TempDir Path dir) throws Exception {
    try (OutputFolder first = OutputFolder.take(dir)) {
      assertThatThrownBy(() -> OutputFolder.take(dir)).isInstanceOf(UsageException.class)
          .hasMessageContaining("đang được một lần chạy dvht khác");
    }
    OutputFolder.take(dir).close();
  }

  @Test
  void anExistingFileIsNeverReplacedWithoutOverwrite(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("a-ket-qua.xlsx");
    Path docx = Files.writeString(dir.resolve("a-bao-cao.docx"), "của người dùng");

    assertThatThrownBy(() -> new OutputFiles(false).write(List.of(part(xlsx, "mới"), part(docx, "mới"))))
        .isInstanceOf(OutputException.class);

    assertThat(docx).hasContent("của người dùng");
    assertThat(xlsx).as("the pair's other file is taken back").doesNotExist();
  }

  /** A journal as dvht writes it: its header, then one line per file. */
  static void journal(Path file, String... lines) throws IOException {
    Files.writeString(file, Journal.HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static OutputFiles.Part part(Path target, String text) {
    return new OutputFiles.Part(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static OutputFiles.Part failing(Path target) {
    return new OutputFiles.Part(target, out -> {
      out.write("nửa chừng".getBytes(StandardCharsets.UTF_8));
      throw new FileSystemException(target.toString(), null, "No space left on device");
    });
  }

  /** dvht's files in a folder but its (empty, hidden) lock file, which stays. */
  @Test
  void aScratchFileIsReadBackNeverCommittedAndGoneWithItsSet(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("a-ket-qua.xlsx");
    Path docx = dir.resolve("a-quyet-dinh-cdht.docx");
    try (OutputFiles.Pending pending = new OutputFiles(false).begin(List.of(xlsx, docx), 1)) {
      var spool = pending.scratch(0);
      spool.write(java.nio.ByteBuffer.wrap("Nguyễn Văn An\t80\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(dvhtFiles(dir)).as("a journal, two temporary files and the scratch").hasSize(4);
      java.nio.ByteBuffer back = java.nio.ByteBuffer.allocate(64);
      spool.position(0);
      spool.read(back);
      try (var out = pending.open(0); var decision = pending.open(1)) {
        out.write("mới".getBytes(StandardCharsets.UTF_8));
        decision.write(back.flip().array(), 0, back.limit());
      }
      pending.commit();
    }
    assertThat(docx).hasContent("Nguyễn Văn An\t80");
    assertThat(dvhtFiles(dir)).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a-ket-qua.xlsx",
          "a-quyet-dinh-cdht.docx");
    }
  }

  @Test
  void aScratchFileOfAKilledRunIsRemovedByTheNextOne(@TempDir Path dir) throws Exception {
    OutputFiles.Pending pending = new OutputFiles(false).begin(List.of(dir.resolve("a-ket-qua.xlsx")), 1);
    pending.scratch(0).write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}));
    // killed here: what it made stays, named in its journal, until a run takes the folder
    String journal = dvhtFiles(dir).stream().filter(n -> n.endsWith(OwnNames.WRITING)).findFirst().orElseThrow();
    assertThat(Files.readString(dir.resolve(journal))).contains("a-ket-qua.xlsx~0\t.dvht-");
    LiveSets.remove(pending);
    OutputFolder.take(dir).close();
    assertThat(dvhtFiles(dir)).isEmpty();
  }

  private static List<String> dvhtFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".dvht") && !n.equals(OwnNames.LOCK)).sorted().toList();
    }
  }
}
