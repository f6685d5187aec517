package vn.dvht.assess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dvht.diag.Visible;

/**
 * The name each unit's outputs start with, unique within a run and the same on every run: the input's
 * name without its extension ({@code danh-sach.xlsx} → {@code danh-sach}); where two inputs would share
 * one — letter case aside, as Windows compares — the extension is added ({@code a-xlsx}, {@code a-csv}),
 * else the folder ({@code dot-1-danh-sach}), else both, and as a last resort eight hex digits of the
 * path's SHA-256. A name is shortened so that its longest output name fits the 255 bytes a file system allows.
 *
 * <p>Every name is portable ({@link #portable}): a Windows share can hold it and it reads as what it is.
 */
final class OutputNames {
  /**
   * Bytes of the longest suffix added to a name ({@code -ket-qua.xlsx}, {@code -bao-cao.docx},
   * {@code -quyet-dinh-cdht.docx} and the {@code ~0} a scratch file's journal line adds) and slack.
   */
  private static final int SUFFIX = 24;
  private static final int MAX_NAME = 255;
  /** What stands for a character a name cannot hold. */
  private static final char REPLACEMENT = '_';
  /** Characters Windows refuses in a file name (the path separators among them). */
  private static final String REFUSED = ":?<>|\"*\\/";
  /** Device names Windows reserves, with any extension: {@code CON.xlsx} opens the console. */
  private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|conin\\$|conout\\$|(com|lpt)[0-9¹²³])");

  private OutputNames() {}

  static Map<Path, String> of(List<Path> inputs) {
    Map<Path, String> names = new LinkedHashMap<>();
    inputs.forEach(p -> names.put(p, portable(stem(p))));
    disambiguate(names, OutputNames::withExtension);
    disambiguate(names, p -> folder(p) + stem(p));
    disambiguate(names, p -> folder(p) + withExtension(p));
    disambiguate(names, p -> stem(p) + "-" + hash(p));
    names.replaceAll((p, name) -> fit(name, p));
    return names;
  }

  /** Renames, with {@code rename} (made portable), every input whose name another input also has. */
  private static void disambiguate(Map<Path, String> names, java.util.function.Function<Path, String> rename) {
    Map<String, List<Path>> byName = new HashMap<>();
    names.forEach((p, name) -> byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(p));
    for (List<Path> same : byName.values()) {
      if (same.size() > 1) {
        same.forEach(p -> names.put(p, portable(rename.apply(p))));
      }
    }
  }

  /** How a file system that ignores letter case and Unicode forms (Windows, macOS) tells two names apart. */
  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  static String stem(Path input) {
    return input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
  }

  /**
   * A name every file system dvht runs on can hold and that reads as what it is: in NFC (a name typed
   * on macOS and one typed on Windows look alike and are one name), with {@code _} for what Windows
   * refuses ({@code : ? < > | " * \ /}), for control characters and for the bidirectional and invisible
   * characters that make a name read as another ({@code hoa\u202Excod.exe}); no leading dot (a hidden
   * file, or one of dvht's own {@code .dvht-} names), no trailing dot or space (Windows drops them), and
   * never a device name ({@code CON}, {@code NUL}, {@code COM1}, …, which Windows opens as a device).
   */
  static String portable(String name) {
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().forEach(c -> {
      // Visible.isHidden: controls, and every format character — the bidirectional marks and overrides among them
      boolean refused = c < 0x80 && REFUSED.indexOf(c) >= 0 || Visible.isHidden(c);
      out.appendCodePoint(refused ? REPLACEMENT : c);
    });
    String text = out.toString().strip().replaceFirst("[. ]+$", "");
    if (text.startsWith(".")) {
      text = REPLACEMENT + text.substring(1);
    }
    if (text.isEmpty()) {
      return String.valueOf(REPLACEMENT);
    }
    String device = text.split("\\.", 2)[0].stripTrailing();
    return RESERVED.matcher(device).matches() ? REPLACEMENT + text : text;
  }

  private static String withExtension(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? stem(input) + "-" + name.substring(dot + 1).toLowerCase(Locale.ROOT) : name;
  }

  private static String folder(Path input) {
    Path parent = input.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "-";
  }

  private static String hash(Path input) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(input.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name cut at a character boundary, with the path's hash, when its outputs' names would be too long. */
  private static String fit(String name, Path input) {
    if (name.getBytes(StandardCharsets.UTF_8).length + SUFFIX <= MAX_NAME) {
      return name;
    }
    String tail = "-" + hash(input);
    StringBuilder cut = new StringBuilder();
    int bytes = tail.length() + SUFFIX;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > MAX_NAME) {
        break;
      }
      cut.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return portable(cut + tail);
  }
}
