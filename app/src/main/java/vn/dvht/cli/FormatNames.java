package vn.dvht.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The names an output-format enum takes on the command line: lower case, matched in any case. */
final class FormatNames {
  private FormatNames() {}

  /** Every name, for shell completion. */
  static <E extends Enum<E>> List<String> of(Class<E> formats) {
    return Stream.of(formats.getEnumConstants()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
  }

  /** The format {@code --format} names (any case, spaces around ignored), if there is one. */
  static <E extends Enum<E>> Optional<E> named(Class<E> formats, String name) {
    return Stream.of(formats.getEnumConstants()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
  }
}
