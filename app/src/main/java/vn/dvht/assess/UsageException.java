package vn.dvht.assess;

/** A mistake in how dvht was asked to run (exit code 2): the message says what to change. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
