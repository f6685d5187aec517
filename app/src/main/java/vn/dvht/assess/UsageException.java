package vn.dvht.assess;

import vn.dvht.diag.Message;

/** A mistake in how dvht was asked to run (exit code 2): the message says what to change. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  public UsageException(Message message) {
    super(message.vietnamese());
    this.message = message;
  }

  /** What to change, worded where it is shown. */
  public Message message() {
    return message;
  }
}
