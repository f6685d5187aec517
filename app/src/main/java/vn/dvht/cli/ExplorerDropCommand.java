package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.dvht.diag.Visible;

/**
 * {@code dvht explorer-drop}, run by {@code dvht.cmd} when files were dropped on it in Explorer (not for people
 * to type): each file named on the command line Windows ran ({@link ExplorerLine}, from {@code DVHT_CMDLINE}) is
 * evaluated as {@code dvht evaluate FILE --out ITS-FOLDER --overwrite}, so every dossier lands beside its own
 * workbook (a dropped folder: in that folder), with dvht's own messages; then each folder is shown in Explorer,
 * the first file evaluated there selected. The exit code is the first file's that failed, else 0. A line whose
 * words are not all existing paths came from a program, not Explorer: they are run as dvht's arguments.
 */
@Command(name = "explorer-drop", hidden = true)
final class ExplorerDropCommand implements Callable<Integer> {
  /** The environment variable {@code dvht.cmd} copies cmd.exe's {@code %CMDCMDLINE%} into. */
  static final String LINE = "DVHT_CMDLINE";
  /** The environment variable naming the file made when the line was a program's, not Explorer's. */
  static final String PLAIN = "DVHT_PLAIN";

  @ParentCommand DvhtCommand parent;

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String line = parent.env.apply(LINE);
    List<String> files = line == null ? List.of() : ExplorerLine.files(line);
    if (files.isEmpty()) {
      spec.commandLine().getErr().println(parent.wording.get("drop.none"));
      return ExitCode.USAGE.code();
    }
    if (!files.stream().allMatch(ExplorerDropCommand::dropped)) {
      return plain(files);
    }
    int code = ExitCode.OK.code();
    List<Path> evaluated = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (files.size() > 1) {
        out.println(Visible.of(parent.wording.get("drop.file", i + 1, files.size(), files.get(i))));
        out.flush();
      }
      int one = evaluate(files.get(i));
      if (one == ExitCode.OK.code() || one == ExitCode.BELOW_LEVEL.code()) {
        evaluated.add(Path.of(files.get(i)));
      } else if (code == ExitCode.OK.code()) {
        code = one;
      }
    }
    shown(evaluated).forEach(ExplorerDropCommand::show);
    return code;
  }

  /** Explorer passes only whole paths of files and folders that exist. */
  private static boolean dropped(String word) {
    try {
      Path path = Path.of(word);
      return path.isAbsolute() && Files.exists(path);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * A program that ran dvht.cmd by its full quoted path gives Windows the same line as Explorer: its words that are
   * not all dropped files are dvht's arguments ({@code evaluate} first when the first is a file, as dvht.cmd does),
   * and the file named by {@code DVHT_PLAIN} tells dvht.cmd that no window waits for a key.
   */
  private int plain(List<String> words) {
    String signal = parent.env.apply(PLAIN);
    if (signal != null && !signal.isBlank()) {
      try {
        Files.newOutputStream(Path.of(signal)).close();
      } catch (IOException | InvalidPathException e) {
        // Then dvht.cmd waits for a key: a window that stays is no harm.
      }
    }
    List<String> args = new ArrayList<>(words);
    if (Files.isRegularFile(Path.of(words.get(0)))) {
      args.add(0, "evaluate");
    }
    CommandLine cli = Main.commandLine(new DvhtCommand(parent.clock, parent.env, parent.stdout, parent.wording));
    cli.setOut(spec.commandLine().getOut());
    cli.setErr(spec.commandLine().getErr());
    return cli.execute(args.toArray(String[]::new));
  }

  /** One file through {@code evaluate}, in this run's language, writing to this command's out and err. */
  private int evaluate(String file) {
    Path path = Path.of(file);
    Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    CommandLine cli = Main.commandLine(new DvhtCommand(parent.clock, parent.env, parent.stdout, parent.wording));
    cli.setOut(spec.commandLine().getOut());
    cli.setErr(spec.commandLine().getErr());
    return cli.execute("evaluate", file, "--out", folder.toString(), "--overwrite");
  }

  /** What Explorer shows: for each folder, in order, the first of {@code evaluated} in it. */
  static List<Path> shown(List<Path> evaluated) {
    Map<Path, Path> first = new LinkedHashMap<>();
    for (Path file : evaluated) {
      Path absolute = file.toAbsolutePath();
      first.putIfAbsent(Files.isDirectory(absolute) ? absolute : absolute.getParent(), absolute);
    }
    return List.copyOf(first.values());
  }

  /** Opens an Explorer window on {@code file}'s folder with it selected; nothing off Windows or if that fails. */
  private static void show(Path file) {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
      return;
    }
    try {
      new ProcessBuilder("explorer.exe", "/select,", file.toString()).start();
    } catch (IOException e) {
      // The dossier is written and named on screen: a window that does not open costs nothing more.
    }
  }
}
