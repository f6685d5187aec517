package vn.dvht.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file name as a SARIF artifact location: a path under the working directory becomes a
 * percent-encoded relative reference resolved against {@value #BASE}
 * ({@code bộ tiêu chí/tỉnh x.yaml} → {@code b%E1%BB%99%20ti%C3%AAu%20ch%C3%AD/t%E1%BB%89nh%20x.yaml}); any other
 * path becomes an absolute {@code file://} URI, with no base.
 */
record ArtifactUri(String uri, Optional<String> baseId) {
  /** The base id relative URIs are resolved against: the directory dvht ran in. */
  static final String BASE = "%SRCROOT%";

  /** Where {@code file} (as the diagnostics name it) lies, seen from {@code workingDirectory} (absolute). */
  static ArtifactUri of(String file, Path workingDirectory) {
    Path path;
    try {
      path = workingDirectory.resolve(file).normalize();
    } catch (InvalidPathException e) {
      return new ArtifactUri(encode(file), Optional.of(BASE));
    }
    if (path.startsWith(workingDirectory)) {
      return new ArtifactUri(encode(workingDirectory.relativize(path).toString()), Optional.of(BASE));
    }
    return absolute(path.toString());
  }

  /** The working directory itself, as {@code originalUriBaseIds} gives it: an absolute URI ending in "/". */
  static String directory(Path workingDirectory) {
    String uri = absolute(workingDirectory.toString()).uri();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static ArtifactUri absolute(String path) {
    String portable = File.separatorChar == '\\' ? path.replace('\\', '/') : path;
    if (portable.startsWith("//")) {
      return new ArtifactUri("file:" + encode(portable), Optional.empty()); // a UNC path: //server/share/…
    }
    if (portable.matches("[A-Za-z]:/.*")) {
      return new ArtifactUri("file:///" + portable.substring(0, 2) + encode(portable.substring(2)), Optional.empty());
    }
    return new ArtifactUri("file://" + encode(portable), Optional.empty());
  }

  /** Percent-encodes the UTF-8 bytes of everything but RFC 3986's unreserved characters and "/". */
  static String encode(String path) {
    String portable = File.separatorChar == '\\' ? path.replace('\\', '/') : path;
    StringBuilder out = new StringBuilder();
    for (byte b : portable.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
