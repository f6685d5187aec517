package vn.dvht.diag;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message catalogue: every sentence a user reads comes from {@code vn/dvht/messages*.properties}.
 * Vietnamese is the default. Placeholders are {@code {0}}, {@code {1}}, … and are replaced
 * verbatim (no {@link java.text.MessageFormat} number grouping or quote rules), e.g.
 * {@code Messages.get("input.missingColumn", "Kỷ luật lao động")}.
 */
public final class Messages {
  private static final String BUNDLE = "vn.dvht.messages";
  /** The default language. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private record Catalogue(Locale locale, ResourceBundle bundle) {}

  private static volatile Catalogue catalogue = new Catalogue(VIETNAMESE, load(VIETNAMESE));
  /** The language one piece of work on this thread is done in ({@link #during(Locale, Work)}), else none. */
  private static final ThreadLocal<Catalogue> local = new ThreadLocal<>();

  /** Work done in a language other than the run's. */
  public interface Work<E extends Exception> {
    void run() throws E;
  }

  private Messages() {}

  /** Switches the language for the rest of the run ("vi" or "en"). */
  public static void use(Locale locale) {
    catalogue = new Catalogue(locale, load(locale));
  }

  /** The language in use. */
  public static Locale current() {
    return catalogue().locale();
  }

  public static String get(String key, Object... args) {
    return format(catalogue().bundle(), key, args);
  }

  /**
   * Does {@code work} with every message of this thread in {@code locale} (a province's Vietnamese form
   * filled in an English run), other threads and the rest of the run keeping theirs.
   */
  public static <E extends Exception> void during(Locale locale, Work<E> work) throws E {
    Catalogue before = local.get();
    local.set(new Catalogue(locale, load(locale)));
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

  private static Catalogue catalogue() {
    Catalogue mine = local.get();
    return mine != null ? mine : catalogue;
  }

  /** A message in a given language, whatever language is in use (e.g. for bilingual errors). */
  public static String in(Locale locale, String key, Object... args) {
    return format(load(locale), key, args);
  }

  private static String format(ResourceBundle bundle, String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key missing from catalogue: " + key, e);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  private static ResourceBundle load(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
