package vn.dvht.docx;

import java.util.List;

/**
 * A form dvht cannot use: not a Word package it can read ({@link Reason}), or one it refuses
 * ({@link #findings}, when {@link DocxForm#fill} is given a form that was not checked).
 */
public final class FormException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the bytes are not a usable form; {@link #key} names the message, {@link #args} fill it. */
  public enum Reason {
    NOT_ZIP("notZip"), TOO_MANY_PARTS("tooManyParts"), BOMB("bomb"), PART_TWICE("partTwice"),
    NO_DOCUMENT("noDocument"), NOT_WORD("notWord"), BAD_XML("badXml"), REFUSED("refused");

    private final String key;

    Reason(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private final Reason reason;
  private final transient List<Object> args;
  private final transient List<Finding> findings;

  FormException(Reason reason, Object... args) {
    super(reason.key(), null, false, false);
    this.reason = reason;
    this.args = List.of(args);
    this.findings = List.of();
  }

  FormException(List<Finding> findings) {
    super(Reason.REFUSED.key() + " " + findings, null, false, false);
    this.reason = Reason.REFUSED;
    this.args = List.of();
    this.findings = List.copyOf(findings);
  }

  public Reason reason() {
    return reason;
  }

  /** The arguments of the reason's message: a limit, a part's name. */
  public List<Object> args() {
    return args;
  }

  /** What the form holds that dvht refuses, when the reason is {@link Reason#REFUSED}. */
  public List<Finding> findings() {
    return findings;
  }
}
