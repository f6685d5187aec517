package vn.dvht.office;

/**
 * One unit as an office's appraisal reports it: its name, identifier ("" none), type and authority (ids as written), its
 * category in the statistics ({@link Statistics}), the level recognised ("" for none), how, and until
 * when ("" when not recognised now); {@code source} is the office that reports it.
 */
public record MergedUnit(MergedSource source, String name, String id, String unitType, String authority,
    String category, String level, String recognition, String validUntil) {
  public UnitKey key() {
    return new UnitKey(name, id);
  }

  /** Its name folded ({@link UnitKey}) with its authority: who it is when it has no identifier. */
  public String nameAndAuthority() {
    return key().name() + "\u0000" + authority;
  }
}
