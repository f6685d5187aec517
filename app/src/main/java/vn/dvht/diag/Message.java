package vn.dvht.diag;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence not yet put into words: a key of the message catalogue and its arguments, worded at the
 * edge in the language the run chose ({@link Wording#text}), as Checkstyle's {@code Violation} is.
 * Each argument is kept as the text it prints as, or as a message worded in the same language:
 * {@code Message.of("cli.usageError", Message.of("cli.noFile", name))}.
 */
public record Message(String key, List<Object> args) {
  public Message {
    args = List.copyOf(args);
    for (Object arg : args) {
      if (!(arg instanceof String || arg instanceof Message)) {
        throw new IllegalArgumentException("argument neither text nor message: " + arg.getClass());
      }
    }
  }

  /** The message {@code key} with its arguments, each but a message taken as the text it prints as. */
  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.stream(args)
        .map(a -> a instanceof Message ? a : String.valueOf(a)).toList());
  }

  /** Text already worded, carried as a message while its maker moves to a key of its own. */
  public static Message verbatim(String text) {
    return of("message.verbatim", text);
  }

  /**
   * This message in Vietnamese, dvht's first language, whatever the run's: the text of an exception that
   * carries it (for logs and tests); users read it worded in the run's language ({@link Wording#text}).
   */
  public String vietnamese() {
    return Wording.of(Wording.VI).text(this);
  }

  /** For logs and debuggers only; users read {@link Wording#text}. */
  @Override
  public String toString() {
    return args.isEmpty() ? key : key + args;
  }
}
