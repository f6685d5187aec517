package vn.dvht.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Breaks an agency's name for the header block into as few lines as fit its cell, at word boundaries
 * chosen the way a clerk would: balanced lines, before the place ("… / TỈNH AN GIANG", "… / HUYỆN
 * ĐẮK GLONG") rather than inside it, never beside "VÀ", never one word alone on a line. Widths are
 * Times New Roman's (the Adobe Times metrics, which it matches), so the document breaks the same in
 * Word and LibreOffice.
 *
 * <pre>{@code
 * HeaderLines.of("PHÒNG NỘI VỤ HUYỆN TÂN BIÊN", 12, true, 3800)  // ["PHÒNG NỘI VỤ", "HUYỆN TÂN BIÊN"]
 * }</pre>
 */
final class HeaderLines {
  /** Words that start a place: an administrative level. */
  private static final Set<String> PLACES = Set.of("TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "THÀNH", "THỊ");
  /** Words a line should neither end nor start with. */
  private static final Set<String> JOINERS = Set.of("VÀ", "&", "-", "–");
  /**
   * Two-syllable words common in agencies' names: a break between their syllables splits a word
   * (Vietnamese writes each syllable apart, so only a list can tell).
   */
  private static final Set<String> WORDS = Set.of("GIÁO DỤC", "ĐÀO TẠO", "NGHỀ NGHIỆP", "THƯỜNG XUYÊN", "MẦM NON",
      "TIỂU HỌC", "TRUNG HỌC", "PHỔ THÔNG", "CƠ SỞ", "NHÂN DÂN", "QUẢN LÝ", "KINH TẾ", "VĂN PHÒNG", "TRUNG TÂM",
      "ỦY BAN", "NỘI VỤ", "Y TẾ", "VĂN HÓA", "THÔNG TIN", "TÀI CHÍNH", "KẾ HOẠCH", "ĐẦU TƯ", "NÔNG NGHIỆP",
      "PHÁT TRIỂN", "NÔNG THÔN", "TÀI NGUYÊN", "MÔI TRƯỜNG", "LAO ĐỘNG", "THƯƠNG BINH", "XÃ HỘI", "KHOA HỌC",
      "CÔNG NGHỆ", "GIAO THÔNG", "VẬN TẢI", "XÂY DỰNG", "TƯ PHÁP", "THANH TRA", "HỌC TẬP", "KHUYẾN HỌC", "HỘI ĐỒNG",
      "BỆNH VIỆN", "ĐẠI HỌC", "CAO ĐẲNG", "DÂN TỘC", "NỘI TRÚ", "CÔNG TY", "CỔ PHẦN", "HỮU HẠN", "MẶT TRẬN",
      "TỔ QUỐC", "THANH NIÊN", "PHỤ NỮ", "NÔNG DÂN", "LIÊN ĐOÀN", "TỔ CHỨC", "TUYÊN GIÁO", "DÂN VẬN", "KIỂM TRA",
      "THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN");
  private static final int MAX_LINES = 4;
  /** Room kept for the difference between these metrics and a renderer's (1/40 of the line). */
  private static final double SLACK = 0.975;
  /** Widths in 1/1000 em of space through "z", Times Roman then Times Bold. */
  private static final String ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
      + "abcdefghijklmnopqrstuvwxyz";
  private static final short[] REGULAR = {250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333,
      250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
      722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722,
      611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
      500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444};
  private static final short[] BOLD = {250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250,
      278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722,
      667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
      333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556,
      556, 444, 389, 333, 556, 500, 722, 500, 500, 444};

  private HeaderLines() {}

  /** The lines of {@code text} set in {@code points} pt across {@code twips}; the text itself when it fits or cannot be broken well. */
  static List<String> of(String text, int points, boolean bold, int twips) {
    String[] words = text.strip().split("\\s+");
    double room = twips * SLACK;
    if (words.length < 2 || width(text.strip(), points, bold) <= room) {
      return List.of(text);
    }
    for (int lines = 2; lines <= Math.min(MAX_LINES, words.length); lines++) {
      Best best = new Best();
      split(words, points, bold, room, lines, 0, new ArrayList<>(), best);
      if (best.lines != null) {
        return best.lines;
      }
    }
    return List.of(text);
  }

  /** The width of {@code text} in twips. */
  static double width(String text, int points, boolean bold) {
    double em = 0;
    String plain = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        em += c == '\u031B' ? 60 : 0; // the horn of Ơ and Ư widens its letter
        continue;
      }
      int at = ASCII.indexOf(c);
      em += at < 0 ? 600 : (bold ? BOLD : REGULAR)[at];
    }
    return em / 1000 * points * 20;
  }

  private static final class Best {
    private double cost = Double.MAX_VALUE;
    private List<String> lines;
  }

  /** Tries every way of ending the lines after {@code from}, keeping the cheapest that fits. */
  private static void split(String[] words, int points, boolean bold, double room, int lines, int from,
      List<Integer> ends, Best best) {
    if (lines == 1) {
      ends.add(words.length);
      List<String> text = text(words, ends);
      if (text.stream().allMatch(line -> width(line, points, bold) <= room)) {
        double cost = cost(words, ends, text, points, bold, room);
        if (cost < best.cost) {
          best.cost = cost;
          best.lines = text;
        }
      }
      ends.remove(ends.size() - 1);
      return;
    }
    for (int end = from + 1; end <= words.length - lines + 1; end++) {
      ends.add(end);
      split(words, points, bold, room, lines - 1, end, ends, best);
      ends.remove(ends.size() - 1);
    }
  }

  private static List<String> text(String[] words, List<Integer> ends) {
    List<String> text = new ArrayList<>();
    int start = 0;
    for (int end : ends) {
      text.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, end)));
      start = end;
    }
    return List.copyOf(text);
  }

  /**
   * Unbalanced lines cost their spread; a break before a place earns; one beside "VÀ", inside a word
   * or leaving a word alone costs.
   */
  private static double cost(String[] words, List<Integer> ends, List<String> text, int points, boolean bold,
      double room) {
    double longest = 0;
    double shortest = Double.MAX_VALUE;
    for (String line : text) {
      double w = width(line, points, bold);
      longest = Math.max(longest, w);
      shortest = Math.min(shortest, w);
    }
    double cost = (longest - shortest) / room;
    int start = 0;
    for (int end : ends) {
      if (end - start == 1) {
        cost += 1;
      }
      if (end < words.length) {
        cost += breakCost(words, end);
      }
      start = end;
    }
    return cost;
  }

  /** What breaking before {@code words[at]} costs. */
  private static double breakCost(String[] words, int at) {
    String before = upper(words[at - 1]);
    String next = upper(words[at]);
    if (JOINERS.contains(before) || JOINERS.contains(next)) {
      return 1;
    }
    if (WORDS.contains(before + " " + next)) {
      return 2;
    }
    String after = at + 1 < words.length ? upper(words[at + 1]) : "";
    boolean compound = next.equals("THÀNH") ? after.equals("PHỐ")
        : next.equals("THỊ") ? after.equals("XÃ") || after.equals("TRẤN") : PLACES.contains(next);
    if (compound) {
      return -0.5;
    }
    return 0;
  }

  private static String upper(String word) {
    return word.toUpperCase(Locale.forLanguageTag("vi"));
  }
}
