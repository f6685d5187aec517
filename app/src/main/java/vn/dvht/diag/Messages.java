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
  private static volatile ResourceBundle bundle = load(Locale.forLanguageTag("vi"));

  private Messages() {}

  /** Switches the language for the rest of the run ("vi" or "en"). */
  public static void use(Locale locale) {
    bundle = load(locale);
  }

  public static String get(String key, Object... args) {
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
