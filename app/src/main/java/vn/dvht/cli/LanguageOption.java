package vn.dvht.cli;

import java.util.Optional;

/**
 * Finds {@code --lang} in the raw arguments before picocli parses them, so that every message,
 * parse errors included, is already in the chosen language.
 */
final class LanguageOption {
  static final String NAME = "--lang";

  private LanguageOption() {}

  /** The last {@code --lang} value before any {@code --}; an empty string when the value is missing. */
  static Optional<String> value(String[] args) {
    Optional<String> value = Optional.empty();
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals(NAME)) {
        value = Optional.of(i + 1 < args.length ? args[++i] : "");
      } else if (args[i].startsWith(NAME + "=")) {
        value = Optional.of(args[i].substring(NAME.length() + 1));
      }
    }
    return value;
  }
}
