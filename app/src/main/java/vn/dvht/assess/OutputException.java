package vn.dvht.assess;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import vn.dvht.diag.Messages;

/**
 * An output that could not be written (exit code 5), said in the user's language with the path and
 * what to do: a full disk, a read-only folder, no permission, a name too long, a folder or a
 * dangling link where the file should go. Nothing of the unit's outputs was left half-written.
 */
public final class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  private OutputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem said in full by dvht itself. */
  static OutputException said(String message) {
    return new OutputException(message, null);
  }

  /** What went wrong writing {@code target}, from the file system's answer. */
  static OutputException of(IOException e, Path target) {
    return new OutputException(describe(e, target), e);
  }

  private static String describe(IOException e, Path target) {
    Path folder = target.toAbsolutePath().getParent();
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : String.valueOf(e.getMessage());
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.contains("no space") || r.contains("disk quota") || r.contains("not enough space")) {
      return Messages.get("out.full", target, folder);
    }
    if (r.contains("read-only")) {
      return Messages.get("out.readOnly", folder);
    }
    if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("access is denied")) {
      return Messages.get("out.denied", folder);
    }
    if (r.contains("name too long") || r.contains("filename") && r.contains("long")) {
      return Messages.get("out.tooLong", target);
    }
    if (e instanceof NotDirectoryException || r.contains("not a directory")) {
      return Messages.get("out.notFolder", folder);
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return Messages.get("out.isFolder", target);
    }
    return Messages.get("out.failed", target);
  }
}
