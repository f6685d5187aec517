package vn.dvht.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import vn.dvht.diag.Wording;

/** The languages dvht speaks: Vietnamese by default, English with {@code --lang en} or an English locale. */
enum Language {
  VI(Wording.VI),
  EN(Wording.EN);

  /** Environment variables that name the user's locale, the first one set wins (as in POSIX). */
  private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The message catalogue in this language, which the run hands to everything that words text. */
  Wording wording() {
    return Wording.of(code);
  }

  /** The language for a {@code --lang} value such as "en" or "EN". */
  static Optional<Language> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst();
  }

  /** English when the environment's locale is English (e.g. {@code LANG=en_US.UTF-8}), else Vietnamese. */
  static Language fromEnvironment(Function<String, String> env) {
    for (String variable : LOCALE_VARIABLES) {
      String value = env.apply(variable);
      if (value != null && !value.isBlank()) {
        return value.strip().matches("(?i)en([_.@-].*)?") ? EN : VI;
      }
    }
    return VI;
  }
}
