package vn.dvht.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A golden file: what an output must read as, rewritten from the output with {@code -Ddvht.updateGolden=true}. */
public final class Golden {
  private Golden() {}

  /** {@code actual} equals the text of {@code golden} (first rewritten with it when golden files are updated). */
  public static void compare(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("dvht.updateGolden")) {
      Files.createDirectories(golden.toAbsolutePath().getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (create it with -Ddvht.updateGolden=true)").exists();
    assertThat(actual).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
