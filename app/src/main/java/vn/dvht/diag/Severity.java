package vn.dvht.diag;

/** How bad a diagnostic is. */
public enum Severity {
  ERROR("severity.error"),
  WARNING("severity.warning");

  private final String messageKey;

  Severity(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The word shown before the message ("lỗi", "cảnh báo"). */
  public Message label() {
    return Message.of(messageKey);
  }
}
