package vn.dvht.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opens only regular files, and says in the user's language why a path cannot be read. A FIFO, a
 * device or a directory would block or stream without end, and the kernel's pseudo-file systems
 * (/proc, /sys, /dev) hold the process's secrets rather than data: all are refused before any byte
 * is read. {@code FileAccess.check(path, limit)} returns the file's size or throws {@link Refused}.
 */
public final class FileAccess {
  /** Mount points of pseudo-file systems on Linux: their "files" are views of the running system. */
  private static final List<String> SPECIAL_ROOTS = List.of("/proc", "/sys", "/dev");
  private static final Set<String> SPECIAL_STORES = Set.of("proc", "sysfs", "devtmpfs", "devpts", "debugfs",
      "securityfs", "tracefs", "cgroup", "cgroup2", "configfs", "efivarfs", "bpf", "mqueue", "pstore", "fusectl");

  private FileAccess() {}

  /** Why a path cannot be used: a message to word after the file's name. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message reason;
    private final boolean missing;

    Refused(Message reason, boolean missing) {
      super(reason.vietnamese(), null, false, false);
      this.reason = reason;
      this.missing = missing;
    }

    /** Why, worded where it is shown. */
    public Message reason() {
      return reason;
    }

    /** Whether the path does not exist at all (callers may say more, such as the built-in ids). */
    public boolean missing() {
      return missing;
    }
  }

  /**
   * The size of {@code path} after checking that it is a regular file on an ordinary file system,
   * readable, and at most {@code limit} bytes long (no limit when negative).
   */
  public static long check(Path path, long limit) throws Refused {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new Refused(reason(e), e instanceof NoSuchFileException);
    }
    if (attributes.isDirectory()) {
      throw new Refused(Message.of("file.directory"), false);
    }
    if (!attributes.isRegularFile() || isSpecial(path)) {
      throw new Refused(Message.of("file.special"), false);
    }
    if (limit >= 0 && attributes.size() > limit) {
      throw new Refused(Message.of("file.tooLarge", megabytes(limit)), false);
    }
    try (InputStream probe = Files.newInputStream(path)) {
      return attributes.size();
    } catch (IOException e) {
      throw new Refused(reason(e), e instanceof NoSuchFileException);
    }
  }

  /** Reads a file that {@link #check} accepts, never more than {@code limit} bytes of it. */
  public static byte[] read(Path path, long limit) throws Refused {
    check(path, limit);
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new Refused(Message.of("file.tooLarge", megabytes(limit)), false);
      }
      return bytes;
    } catch (IOException e) {
      throw new Refused(reason(e), false);
    }
  }

  /** Why an I/O operation on a file failed, without the operating system's English words. */
  public static Message reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Message.of("file.notFound");
    }
    if (e instanceof AccessDeniedException) {
      return Message.of("file.denied");
    }
    if (e instanceof FileSystemLoopException || String.valueOf(e.getMessage()).contains("symbolic links")) {
      return Message.of("file.linkLoop");
    }
    if (e instanceof NotDirectoryException || String.valueOf(e.getMessage()).contains("Not a directory")) {
      return Message.of("file.notDirectory");
    }
    if (e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("directory")) {
      return Message.of("file.directory");
    }
    return Message.of("file.unreadable");
  }

  private static boolean isSpecial(Path path) {
    try {
      Path real = path.toRealPath();
      String text = real.toString().replace('\\', '/');
      for (String root : SPECIAL_ROOTS) {
        if (text.equals(root) || text.startsWith(root + "/")) {
          return true;
        }
      }
      return SPECIAL_STORES.contains(Files.getFileStore(real).type().toLowerCase(Locale.ROOT));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? Long.toString(bytes / 1024 / 1024)
        : new java.math.BigDecimal(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
            java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
