package vn.dvht.diag;

import java.util.Locale;

/**
 * The run's language as the command line decided it: {@code cli} alone sets it ({@link #use}) and reads it,
 * and hands everything below it a {@link Wording} (renderers through the {@code Assessment}) or receives
 * a {@link Message} to word at the edge; {@code ArchitectureTest} keeps every other package off it.
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
