package vn.dvht.assess;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One temporary file of a set: created new (never over anything, never through a link), written only
 * through the handle that created it, and known by its identity (device and inode) so that the commit
 * can tell it is still the file at its name — not a link, a FIFO or another file put there meanwhile.
 */
final class TempFile {
  private static final Set<OpenOption> NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
      LinkOption.NOFOLLOW_LINKS);

  private final Path path;
  private final FileChannel channel;
  private final Object key;
  private boolean taken;

  private TempFile(Path path, FileChannel channel, Object key) {
    this.path = path;
    this.channel = channel;
    this.key = key;
  }

  /** A temporary file whose name no longer holds the file dvht wrote. */
  static final class Replaced extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path temp;
    private final String target;

    Replaced(Path temp, String target) {
      super(temp.toString());
      this.temp = temp;
      this.target = target;
    }

    Path temp() {
      return temp;
    }

    String target() {
      return target;
    }
  }

  /**
   * Makes {@code path} anew, with the user's umask as any file; when {@code replacing} a regular file at
   * {@code target}, with that file's mode too (within the umask). A link there lends nothing: it is no
   * regular file, and its target is never looked at.
   */
  static TempFile create(Path path, Path target, boolean replacing) throws IOException {
    Optional<Set<PosixFilePermission>> mode = replacing ? mode(target) : Optional.empty();
    FileChannel channel = mode.isPresent()
        ? FileChannel.open(path, NEW, PosixFilePermissions.asFileAttribute(mode.get()))
        : FileChannel.open(path, NEW);
    try {
      return new TempFile(path, channel, key(path));
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /** A scratch file at {@code path}, made anew as {@link #create} makes one, to write and read back. */
  static TempFile scratch(Path path) throws IOException {
    FileChannel channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
    try {
      return new TempFile(path, channel, key(path));
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  private static Optional<Set<PosixFilePermission>> mode(Path target) throws IOException {
    if (FileKind.of(target) != FileKind.REGULAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .permissions());
    } catch (UnsupportedOperationException noPosix) {
      return Optional.empty();
    }
  }

  private static Object key(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  Path path() {
    return path;
  }

  /** The handle to write through; once. */
  FileChannel take() {
    if (taken) {
      throw new IllegalStateException("a temporary file is written once: " + path);
    }
    taken = true;
    return channel;
  }

  /** Whether its name still holds this file: a regular file, and the same one where the system knows identities. */
  boolean unchanged() throws IOException {
    return FileKind.of(path) == FileKind.REGULAR && (key == null || Objects.equals(key, key(path)));
  }

  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing is lost: the commit checks the file at its name
    }
  }
}
