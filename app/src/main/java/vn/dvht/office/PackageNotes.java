package vn.dvht.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.dvht.diag.Message;

/**
 * What an Office package says of itself that dvht did not write: another application named in
 * {@code docProps/app.xml}, a "last modified by" in {@code docProps/core.xml}. dvht writes neither, so
 * either means the file was saved again since — not that a figure changed, which the grid and the
 * re-decision tell.
 */
final class PackageNotes {
  private static final Pattern APPLICATION = Pattern.compile("<(?:\\w+:)?Application>([^<]*)<");
  private static final Pattern MODIFIED_BY = Pattern.compile("<(?:\\w+:)?lastModifiedBy>([^<]*)<");
  private static final int MOST = 1 << 16;

  private PackageNotes() {}

  static List<Message> of(Path path) {
    List<Message> notes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      String app = part(zip, "docProps/app.xml");
      Matcher application = APPLICATION.matcher(app);
      if (application.find() && !application.group(1).strip().equals("dvht")) {
        notes.add(Message.of("office.savedBy", application.group(1).strip()));
      }
      Matcher by = MODIFIED_BY.matcher(part(zip, "docProps/core.xml"));
      if (by.find() && !by.group(1).isBlank()) {
        notes.add(Message.of("office.modifiedBy", by.group(1).strip()));
      }
    } catch (IOException e) {
      // Read already as a workbook: a package it cannot list again has nothing more to say.
    }
    return notes;
  }

  private static String part(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return "";
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readNBytes(MOST), StandardCharsets.UTF_8);
    }
  }
}
