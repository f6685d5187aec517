package vn.dvht.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands {@code @FILE} arguments in picocli's simplified at-file format: each line of FILE is one
 * argument, as written — backslashes, spaces and Vietnamese letters kept, so a Windows path such as
 * {@code C:\Users\van thu\don-vi.xlsx} stays one argument. Unlike picocli's own reader, the file is read
 * as UTF-8 (a byte-order mark, as Notepad writes, is dropped) whatever the platform's charset; blank
 * lines and lines starting with {@code #} are skipped; a line in double quotes loses its quotes.
 * {@code @@x} is the literal argument {@code @x}; a FILE that does not exist is left as it is;
 * nothing after {@code --} is expanded; argument files do not nest.
 */
final class ArgumentFiles {
  /** Why an argument file could not be used: its name and what went wrong. */
  record Problem(String file, String messageKey) {}

  private ArgumentFiles() {}

  /** The arguments with every argument file's lines in its place, or the first file that cannot be read. */
  static Expanded expand(String[] args) {
    List<String> out = new ArrayList<>();
    boolean literal = false;
    for (String arg : args) {
      if (literal || !arg.startsWith("@") || arg.length() == 1) {
        literal |= arg.equals("--");
        out.add(arg);
      } else if (arg.startsWith("@@")) {
        out.add(arg.substring(1));
      } else {
        Optional<Path> file = existing(arg.substring(1));
        if (file.isEmpty()) {
          out.add(arg);
          continue;
        }
        try {
          out.addAll(lines(file.get()));
        } catch (CharacterCodingException e) {
          return new Expanded(List.of(), Optional.of(new Problem(arg.substring(1), "cli.argFileNotUtf8")));
        } catch (IOException e) {
          return new Expanded(List.of(), Optional.of(new Problem(arg.substring(1), "cli.argFileUnreadable")));
        }
      }
    }
    return new Expanded(List.copyOf(out), Optional.empty());
  }

  /** The expanded arguments, or why they could not be. */
  record Expanded(List<String> args, Optional<Problem> problem) {
    String[] array() {
      return args.toArray(String[]::new);
    }
  }

  private static Optional<Path> existing(String name) {
    try {
      Path path = Path.of(name);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static List<String> lines(Path file) throws IOException {
    String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
        .toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> args = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n")) {
      String arg = line.strip();
      if (arg.isEmpty() || arg.startsWith("#")) {
        continue;
      }
      if (arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")) {
        arg = arg.substring(1, arg.length() - 1);
      }
      args.add(arg);
    }
    return args;
  }
}
