package vn.dvht.model;

/**
 * A procedural condition for a level, such as "no sooner than 12 months after the level-1
 * decision". Shown as a reminder; checked when the unit gives the date fact it names.
 */
public record Procedure(String id, String level, String text, String citation, String dateFact, int minMonths) {}
