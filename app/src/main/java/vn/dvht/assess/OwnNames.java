package vn.dvht.assess;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names dvht gives its own files in an output folder, and the names it accepts as outputs there.
 * Its own files are {@code .dvht-} and twelve hex digits, then {@code .tmp} (an output being written),
 * {@code .bak} (an output being replaced), {@code .writing} (the journal of a set being written) or
 * {@code .commit} (the journal of a set moving into place); the lock is {@value #LOCK}. An output is a
 * plain name: one file right inside the folder, never a path, never one of dvht's own names.
 */
final class OwnNames {
  static final String LOCK = ".dvht.lock";
  static final String PREFIX = ".dvht-";
  static final String TEMP = ".tmp";
  static final String BACKUP = ".bak";
  static final String WRITING = ".writing";
  static final String COMMIT = ".commit";
  /** The longest name a file system allows, in bytes. */
  static final int MAX_NAME = 255;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern OWN = Pattern.compile("\\.dvht-[0-9a-f]{12}\\.(tmp|bak|writing|commit)");

  private OwnNames() {}

  /** A fresh name of dvht's own with {@code suffix}: short, so any output name beside it fits. */
  static String fresh(String suffix) {
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    return PREFIX + HexFormat.of().formatHex(id) + suffix;
  }

  /** Whether {@code name} is exactly one of dvht's own names ending in {@code suffix}. */
  static boolean isOwn(String name, String suffix) {
    return OWN.matcher(name).matches() && name.endsWith(suffix);
  }

  /**
   * Whether {@code name} may be an output's: not empty, not {@code .} or {@code ..}, no path separator,
   * no control character, at most {@value #MAX_NAME} bytes, not in dvht's own {@code .dvht} names, and one
   * file right inside {@code folder} on this system.
   */
  static boolean isPlain(String name, Path folder) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.toLowerCase(Locale.ROOT).startsWith(".dvht")
        || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7F) {
        return false;
      }
    }
    try {
      Path base = folder.toAbsolutePath();
      Path resolved = base.resolve(name);
      return resolved.getFileName().toString().equals(name) && base.equals(resolved.getParent());
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The name of {@code file} within its folder. */
  static String of(Path file) {
    return file.getFileName().toString();
  }
}
