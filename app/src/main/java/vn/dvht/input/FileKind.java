package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;
import vn.dvht.diag.Message;

/**
 * What a file that does not open as a workbook really is, from its first bytes: a Word document, an
 * HTML page or a text file under an Excel name, or a zip that is cut off or damaged — so the message
 * says what to do instead of quoting a parser.
 */
final class FileKind {
  private static final int SNIFF = 4096;

  private FileKind() {}

  /** The advice for a file that failed to open as a workbook, when its bytes tell what it is. */
  static Optional<Message> advice(Path path) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(SNIFF);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (isZip(head)) {
      return Optional.of(zipAdvice(path));
    }
    String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    if (text.contains("<html") || text.contains("<table")) {
      return Optional.of(Message.of("input.htmlAsExcel"));
    }
    if (isText(head)) {
      return Optional.of(Message.of("input.textAsExcel"));
    }
    return Optional.empty();
  }

  /** Whether bytes start a zip archive (an .xlsx, .docx or .ods). */
  static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  private static Message zipAdvice(Path path) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.getEntry("word/document.xml") != null) {
        return Message.of("input.wordDocument");
      }
      return Message.of("input.notWorkbook", Message.of("input.noWorkbookPart"));
    } catch (IOException e) {
      return Message.of("input.corruptZip");
    }
  }

  /** No NUL and no control bytes other than tab and line ends: text in some 8-bit or UTF-8 encoding. */
  private static boolean isText(byte[] head) {
    for (byte b : head) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
        return false;
      }
    }
    return head.length > 0;
  }
}
