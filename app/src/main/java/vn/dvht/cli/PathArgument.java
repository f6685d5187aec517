package vn.dvht.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A file, folder or ruleset named on the command line, never empty: {@code dvht evaluate "$TEP"} with an
 * unset variable gives {@code ""}, which {@link Path#of} reads as the current folder — every workbook
 * there would be evaluated. An empty value is a usage error ({@link UsageErrors}), whatever the option.
 */
final class PathArgument implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    if (value.isEmpty()) {
      throw new TypeConversionException("empty");
    }
    return value;
  }

  /** A {@link Path} option or parameter: not empty, and a path the system can hold. */
  static Path path(String value) {
    if (value.isEmpty()) {
      throw new TypeConversionException("empty");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("invalid path");
    }
  }
}
