package vn.dvht.diag;

import java.util.Locale;

/**
 * The run's language as process-wide state, on its way out: each caller is moving to a {@link Wording}
 * handed to it by the command line. Until then this answers from the wording in use.
 */
public final class Messages {
  /** The default language. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static volatile Wording catalogue = Wording.of(Wording.VI);
  /** The language one piece of work on this thread is done in ({@link #during(Locale, Work)}), else none. */
  private static final ThreadLocal<Wording> local = new ThreadLocal<>();

  /** Work done in a language other than the run's. */
  public interface Work<E extends Exception> {
    void run() throws E;
  }

  private Messages() {}

  /** Switches the language for the rest of the run ("vi" or "en"). */
  public static void use(Locale locale) {
    catalogue = Wording.of(locale.getLanguage());
  }

  /** The language in use. */
  public static Locale current() {
    return wording().locale();
  }

  /** The wording in use. */
  public static Wording wording() {
    Wording mine = local.get();
    return mine != null ? mine : catalogue;
  }

  public static String get(String key, Object... args) {
    return wording().get(key, args);
  }

  /**
   * Does {@code work} with every message of this thread in {@code locale} (a province's Vietnamese form
   * filled in an English run), other threads and the rest of the run keeping theirs.
   */
  public static <E extends Exception> void during(Locale locale, Work<E> work) throws E {
    Wording before = local.get();
    local.set(Wording.of(locale.getLanguage()));
    try {
      work.run();
    } finally {
      if (before == null) {
        local.remove();
      } else {
        local.set(before);
      }
    }
  }

  /** A message in a given language, whatever language is in use (e.g. for bilingual errors). */
  public static String in(Locale locale, String key, Object... args) {
    return Wording.of(locale.getLanguage()).get(key, args);
  }
}
