package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every file, folder or ruleset argument of every command — those added later included — refuses an empty
 * value ({@link PathArgument}): a {@link Path} through the converter {@code Main} registers for the type, a
 * text naming a file or ruleset (its label says TỆP or THƯ-MỤC) through its own converter.
 */
class PathArgumentsTest {
  @Test
  void everyArgumentThatNamesAFileRefusesAnEmptyValue() {
    CommandLine top = Main.commandLine(new DvhtCommand());
    List<String> unguarded = new ArrayList<>();
    walk(top, unguarded);
    assertThat(unguarded).as("file arguments taken as plain text: an empty one would mean the current folder")
        .isEmpty();
  }

  private static void walk(CommandLine command, List<String> unguarded) {
    CommandSpec spec = command.getCommandSpec();
    for (ArgSpec arg : spec.args()) {
      if (namesAFile(arg) && !guarded(arg)) {
        unguarded.add(spec.qualifiedName() + " " + arg.paramLabel());
      }
    }
    command.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, unguarded));
  }

  private static boolean namesAFile(ArgSpec arg) {
    String label = arg.paramLabel();
    return !label.contains("=") && (label.contains("TỆP") || label.contains("THƯ-MỤC"));
  }

  private static boolean guarded(ArgSpec arg) {
    Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
    if (type == Path.class) {
      return true;
    }
    for (CommandLine.ITypeConverter<?> converter : arg.converters()) {
      if (converter instanceof PathArgument) {
        return true;
      }
    }
    return false;
  }
}
