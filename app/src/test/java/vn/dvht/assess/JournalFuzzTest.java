package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journals with random contents — some random bytes, most shaped like dvht's with hostile names among
 * the fields (paths out of the folder, absolute paths, the lock, links planted in the folder, control
 * characters) — left in an output folder the next run takes. Whatever they say, no file outside the
 * folder is touched, created or removed, and the folder afterwards holds only the names it held, the
 * output names a journal may give, and dvht's own temporary and backup names. Seeded: a
 * failure names its seed and replays exactly.
 */
class JournalFuzzTest {
  private static final long SEED = 20_261_207L;
  private static final int ROUNDS = 150;
  private static final Pattern OWN_FILE = Pattern.compile("\\.dvht-[0-9a-f]{12}\\.(tmp|bak)|\\.dvht\\.lock");

  @TempDir Path root;

  @Test
  void randomJournalsNeverTouchAFileOutsideTheFolder() throws Exception {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      Path base = Files.createDirectories(root.resolve("r" + round));
      Path out = Files.createDirectories(base.resolve("out"));
      Path sentinel = Files.writeString(base.resolve("sentinel.txt"), "ngoài thư mục");
      Files.setLastModifiedTime(sentinel, FileTime.fromMillis(1_000_000_000_000L));
      Files.createDirectories(base.resolve("sub"));
      List<String> before = seed(out, sentinel);
      Map<String, String> outside = snapshot(base, out);
      for (int j = 0, n = 1 + random.nextInt(3); j < n; j++) {
        boolean writing = random.nextBoolean();
        String name = String.format(".dvht-%012x%s", random.nextLong() & 0xFFFF_FFFF_FFFFL,
            writing ? OwnNames.WRITING : OwnNames.COMMIT);
        Files.write(out.resolve(name), journal(random, sentinel, writing));
      }
      try (OutputFolder taken = OutputFolder.take(out)) {
        // taken: every journal was dvht-shaped and acted on inside the folder
      } catch (UsageException | OutputException refused) {
        assertThat(refused.getMessage()).as("round %d", round).doesNotContain("Exception");
      } catch (RuntimeException e) {
        fail("round " + round + " (seed " + SEED + "): " + e, e);
      }
      assertThat(snapshot(base, out)).as("round %d: nothing outside the folder changed", round).isEqualTo(outside);
      assertThat(Files.readString(sentinel)).isEqualTo("ngoài thư mục");
      assertThat(Files.getLastModifiedTime(sentinel).toMillis()).isEqualTo(1_000_000_000_000L);
      for (String name : names(out)) {
        assertThat(before.contains(name) || List.of(TARGETS[0]).contains(name) || OWN_FILE.matcher(name).matches()
            || isJournal(name))
            .as("round %d: %s in the folder", round, name).isTrue();
      }
    }
  }

  /** An output folder as a clerk's looks, with a link out of it planted at an output's name and a backup's. */
  private static List<String> seed(Path out, Path sentinel) throws IOException {
    Files.writeString(out.resolve("a-ket-qua.xlsx"), "kết quả");
    Files.writeString(out.resolve("a-bao-cao.docx"), "báo cáo");
    Files.writeString(out.resolve(".dvht-000000000001.tmp"), "tạm");
    Files.writeString(out.resolve(".dvht-00000000000a.bak"), "cũ");
    Files.createSymbolicLink(out.resolve("link-ket-qua.xlsx"), sentinel);
    Files.createSymbolicLink(out.resolve(".dvht-00000000000b.bak"), sentinel);
    Files.createSymbolicLink(out.resolve(".dvht-000000000002.tmp"), sentinel);
    return names(out);
  }

  /** Names a journal of dvht's could hold for this folder, and names no journal of dvht's holds. */
  private static final String[][] TARGETS = {
      {"a-ket-qua.xlsx", "a-bao-cao.docx", "link-ket-qua.xlsx", "moi-ket-qua.xlsx"},
      {"../sentinel.txt", "../sub", "..", ".", "", "sub/x", "/etc/passwd", ".dvht.lock", "\u0000", "x".repeat(300),
          "../../r0/out/a-ket-qua.xlsx", "..\\sentinel.txt", ".dvht-000000000001.tmp", "a\rb"}};
  private static final String[][] FRESH = {
      {".dvht-000000000001.tmp", ".dvht-000000000002.tmp", ".dvht-000000000003.tmp"},
      {".dvht-00000000000a.bak", "../sentinel.txt", ".dvht-000000000001.tmp/..", "a-ket-qua.xlsx", ""}};
  private static final String[][] BACKUP = {
      {"", ".dvht-00000000000a.bak", ".dvht-00000000000b.bak", ".dvht-00000000000c.bak"},
      {"../sentinel.txt", "a-bao-cao.docx", ".dvht-000000000002.tmp", "/tmp/x.bak"}};

  private static byte[] journal(Random random, Path sentinel, boolean writing) {
    int shape = random.nextInt(20);
    if (shape == 0) {
      byte[] bytes = new byte[random.nextInt(600)];
      random.nextBytes(bytes);
      return bytes;
    }
    StringBuilder text = new StringBuilder(shape == 1 ? "" : Journal.HEADER + "\n");
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      String target = random.nextInt(40) == 0 ? sentinel.toString() : pick(random, TARGETS);
      String fresh = random.nextInt(4) == 0 ? pick(random, FRESH) : ".dvht-00000000000" + (i + 1) + ".tmp";
      String backup = random.nextInt(6) == 0 ? pick(random, BACKUP)
          : writing || random.nextBoolean() ? "" : ".dvht-00000000000" + "abc".charAt(i) + ".bak";
      text.append(target).append('\t').append(fresh).append('\t').append(backup);
      text.append(random.nextInt(30) == 0 ? "\tmore" : "").append('\n');
    }
    if (random.nextInt(30) == 0) {
      text.setLength(Math.max(0, text.length() - 1 - random.nextInt(5)));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Mostly a name dvht could have written, one time in eight a hostile one. */
  private static String pick(Random random, String[][] values) {
    String[] pool = values[random.nextInt(8) == 0 ? 1 : 0];
    return pool[random.nextInt(pool.length)];
  }

  private static boolean isJournal(String name) {
    return OwnNames.isOwn(name, OwnNames.COMMIT) || OwnNames.isOwn(name, OwnNames.WRITING);
  }

  /** Every path under {@code base} but the output folder, with what it holds (a link: where it points). */
  private static Map<String, String> snapshot(Path base, Path out) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : walk.filter(p -> !p.startsWith(out)).toList()) {
        String what = Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
            : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir"
            : Files.readString(p) + " @" + Files.getLastModifiedTime(p).toMillis();
        all.put(base.relativize(p).toString(), what);
      }
    }
    return all;
  }

  private static List<String> names(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      files.forEach(p -> names.add(p.getFileName().toString()));
    }
    return names;
  }
}
