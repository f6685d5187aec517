package vn.dvht.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.dvht.diag.Messages;

/**
 * A Vietnamese and an English run started at the same moment on two threads, once with the test-only
 * process-wide language set to English and once to Vietnamese: each must give exactly what it gives alone.
 */
public final class BothLanguagesAtOnce {
  private static final List<Locale> AMBIENT = List.of(Locale.ENGLISH, Messages.VIETNAMESE);

  private BothLanguagesAtOnce() {}

  /** One run in {@code language} ("vi" or "en"), while the process-wide language is {@code ambient}. */
  public interface Run<T> {
    T in(String language, Locale ambient) throws Exception;
  }

  /** Runs {@code run} in both languages at once under each process-wide language; {@code what} names it in failures. */
  public static <T> void giveWhatEachGivesAlone(Object what, T vi, T en, Run<T> run) throws Exception {
    assertThat(vi).as("the two languages differ: %s", what).isNotEqualTo(en);
    for (Locale ambient : AMBIENT) {
      Locale before = Messages.current();
      Messages.use(ambient);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> viRun = pool.submit(() -> {
          start.await();
          return run.in("vi", ambient);
        });
        Future<T> enRun = pool.submit(() -> {
          start.await();
          return run.in("en", ambient);
        });
        assertThat(viRun.get()).as("Vietnamese %s, process-wide %s", what, ambient).isEqualTo(vi);
        assertThat(enRun.get()).as("English %s, process-wide %s", what, ambient).isEqualTo(en);
      } finally {
        pool.shutdownNow();
        Messages.use(before);
      }
    }
  }
}
