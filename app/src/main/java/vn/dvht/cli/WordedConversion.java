package vn.dvht.cli;

import picocli.CommandLine.TypeConversionException;

/** A value a converter refused with a sentence already worded for the user, which {@link UsageErrors} says as it is. */
final class WordedConversion extends TypeConversionException {
  private static final long serialVersionUID = 1L;

  WordedConversion(String sentence) {
    super(sentence);
  }
}
