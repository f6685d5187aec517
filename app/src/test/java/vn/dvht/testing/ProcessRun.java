package vn.dvht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A process run to its end, as the launcher tests run dvht: its exit code, stdout and stderr, the two
 * read at once so that neither pipe can fill and stall it; stdin closed.
 */
public record ProcessRun(int code, String out, String err) {

  /** Runs {@code builder}'s command, failing the test if it takes more than {@code seconds}. */
  public static ProcessRun of(ProcessBuilder builder, int seconds) throws IOException, InterruptedException {
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> all(process.getErrorStream()));
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after " + seconds + " s: " + builder.command());
    }
    return new ProcessRun(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] all(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
