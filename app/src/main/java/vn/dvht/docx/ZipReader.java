package vn.dvht.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a form's zip within {@link FormLimits}: at most so many, every byte inflated
 * through a count, the same name (in any case) never twice, and only the entries asked for kept.
 * An entry name that could point outside a folder it is unpacked into — {@code ../}, an absolute path,
 * a drive letter, a backslash, a control character — is a finding.
 */
final class ZipReader {
  private ZipReader() {}

  /** The names of the entries in their order (folders left out), the bytes of those kept, the unsafe names. */
  record Entries(List<String> names, Map<String, byte[]> kept, List<Finding> findings) {}

  static Entries read(byte[] zip, Predicate<String> keep) throws FormException {
    List<String> names = new ArrayList<>();
    Map<String, byte[]> kept = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long inflated = 0;
    long xml = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[1 << 16];
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (seen.size() >= FormLimits.MAX_PARTS) {
          throw new FormException(FormException.Reason.TOO_MANY_PARTS, FormLimits.MAX_PARTS);
        }
        if (!seen.add(name.toLowerCase(Locale.ROOT))) {
          throw new FormException(FormException.Reason.PART_TWICE, name);
        }
        boolean safe = safe(name);
        if (!safe) {
          findings.add(new Finding(Finding.Problem.UNSAFE_NAME, Place.zip(), ""));
        }
        boolean keeping = safe && !entry.isDirectory() && keep.test(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          inflated += n;
          if (inflated > FormLimits.MAX_INFLATED) {
            throw new FormException(FormException.Reason.BOMB, FormLimits.MAX_INFLATED / 1024 / 1024);
          }
          if (keeping) {
            xml += n;
            if (xml > FormLimits.MAX_XML) {
              throw new FormException(List.of(new Finding(Finding.Problem.XML_TOO_LARGE, Place.zip(),
                  String.valueOf(FormLimits.MAX_XML / 1024 / 1024))));
            }
            bytes.write(buffer, 0, n);
          }
        }
        if (!entry.isDirectory()) {
          names.add(name);
        }
        if (keeping) {
          kept.put(name, bytes.toByteArray());
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw new FormException(FormException.Reason.NOT_ZIP);
    } catch (IOException e) {
      throw new FormException(FormException.Reason.NOT_ZIP);
    }
    if (seen.isEmpty()) {
      throw new FormException(FormException.Reason.NOT_ZIP);
    }
    return new Entries(names, kept, findings);
  }

  /** A plain relative name of folders and a file: no {@code ..}, no root, no drive, no backslash, no control. */
  static boolean safe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        return false;
      }
    }
    String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    for (String segment : body.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
