package vn.dvht.diag;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message catalogue ({@code vn/dvht/messages*.properties}) in one language, as a value handed to
 * whatever words text: the command line decides the run's language once and passes its wording on.
 * Placeholders are {@code {0}}, {@code {1}}, … and are replaced verbatim (no {@link java.text.MessageFormat}
 * number grouping or quote rules), e.g. {@code wording.get("input.missingColumn", "Kỷ luật lao động")}.
 */
public final class Wording {
  private static final String BUNDLE = "vn.dvht.messages";
  /** Vietnamese, dvht's first language. */
  public static final String VI = "vi";
  /** English, with {@code --lang en}. */
  public static final String EN = "en";
  private static final List<Wording> EVERY = List.of(load(VI), load(EN));

  private final Locale locale;
  private final ResourceBundle bundle;

  private Wording(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The wording of {@code language} ("vi" or "en"); any other language is an error. */
  public static Wording of(String language) {
    return EVERY.stream().filter(w -> w.language().equals(language)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no catalogue for language " + language));
  }

  /** Every language dvht speaks, Vietnamese first: for reading back what it wrote in either. */
  public static List<Wording> every() {
    return EVERY;
  }

  /** This catalogue's language as a locale. */
  public Locale locale() {
    return locale;
  }

  /** This catalogue's language: "vi" or "en". */
  public String language() {
    return locale.getLanguage();
  }

  /** The same catalogue in {@code language} ("vi", "en"): a form filled in its own language. */
  public Wording in(String language) {
    return language.equals(language()) ? this : of(language);
  }

  /** The message {@code key} with {@code args} in place of its placeholders. */
  public String get(String key, Object... args) {
    return text(Message.of(key, args));
  }

  /** {@code message} in this language, messages among its arguments too. */
  public String text(Message message) {
    String text;
    try {
      text = bundle.getString(message.key());
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key missing from catalogue: " + message.key(), e);
    }
    List<Object> args = message.args();
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      text = text.replace("{" + i + "}", arg instanceof Message m ? text(m) : (String) arg);
    }
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Wording w && w.locale.equals(locale);
  }

  @Override
  public int hashCode() {
    return locale.hashCode();
  }

  @Override
  public String toString() {
    return "Wording[" + language() + "]";
  }

  private static Wording load(String language) {
    Locale locale = Locale.forLanguageTag(language);
    return new Wording(locale, ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }
}
