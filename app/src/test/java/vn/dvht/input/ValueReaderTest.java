package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Days as Vietnamese clerks type them, and what is not a day. */
class ValueReaderTest {
  @ParameterizedTest
  @ValueSource(strings = {"15/3/2024", "15/03/2024", " 15-03-2024 ", "15.3.2024", "2024-03-15", "45366",
      "ngày 15 tháng 3 năm 2024", "Ngày 15 tháng 03 năm 2024", "ngay 15 thang 3 nam 2024"})
  void readsADay(String text) {
    assertThat(ValueReader.parseDate(text)).contains(LocalDate.of(2024, 3, 15));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024", "31/2/2024", "15/3/24", "3/15/2024", "tháng 3 năm 2024", "", "Có", "999999"})
  void refusesWhatIsNotADay(String text) {
    assertThat(ValueReader.parseDate(text)).isEmpty();
  }
}
