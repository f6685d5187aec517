package vn.dvht.assess;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/**
 * Who owns the journals this run's user writes in a folder: the owner of a file made there now (the
 * folder's file system decides — a server may map every user to one). A journal owned by anyone else was
 * not written by this user's dvht, whatever it says.
 */
final class JournalOwner {
  private JournalOwner() {}

  /** The owner of a file this run makes in {@code folder}; empty where the file system has no owners. */
  static Optional<UserPrincipal> ofThisRun(Path folder) throws IOException {
    if (Files.getFileAttributeView(folder, FileOwnerAttributeView.class) == null) {
      return Optional.empty();
    }
    Path probe = folder.resolve(OwnNames.fresh(OwnNames.TEMP));
    FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS).close();
    try {
      return Optional.of(Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS));
    } catch (UnsupportedOperationException noOwners) {
      return Optional.empty();
    } finally {
      Files.deleteIfExists(probe);
    }
  }
}
