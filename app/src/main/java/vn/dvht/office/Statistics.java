package vn.dvht.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;

/**
 * What the office reports upward (Điều 18 khoản 3, Điều 20 khoản 3): how many units stand where —
 * recognised at each level, not recognised, still recognised (asked again, or sent nothing), lapsed
 * without asking, never asked — in all, by unit type and by authority level; counted exactly, each unit
 * once. {@code columns} are the categories' keys in order: {@code cong-nhan:<level id>} for each level
 * from the highest, then {@value #NOT}, {@value #STILL}, {@value #HOLDING}, {@value #LAPSED}, {@value #NEVER}.
 */
public record Statistics(List<String> columns, Map<String, long[]> byType, Map<String, long[]> byAuthority,
    long[] total, int unread) {
  public static final String RECOGNISED = "cong-nhan:";
  public static final String NOT = "khong-cong-nhan";
  public static final String STILL = "con-thoi-han";
  public static final String HOLDING = "khong-nop-con-thoi-han";
  public static final String LAPSED = "khong-nop-het-han";
  public static final String NEVER = "chua-de-nghi";

  public Statistics {
    columns = List.copyOf(columns);
    byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    byAuthority = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAuthority));
  }

  public static Statistics of(AppraisalBook book) {
    Ruleset ruleset = book.ruleset();
    List<String> columns = new ArrayList<>();
    ruleset.levels().stream().filter(l -> !l.plan()).sorted(Comparator.comparingInt(Level::rank).reversed())
        .forEach(l -> columns.add(RECOGNISED + l.id()));
    columns.addAll(List.of(NOT, STILL, HOLDING, LAPSED, NEVER));
    Map<String, long[]> byType = new LinkedHashMap<>();
    Map<String, long[]> byAuthority = new LinkedHashMap<>();
    long[] total = new long[columns.size()];
    for (Appraisal unit : book.units()) {
      int column = columns.indexOf(category(unit));
      String type = ruleset.unitTypes().stream().anyMatch(t -> t.id().equals(unit.profile().unitType()))
          ? ruleset.unitType(unit.profile().unitType()).label() : unit.profile().unitType();
      String authority = ruleset.authorities().stream().anyMatch(a -> a.id().equals(unit.profile().authority()))
          ? ruleset.authority(unit.profile().authority()).label() : unit.profile().authority();
      count(byType, type, column, columns.size());
      count(byAuthority, authority, column, columns.size());
      total[column]++;
    }
    String authority = ruleset.authorities().stream().anyMatch(a -> a.id().equals(book.office().authority()))
        ? ruleset.authority(book.office().authority()).label() : book.office().authority();
    for (Absent absent : book.absent()) {
      int column = columns.indexOf(switch (absent.status()) {
        case HOLDING -> HOLDING;
        case LAPSED -> LAPSED;
        case NEVER -> NEVER;
      });
      count(byType, absent.unitType(), column, columns.size());
      count(byAuthority, authority, column, columns.size());
      total[column]++;
    }
    return new Statistics(columns, byType, byAuthority, total, book.unread().size());
  }

  /** The category a unit that sent a dossier falls in. */
  public static String category(Appraisal unit) {
    if (unit.verdict() instanceof Verdict.Recognised r) {
      return RECOGNISED + r.level().id();
    }
    return unit.verdict() instanceof Verdict.StillRecognised ? STILL : NOT;
  }

  private static void count(Map<String, long[]> table, String row, int column, int size) {
    table.computeIfAbsent(row, k -> new long[size])[column]++;
  }

  /** Units counted in all. */
  public long units() {
    long n = 0;
    for (long c : total) {
      n += c;
    }
    return n;
  }
}
