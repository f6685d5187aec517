package vn.dvht.office;

import java.time.LocalDate;
import vn.dvht.model.Level;

/** What the council proposes for one unit. */
public sealed interface Verdict {
  /** The key the JSON and the statistics use. */
  String key();

  /** Recognised at {@code level} — for the first time, again, or one level up — until {@code validUntil}. */
  record Recognised(Level level, Kind kind, LocalDate validUntil) implements Verdict {
    @Override
    public String key() {
      return "cong-nhan";
    }
  }

  /** Not recognised: the unit gets a letter with the reasons. */
  record NotRecognised() implements Verdict {
    @Override
    public String key() {
      return "khong-cong-nhan";
    }
  }

  /** Nothing to decide: the unit's recognition at this level or higher still holds ({@code holding}). */
  record StillRecognised(RegisterEntry holding, LocalDate until) implements Verdict {
    @Override
    public String key() {
      return "con-thoi-han";
    }
  }

  /** How a unit comes to be recognised (Điều 2 khoản 10, 11). */
  enum Kind {
    FIRST("lan-dau"), RENEWAL("cong-nhan-lai"), UPGRADE("nang-muc-do");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }
}
