package vn.dvht.model;

/**
 * Who is assessed: unit name, authority level and unit type ids of the ruleset, assessment year, ownership
 * id ("" when it does not matter for the unit type), and the unit's identifier as its sheet gives it ("Mã
 * định danh": the mã định danh điện tử of Quyết định 20/2020/QĐ-TTg, for an enterprise its mã số doanh
 * nghiệp; "" when not given), by which an office matches it across years.
 */
public record UnitProfile(String name, String authority, String unitType, int year, String ownership, String id) {

  /** A unit without an identifier. */
  public UnitProfile(String name, String authority, String unitType, int year, String ownership) {
    this(name, authority, unitType, year, ownership, "");
  }

  public UnitProfile withYear(int year) {
    return new UnitProfile(name, authority, unitType, year, ownership, id);
  }
}
