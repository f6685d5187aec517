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

  @Test
  void aSubmittedIdentifierFindsItsUnitWhateverItsNameAndOnlyIt() {
    java.time.LocalDate day = java.time.LocalDate.of(2023, 2, 10);
    RegisterEntry a1 = new RegisterEntry(2, "DV01", "Trường A", "", 1, "1/QĐ", day, 0, "", "");
    RegisterEntry a2 = new RegisterEntry(3, "DV02", "Trường A", "", 1, "2/QĐ", day, 0, "", "");
    RegisterEntry b = new RegisterEntry(4, "", "Trường B", "", 1, "3/QĐ", day, 0, "", "");
    Register register = Register.of("so.xlsx", java.util.List.of(a1, a2, b), java.util.List.of());
    assertThat(register.find(new UnitKey("Trường A", "dv02"))).singleElement()
        .satisfies(u -> assertThat(u.decisions()).containsExactly(a2));
    assertThat(register.find(new UnitKey("Trường A (tên mới)", "DV01"))).as("renamed, same identifier")
        .singleElement().satisfies(u -> assertThat(u.decisions()).containsExactly(a1));
    assertThat(register.find(UnitKey.of("Trường A"))).as("no identifier: ambiguous").hasSize(2);
    assertThat(register.find(new UnitKey("Trường A", "DV09"))).as("an identifier the register does not hold").isEmpty();
    assertThat(register.otherIds(new UnitKey("Trường A", "DV09"))).hasSize(2);
    assertThat(register.otherIds(new UnitKey("Trường A", "DV01"))).hasSize(1);
    assertThat(register.otherIds(UnitKey.of("Trường A"))).isEmpty();
    assertThat(register.find(new UnitKey("trường b", "X1"))).as("a register row without one: by name")
        .singleElement().satisfies(u -> assertThat(u.decisions()).containsExactly(b));
  }
}
