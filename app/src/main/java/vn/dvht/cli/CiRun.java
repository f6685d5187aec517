package vn.dvht.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What CI reports say about a run beside its results: when it started (local time), how long it
 * took, on which machine, and the directory relative file names are resolved against.
 */
record CiRun(LocalDateTime started, Duration time, String hostname, Path workingDirectory) {

  /** Times a run on {@code top}'s clock: {@link #start}, then {@link Timer#stop}. */
  static Timer start(DvhtCommand top) {
    return new Timer(top, top.clock.instant());
  }

  /** A run under way. */
  record Timer(DvhtCommand top, Instant started) {
    Duration since(Instant then) {
      return Duration.between(then, top.clock.instant());
    }

    Instant now() {
      return top.clock.instant();
    }

    CiRun stop() {
      Clock clock = top.clock;
      return new CiRun(LocalDateTime.ofInstant(started, clock.getZone()), since(started), JunitXml.hostname(top.env),
          Path.of("").toAbsolutePath());
    }
  }
}
