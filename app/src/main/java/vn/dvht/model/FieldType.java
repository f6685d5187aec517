package vn.dvht.model;

/** How the cells of a member column are read. */
public sealed interface FieldType {
  /** The member's full name; identifies the row in reports. */
  record Name() implements FieldType {}

  /** An optional identifier (mã định danh, số CCCD). */
  record Identifier() implements FieldType {}

  /** Which population the row belongs to; blank means the default population. */
  record PopulationColumn() implements FieldType {}

  /** A yes/no answer read with the named vocabulary. */
  record YesNo(String vocabulary) implements FieldType {}

  /** The member's date of birth: optional, used with the name to warn about a member listed twice. */
  record BirthDate() implements FieldType {}

  /** A step of the named ordered scale, or none. */
  record Ranked(String scale) implements FieldType {}
}
