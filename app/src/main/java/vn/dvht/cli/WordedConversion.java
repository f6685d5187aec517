package vn.dvht.cli;

import picocli.CommandLine.TypeConversionException;
import vn.dvht.diag.Message;

/**
 * A value a converter refused with a sentence for the user, which {@link UsageErrors} words in the run's
 * language and says as it is (a converter is made by picocli and knows no language).
 */
final class WordedConversion extends TypeConversionException {
  private static final long serialVersionUID = 1L;

  private final transient Message sentence;

  WordedConversion(Message sentence) {
    super(sentence.vietnamese());
    this.sentence = sentence;
  }

  /** What was wrong, not yet worded. */
  Message sentence() {
    return sentence;
  }
}
