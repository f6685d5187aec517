package vn.dvht.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Units are matched across years by their name as a clerk reads it, or by identifier when both have one. */
class UnitKeyTest {
  @Test
  void namesDifferingOnlyInCaseSpacingPunctuationOrTonePlacementAreOneUnit() {
    assertThat(UnitKey.of("Trường THPT “Lý Nhân”.").sameUnit(UnitKey.of("trường  thpt lý nhân"))).isTrue();
    assertThat(UnitKey.of("Trường Mầm non Hoà Bình").sameUnit(UnitKey.of("Trường mầm non Hòa Bình"))).isTrue();
    assertThat(UnitKey.of("Trường THPT Lý Nhân").sameUnit(UnitKey.of("Trường THPT Lý Nhân B"))).isFalse();
    assertThat(UnitKey.of("Đông Hải").sameUnit(UnitKey.of("Dong Hai"))).as("đ is not d").isFalse();
  }

  @Test
  void identifiersDecideWhenBothHaveOne() {
    assertThat(new UnitKey("Trường A", "DV01").sameUnit(new UnitKey("Trường A", "DV02"))).isFalse();
    assertThat(new UnitKey("Trường A", "DV01").sameUnit(new UnitKey("Trường A (cũ)", "dv01"))).isTrue();
    assertThat(new UnitKey("Trường A", "DV01").sameUnit(UnitKey.of("Trường A"))).isTrue();
  }

  @Test
  void aRegisterGroupsRowsByIdentifierAndJoinsUnnamedOnesByName() {
    RegisterEntry a = new RegisterEntry(2, "DV01", "Trường A", "", 1, "1/QĐ", java.time.LocalDate.of(2021, 2, 10), 0, "", "");
    RegisterEntry b = new RegisterEntry(3, "", "trường a", "", 2, "2/QĐ", java.time.LocalDate.of(2023, 2, 10), 0, "", "");
    RegisterEntry c = new RegisterEntry(4, "", "Trường B", "", 1, "3/QĐ", java.time.LocalDate.of(2024, 2, 10), 0, "", "");
    Register register = Register.of("so.xlsx", java.util.List.of(a, b, c), java.util.List.of());
    assertThat(register.units()).hasSize(2);
    assertThat(register.find(UnitKey.of("TRƯỜNG A")).get(0).decisions()).containsExactly(a, b);
    assertThat(register.find(UnitKey.of("Trường A")).get(0).latestAt(1)).contains(a);
  }
}
