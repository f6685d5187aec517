package vn.dvht.model;

/** What an indicator measures. */
public sealed interface Measure {

  /** The share of a population whose rows pass a test, compared with a minimum percentage. */
  record Share(String population, MemberTest test) implements Measure {}

  /** A yes/no fact about the unit, backed by evidence (minh chứng). */
  record UnitFact() implements Measure {}

  /** A step of an ordered scale reached by the unit (collective title, digital level). */
  record UnitRank(String scale) implements Measure {}
}
