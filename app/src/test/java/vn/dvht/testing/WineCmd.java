package vn.dvht.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Windows' cmd.exe as Wine gives it, for the Windows launcher test: a Wine prefix kept under {@code target/}
 * (made once, about 10 s), and two programs cross-compiled from C with MinGW-w64 — {@code shell.exe}, which
 * starts a script as Explorer does, and a stand-in {@code java.exe} that records how it was started
 * ({@code src/test/resources/windows/}). Each run has only the environment the test gives it, plus what Wine
 * needs; Wine's own messages are off.
 */
public final class WineCmd implements AutoCloseable {
  static final Path SOURCES = Path.of("src/test/resources/windows");

  private final Path prefix;
  private final Path tools;

  private WineCmd(Path prefix, Path tools) {
    this.prefix = prefix;
    this.tools = tools;
  }

  /** Why the test cannot run here (the tool to install), or empty when Wine and MinGW-w64 are there. */
  public static Optional<String> missing() {
    if (onPath("wine").isEmpty()) {
      return Optional.of("Wine missing (apt-get install wine wine64)");
    }
    if (onPath("x86_64-w64-mingw32-gcc").isEmpty()) {
      return Optional.of("MinGW-w64 missing (apt-get install gcc-mingw-w64-x86-64)");
    }
    return Optional.empty();
  }

  /** Compiles the tools into {@code target/wine-tools} and makes (or reuses) the prefix {@code target/wine-prefix}. */
  public static WineCmd start(Path target) throws IOException, InterruptedException {
    Path tools = Files.createDirectories(target.resolve("wine-tools"));
    compile("standin.c", tools.resolve("java.exe"));
    compile("shell.c", tools.resolve("shell.exe"));
    WineCmd wine = new WineCmd(target.resolve("wine-prefix").toAbsolutePath(), tools.toAbsolutePath());
    if (!Files.exists(wine.prefix.resolve(".dvht-ready"))) {
      wine.check(wine.process(Map.of(), "wineboot", "-i"), 300);
      wine.check(wine.process(Map.of(), "wineserver", "-w"), 120);
      Files.createFile(wine.prefix.resolve(".dvht-ready"));
    }
    // One server for the whole test, so that each run starts in a fraction of a second.
    wine.check(wine.process(Map.of(), "wineserver", "-p"), 60);
    return wine;
  }

  /** A copy of the stand-in java.exe in {@code folder}, answering Java {@code version} to a version probe. */
  public Path standIn(Path folder, String version) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("version.txt"), version);
    return Files.copy(tools.resolve("java.exe"), folder.resolve("java.exe"));
  }

  /** {@code path} as Windows programs under Wine name it: drive Z: is the root. */
  public static String windows(Path path) {
    return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
  }

  /**
   * Runs {@code verb} (a script's quoted path, then the arguments, as Explorer's "open" verb makes it) the way
   * Windows runs it: {@code cmd.exe /c "<verb>"}. Wine's cmd has no {@code %CMDCMDLINE%}, so the line that
   * Windows' cmd reports there is put in the environment, where a variable of that name overrides cmd's own.
   */
  public Run explorer(String verb, Map<String, String> env, String keys, Path scratch) throws IOException, InterruptedException {
    Path line = Files.createTempFile(scratch, "verb", ".txt");
    Files.writeString(line, verb);
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("CMDCMDLINE", "C:\\windows\\system32\\cmd.exe /c \"" + verb + "\"");
    return run(process(all, "wine", tools.resolve("shell.exe").toString(), windows(line)), keys);
  }

  /** Runs {@code script} with {@code args} as from a console window ({@code cmd.exe} then the command typed). */
  public Run console(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("CMDCMDLINE", "\"C:\\windows\\system32\\cmd.exe\" ");
    List<String> command = new ArrayList<>(List.of("wine", "cmd", "/c", windows(script)));
    command.addAll(List.of(args));
    return run(process(all, command.toArray(String[]::new)), "");
  }

  /**
   * Starts the command, types {@code keys} once its output ends with the pause prompt's "..." (or at once when
   * there are none to type), and waits for its end, 60 s at most.
   */
  public Run waitingForKeys(String verb, Map<String, String> env, Path scratch, Predicate<String> waiting)
      throws IOException, InterruptedException {
    Path line = Files.createTempFile(scratch, "verb", ".txt");
    Files.writeString(line, verb);
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("CMDCMDLINE", "C:\\windows\\system32\\cmd.exe /c \"" + verb + "\"");
    Process process = process(all, "wine", tools.resolve("shell.exe").toString(), windows(line)).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread reader = copy(process.getInputStream(), out);
    Thread errReader = copy(process.getErrorStream(), err);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!waiting.test(text(out)) && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(1000);
    boolean stillWaiting = process.isAlive();
    try (OutputStream keys = process.getOutputStream()) {
      keys.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // It had ended already: stillWaiting says so.
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after a key was typed: " + verb);
    }
    reader.join(10_000);
    errReader.join(10_000);
    return new Run(process.exitValue(), text(out), text(err), stillWaiting);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    check(process(Map.of(), "wineserver", "-k"), 60);
  }

  /** What a run printed (stdout; stderr kept apart), as Latin-1 so that no byte is lost, and its exit code. */
  public record Run(int code, String out, String err, boolean waitedForAKey) {}

  private ProcessBuilder process(Map<String, String> env, String... command) {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> all = builder.environment();
    String path = all.getOrDefault("PATH", "/usr/bin:/bin");
    String home = all.getOrDefault("HOME", "/tmp");
    all.clear();
    all.put("PATH", path);
    all.put("HOME", home);
    all.put("LANG", "C.UTF-8");
    all.put("WINEPREFIX", prefix.toString());
    all.put("WINEDEBUG", "-all");
    all.put("WINEDLLOVERRIDES", "mscoree,mshtml=;winemenubuilder.exe=d");
    all.putAll(env);
    return builder;
  }

  private Run run(ProcessBuilder builder, String keys) throws IOException, InterruptedException {
    Process process = builder.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread outReader = copy(process.getInputStream(), out);
    Thread errReader = copy(process.getErrorStream(), err);
    try (OutputStream in = process.getOutputStream()) {
      in.write(keys.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // It ended before reading: its exit code tells.
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after 60 s: " + builder.command());
    }
    outReader.join(10_000);
    errReader.join(10_000);
    return new Run(process.exitValue(), text(out), text(err), false);
  }

  private void check(ProcessBuilder builder, int seconds) throws IOException, InterruptedException {
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after " + seconds + " s: " + builder.command());
    }
  }

  private static void compile(String source, Path exe) throws IOException, InterruptedException {
    Path c = SOURCES.resolve(source);
    if (Files.exists(exe) && Files.getLastModifiedTime(exe).compareTo(Files.getLastModifiedTime(c)) > 0) {
      return;
    }
    Process gcc = new ProcessBuilder("x86_64-w64-mingw32-gcc", "-municode", "-O2", "-s", "-Wall", "-Werror", "-o",
        exe.toString(), c.toString(), "-lshell32").redirectErrorStream(true).start();
    gcc.getOutputStream().close();
    String said = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!gcc.waitFor(120, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
      throw new AssertionError("cannot compile " + c + ":\n" + said);
    }
  }

  private static Optional<Path> onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(folder.isEmpty() ? "." : folder, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Thread copy(InputStream in, ByteArrayOutputStream to) {
    Thread thread = new Thread(() -> {
      try {
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) > 0; ) {
          synchronized (to) {
            to.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static String text(ByteArrayOutputStream bytes) {
    synchronized (bytes) {
      return bytes.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
