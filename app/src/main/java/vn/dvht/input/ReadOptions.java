package vn.dvht.input;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * How to read an odd file: the member sheet by name, a CSV's encoding and delimiter, a workbook's
 * password, columns mapped by hand ({@code "Kỷ luật lao động" → "F"} or a header text), and whether
 * a very large or highly compressed workbook may be opened.
 */
public record ReadOptions(
    Optional<String> sheet,
    Optional<Charset> encoding,
    Optional<Character> delimiter,
    Optional<String> password,
    Map<String, String> columns,
    boolean allowLarge) {

  public static final ReadOptions DEFAULT =
      new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), false);

  public ReadOptions {
    columns = Map.copyOf(columns);
  }
}
