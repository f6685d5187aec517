package vn.dvht.office;

/** A unit of the office's area as its list names it: expected to be recognised or to ask for it. */
public record AreaUnit(int row, String id, String name, String unitType) {
  public UnitKey key() {
    return new UnitKey(name, id);
  }
}
