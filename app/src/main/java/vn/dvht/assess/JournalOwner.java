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
 * Whose journals this run may follow in a folder: those owned as a file made there now is (the folder's
 * file system decides — a server may map every user to one). A journal owned by anyone else was not
 * written by this user's dvht, whatever it says.
 */
@FunctionalInterface
interface JournalOwner {
  /** The name of the journal's owner when it is not this run's user; empty when it is, or owners are unknown. */
  Optional<String> stranger(Path journal) throws IOException;

  /** This run's user as the owner of a file made in {@code folder}; anyone, where the file system has no owners. */
  static JournalOwner ofThisRun(Path folder) throws IOException {
    if (Files.getFileAttributeView(folder, FileOwnerAttributeView.class) == null) {
      return journal -> Optional.empty();
    }
    Path probe = folder.resolve(OwnNames.fresh(OwnNames.TEMP));
    FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS).close();
    UserPrincipal us;
    try {
      us = Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException noOwners) {
      return journal -> Optional.empty();
    } finally {
      Files.deleteIfExists(probe);
    }
    return journal -> {
      UserPrincipal its = Files.getOwner(journal, LinkOption.NOFOLLOW_LINKS);
      return its.equals(us) ? Optional.empty() : Optional.of(its.getName());
    };
  }
}
