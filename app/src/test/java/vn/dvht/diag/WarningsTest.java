package vn.dvht.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Warnings are counted exactly by code and listed up to {@link Warnings#LISTED} of each, in the order met. */
class WarningsTest {
  private static final SourcePosition AT = new SourcePosition.InFile("don-vi.xlsx");

  @Test
  void everyWarningIsCountedAndTheFirstOfEachCodeListedInTheOrderMet() {
    Diagnostics diagnostics = new Diagnostics();
    for (int i = 0; i < Warnings.LISTED + 7; i++) {
      diagnostics.warning("I211", AT, Message.verbatim("thiếu họ và tên " + i));
      if (i % 2 == 0 || i >= Warnings.LISTED) {
        diagnostics.warning("I214", AT, Message.verbatim("trùng " + i));
      }
    }
    diagnostics.error("I213", AT, Message.verbatim("giá trị không hợp lệ"));
    diagnostics.warning("I109", AT, Message.verbatim("trang tính ẩn"));

    Warnings warnings = diagnostics.counted();
    long twice = Warnings.LISTED / 2 + 7;
    assertThat(warnings.totals()).containsExactly(java.util.Map.entry("I211", (long) Warnings.LISTED + 7),
        java.util.Map.entry("I214", twice), java.util.Map.entry("I109", 1L));
    assertThat(warnings.total()).isEqualTo(Warnings.LISTED + 7 + twice + 1);
    assertThat(warnings.listed()).hasSize(Warnings.LISTED + (int) twice + 1);
    assertThat(warnings.listed().subList(0, 3)).extracting(d -> Wording.of(Wording.VI).text(d.message()))
        .containsExactly("thiếu họ và tên 0", "trùng 0", "thiếu họ và tên 1");
    assertThat(warnings.listed().get(warnings.listed().size() - 1).code()).isEqualTo("I109");
    assertThat(warnings.omitted()).containsExactly(new Warnings.Omitted("I211", Warnings.LISTED + 7, Warnings.LISTED));
    assertThat(warnings.complete()).isFalse();
    assertThat(diagnostics.errors()).singleElement().extracting(Diagnostic::code).isEqualTo("I213");
    assertThat(diagnostics.warnings()).hasSize(warnings.listed().size());
  }

  @Test
  void aWarningPastTheListedMakesNeitherItsPlaceNorItsMessage() {
    Diagnostics diagnostics = new Diagnostics();
    AtomicInteger made = new AtomicInteger();
    for (int i = 0; i < Warnings.LISTED + 1000; i++) {
      diagnostics.warning("I215", () -> AT, () -> Message.verbatim("dòng ẩn " + made.incrementAndGet()));
    }
    diagnostics.unlisted("I212", 42);

    assertThat(made).hasValue(Warnings.LISTED);
    assertThat(diagnostics.counted().totals()).containsEntry("I215", Warnings.LISTED + 1000L).containsEntry("I212", 42L);
    assertThat(diagnostics.counted().omitted()).extracting(Warnings.Omitted::more).containsExactly(1000L, 42L);
  }

  @Test
  void warningsAddedLaterAreCountedAsIfMetAfterAndABatchKeepsOnlyTheCounts() {
    Warnings read = Warnings.of(List.of(Diagnostic.warning("I211", AT, Message.verbatim("thiếu họ và tên"))));
    Warnings more = read.with(Diagnostic.warning("W001", AT, Message.verbatim("năm"))).with(Warnings.of(List.of(
        Diagnostic.warning("W004", AT, Message.verbatim("chưa dịch")))));

    assertThat(more.listed()).extracting(Diagnostic::code).containsExactly("I211", "W001", "W004");
    assertThat(more.complete()).isTrue();
    assertThat(more.omitted()).isEmpty();
    assertThat(more.countsOnly().listed()).isEmpty();
    assertThat(more.countsOnly().total()).isEqualTo(3);
    assertThat(more.countsOnly().omitted()).extracting(Warnings.Omitted::code).containsExactly("I211", "W001", "W004");
    assertThat(Warnings.NONE.isEmpty()).isTrue();
  }

  @Test
  void whatIsNotListedIsSaidWithItsCodeAndCount() {
    Warnings.Omitted omitted = new Warnings.Omitted("I211", 1_000_000, Warnings.LISTED);
    assertThat(vn.dvht.diag.Wording.of("vi").text(omitted.sentence())).isEqualTo("1000000 cảnh báo I211; chỉ liệt kê 10000 cảnh báo đầu tiên.");
    assertThat(Messages.in(java.util.Locale.ENGLISH, "warnings.omitted", 1_000_000, "I211", Warnings.LISTED))
        .isEqualTo("1000000 I211 warnings; only the first 10000 are listed.");
  }
}
