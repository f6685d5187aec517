package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.ProcessRun;

/**
 * A run stopped while several workers start, write and commit sets leaves only whole files: the
 * shutdown hook cleans up under the lock a set's files are made under, so no journal or temporary file
 * can be made after it has looked (the race {@code LauncherIT}'s stopped batch once hit under load).
 */
class StopDuringWritesTest {
  private static final int WORKERS = 4;

  @Test
  void aStopAtAnyMomentLeavesNoJournalAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    for (int run = 0; run < 12; run++) {
      Path out = Files.createDirectories(dir.resolve("out" + run));
      int stopAfterMillis = 40 + 37 * run;
      ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Child.class.getName(),
          out.toString(), Integer.toString(stopAfterMillis));
      ProcessRun ran = ProcessRun.of(child, 60);
      assertThat(ran.code()).as(ran.err()).isEqualTo(Child.STOPPED);

      List<String> left = new ArrayList<>();
      try (var files = Files.list(out)) {
        files.forEach(p -> left.add(p.getFileName().toString()));
      }
      assertThat(left).as("run %d stopped after %d ms", run, stopAfterMillis)
          .allMatch(name -> name.matches("u\\d+-[ab]\\.txt"), "a whole output, nothing of dvht's own");
      for (String name : left) {
        assertThat(Files.readString(out.resolve(name), StandardCharsets.UTF_8)).isEqualTo(Child.body(name));
      }
      long a = left.stream().filter(n -> n.endsWith("-a.txt")).count();
      assertThat(left).as("both files of a set, or neither").hasSize((int) (2 * a));
    }
  }

  /** Writes sets of two files from several threads until it exits, after the given milliseconds. */
  static final class Child {
    static final int STOPPED = 42;

    static String body(String name) {
      return ("outputs of " + name + "\n").repeat(200);
    }

    public static void main(String[] args) throws Exception {
      Path out = Path.of(args[0]);
      long stopAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[1]));
      AtomicInteger next = new AtomicInteger();
      OutputFiles files = new OutputFiles(false);
      for (int w = 0; w < WORKERS; w++) {
        Thread worker = new Thread(() -> {
          while (true) {
            int unit = next.incrementAndGet();
            Path a = out.resolve("u" + unit + "-a.txt");
            Path b = out.resolve("u" + unit + "-b.txt");
            try {
              files.write(List.of(part(a), part(b)));
            } catch (OutputException e) {
              return; // refused once the JVM is stopping
            }
          }
        });
        worker.setDaemon(true);
        worker.start();
      }
      while (System.nanoTime() < stopAt) {
        Thread.sleep(1);
      }
      System.exit(STOPPED);
    }

    private static OutputFiles.Part part(Path target) {
      return new OutputFiles.Part(target, stream -> {
        byte[] bytes = body(target.getFileName().toString()).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 512) {
          stream.write(bytes, i, Math.min(512, bytes.length - i));
        }
      });
    }

    private Child() {}
  }
}
