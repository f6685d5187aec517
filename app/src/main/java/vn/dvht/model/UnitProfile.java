package vn.dvht.model;

/**
 * Who is assessed: unit name, authority level and unit type ids of the ruleset, assessment year, and
 * ownership id ("" when it does not matter for the unit type).
 */
public record UnitProfile(String name, String authority, String unitType, int year, String ownership) {

  public UnitProfile withYear(int year) {
    return new UnitProfile(name, authority, unitType, year, ownership);
  }
}
