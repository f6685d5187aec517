package vn.dvht.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** 64-bit digests of who a compared unit is and of what {@code dvht diff} compares in it. */
final class UnitFingerprint {
  private UnitFingerprint() {}

  /** 64 bits of the SHA-256 of the texts, each prefixed by its length. */
  static long hash(String... texts) {
    MessageDigest digest = sha256();
    for (String text : texts) {
      feed(digest, text);
    }
    return ByteBuffer.wrap(digest.digest()).getLong();
  }

  /** Everything the diff compares in a unit, in the result's order: equal fingerprints, nothing to say. */
  static long of(ComparedUnit unit) {
    MessageDigest digest = sha256();
    feed(digest, "U" + unit.level());
    for (ComparedUnit.Level level : unit.levels()) {
      feed(digest, "L" + level.reached() + "\u0000" + level.id() + "\u0000" + level.label());
      for (ComparedUnit.Indicator i : level.indicators()) {
        feed(digest, "I" + i.id() + "\u0000" + i.status() + "\u0000" + i.numerator() + "\u0000" + i.denominator()
            + "\u0000" + i.percent() + "\u0000" + i.value());
      }
    }
    for (ComparedUnit.Gap gap : unit.gaps()) {
      feed(digest, "G" + gap.indicator());
      gap.members().forEach(m -> feed(digest, "M" + m));
    }
    return ByteBuffer.wrap(digest.digest()).getLong();
  }

  private static void feed(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
