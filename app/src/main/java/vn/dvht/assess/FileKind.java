package vn.dvht.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import vn.dvht.diag.Message;

/**
 * What a name in the output folder is, found without following a link and without opening it (opening
 * a FIFO blocks): dvht uses only regular files, and says what else it found.
 */
enum FileKind {
  MISSING, REGULAR, FOLDER, LINK, SPECIAL;

  /** The kind of {@code path} itself (a link is a link, wherever it points). */
  static FileKind of(Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return MISSING;
    }
    return attributes.isSymbolicLink() ? LINK : attributes.isDirectory() ? FOLDER
        : attributes.isRegularFile() ? REGULAR : SPECIAL;
  }

  /** What it is, for a message: "là thư mục", "là liên kết (symlink)", … */
  Message described() {
    return Message.of("out.kind." + name().toLowerCase(java.util.Locale.ROOT));
  }
}
