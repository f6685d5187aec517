package vn.dvht.diag;

import java.util.Locale;

/**
 * A process-wide language, for tests only: dvht itself has none (the command line decides the run's language
 * once and hands a {@link Wording} down, or receives a {@link Message} to word at the edge), and this class is
 * not in the main sources, so no class of dvht can read it. Tests set it to the other language to show that
 * nothing takes a word from it, and use it as a short way to word a key.
 */
public final class Messages {
  /** The default language. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static volatile Wording catalogue = Wording.of(Wording.VI);

  private Messages() {}

  /** Switches the language for the rest of the run ("vi" or "en"). */
  public static void use(Locale locale) {
    catalogue = Wording.of(locale.getLanguage());
  }

  /** The language in use. */
  public static Locale current() {
    return catalogue.locale();
  }

  /** The wording in use. */
  public static Wording wording() {
    return catalogue;
  }

  public static String get(String key, Object... args) {
    return catalogue.get(key, args);
  }

  /** A message in a given language, whatever language is in use (e.g. for bilingual errors). */
  public static String in(Locale locale, String key, Object... args) {
    return Wording.of(locale.getLanguage()).get(key, args);
  }
}
