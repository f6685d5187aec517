package vn.dvht.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.testing.CliRun;

/**
 * Runs {@code dvht evaluate} in-process on every case of a mutation manifest (one line per case: file
 * name, then the extra arguments, tab-separated) and prints one line per case: name, exit code,
 * milliseconds, and the first line of the output. {@link MutationTest} starts it in a JVM with a
 * small heap, so a case that needs more memory shows as an exit code other than 0 or 3.
 */
final class MutationRunner {
  private MutationRunner() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<String> report = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      List<String> command = new ArrayList<>(List.of("evaluate", dir.resolve(fields[0]).toString()));
      for (int i = 1; i < fields.length; i++) {
        command.add(fields[i].replace("{dir}", dir.toString()));
      }
      long start = System.nanoTime();
      int code;
      String output;
      try {
        CliRun run = CliRun.of(command.toArray(String[]::new));
        code = run.code();
        output = run.out() + run.err();
      } catch (Throwable t) {
        code = -1;
        output = "THROWN " + t;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      String flat = output.replace('\t', ' ').replace('\n', '\u2028');
      report.add(fields[0] + "\t" + code + "\t" + millis + "\t" + (flat.length() > 2000 ? flat.substring(0, 2000) : flat));
    }
    Files.write(dir.resolve("report.tsv"), report, StandardCharsets.UTF_8);
  }
}
