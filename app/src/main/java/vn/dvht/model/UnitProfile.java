package vn.dvht.model;

/** Who is assessed: unit name, authority level and unit type ids of the ruleset, assessment year. */
public record UnitProfile(String name, String authority, String unitType, int year) {}
