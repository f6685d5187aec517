package vn.dvht.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A message is a key and its arguments until a wording puts it into one language's words. */
class WordingTest {
  static final Wording VI = Wording.of(Wording.VI);
  static final Wording EN = Wording.of(Wording.EN);

  @Test
  void oneMessageReadsInEitherLanguage() {
    Message none = Message.of("verdict.none");
    assertThat(VI.text(none)).isEqualTo("Đơn vị chưa đạt mức độ nào.");
    assertThat(EN.text(none)).isEqualTo("The unit did not reach any level.");
  }

  @Test
  void aMessageAmongTheArgumentsIsWordedInTheSameLanguage() {
    Message usage = Message.of("cli.usageError", Message.of("cli.missingLanguage"));
    assertThat(VI.text(usage)).isEqualTo("Lỗi cú pháp lệnh: --lang cần một giá trị: vi hoặc en");
    assertThat(EN.text(usage)).isEqualTo("Command error: --lang needs a value: vi or en");
  }

  @Test
  void argumentsAreTakenVerbatimAsTheTextTheyPrintAs() {
    assertThat(VI.get("position.row", 12345)).isEqualTo("dòng 12345");
    assertThat(VI.get("position.sheet", "Tờ '{x}' 50%")).isEqualTo("trang tính \"Tờ '{x}' 50%\"");
    assertThat(Message.of("position.cell", new BigDecimal("1.50")).args()).containsExactly("1.50");
  }

  @Test
  void aMessageIsAValue() {
    assertThat(Message.of("position.row", 3)).isEqualTo(Message.of("position.row", "3"));
    assertThat(Wording.of(Wording.EN)).isEqualTo(VI.in(Wording.EN)).isSameAs(EN.in(Wording.EN));
    assertThat(Wording.every()).containsExactly(VI, EN);
  }

  @Test
  void anUnknownKeyOrLanguageIsAProgrammingError() {
    assertThatThrownBy(() -> VI.get("no.such.key")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
    assertThatThrownBy(() -> Wording.of("fr")).isInstanceOf(IllegalArgumentException.class);
  }
}
