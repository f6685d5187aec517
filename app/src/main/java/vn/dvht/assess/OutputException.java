package vn.dvht.assess;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import vn.dvht.diag.Message;

/**
 * An output that could not be written (exit code 5), said in the user's language with the path and
 * what to do: a full disk, a read-only folder, no permission, a name too long, a folder or a
 * dangling link where the file should go. Nothing of the unit's outputs was left half-written.
 */
public final class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Message message;

  private OutputException(Message message, Throwable cause) {
    super(message.vietnamese(), cause);
    this.message = message;
  }

  /** What went wrong and what to do, worded where it is shown. */
  public Message message() {
    return message;
  }

  /** A problem said in full by dvht itself. */
  static OutputException said(Message message) {
    return new OutputException(message, null);
  }

  /** What went wrong writing {@code target}, from the file system's answer. */
  static OutputException of(IOException e, Path target) {
    return new OutputException(describe(e, target), e);
  }

  private static Message describe(IOException e, Path target) {
    Path folder = target.toAbsolutePath().getParent();
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : String.valueOf(e.getMessage());
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.contains("no space") || r.contains("disk quota") || r.contains("not enough space")) {
      return Message.of("out.full", target, folder);
    }
    if (r.contains("read-only")) {
      return Message.of("out.readOnly", folder);
    }
    if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("access is denied")) {
      return Message.of("out.denied", folder);
    }
    if (r.contains("name too long") || r.contains("filename") && r.contains("long")) {
      return Message.of("out.tooLong", target);
    }
    if (e instanceof NotDirectoryException || r.contains("not a directory")) {
      return Message.of("out.notFolder", folder);
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return Message.of("out.isFolder", target);
    }
    return Message.of("out.failed", target);
  }
}
