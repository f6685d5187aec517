package vn.dvht.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.dvht.diag.Visible;
import vn.dvht.model.Answer;
import vn.dvht.model.Named;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Scale;
import vn.dvht.model.ScaleItem;
import vn.dvht.model.Vocabulary;

/** Reads a cell's text with the ruleset's vocabularies and scales; matching ignores case and form. */
final class ValueReader {
  private static final Pattern WORDS_DATE = Pattern.compile("ngay (\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
  /** Distinct texts remembered per column; a sheet rarely has more than a handful. */
  private static final int SEEN_LIMIT = 4096;
  /** How dvht writes a day back, as Vietnamese forms do: 15/03/2024. */
  static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private final Ruleset ruleset;
  /** Per vocabulary: text key → yes (true) or no (false); ticks count as yes. */
  private final Map<String, Map<String, Boolean>> flags = new HashMap<>();
  private final Map<String, Set<String>> ticks = new HashMap<>();
  /** Per scale: text key → rank, 0 for the words meaning none. */
  private final Map<String, Map<String, Integer>> ranks = new HashMap<>();

  ValueReader(Ruleset ruleset) {
    this.ruleset = ruleset;
    for (Vocabulary vocabulary : ruleset.vocabularies()) {
      Map<String, Boolean> words = new HashMap<>();
      vocabulary.no().forEach(w -> words.put(TextKey.of(w), false));
      vocabulary.ticks().forEach(w -> words.put(TextKey.of(w), true));
      vocabulary.yes().forEach(w -> words.put(TextKey.of(w), true));
      flags.put(vocabulary.id(), words);
      ticks.put(vocabulary.id(), vocabulary.ticks().stream().map(TextKey::of).collect(Collectors.toSet()));
    }
    for (Scale scale : ruleset.scales()) {
      Map<String, Integer> words = new HashMap<>();
      scale.none().forEach(w -> words.put(TextKey.of(w), 0));
      for (int i = 0; i < scale.items().size(); i++) {
        ScaleItem item = scale.items().get(i);
        int rank = i + 1;
        words.put(TextKey.of(item.id()), rank);
        words.put(TextKey.of(item.label()), rank);
        item.aliases().forEach(a -> words.put(TextKey.of(a), rank));
      }
      words.put("", 0);
      ranks.put(scale.id(), words);
    }
  }

  /** Yes or no by the vocabulary, or empty if the text is neither. Blank is not handled here. */
  Optional<Answer> yesNo(String vocabularyId, String raw) {
    Boolean yes = flags.get(vocabularyId).get(TextKey.of(raw));
    return yes == null ? Optional.empty() : Optional.of(new Answer.Flag(yes, raw));
  }

  /** The population a cell names, by id, label or alias. */
  Optional<String> population(String raw) {
    String key = TextKey.of(raw);
    return ruleset.populations().stream().filter(p -> names(p, key)).findFirst().map(Population::id);
  }

  /** A step of the scale (rank ≥ 1), none (rank 0), or empty if the text names neither. */
  Optional<Answer> rank(String scaleId, String raw) {
    Integer rank = ranks.get(scaleId).get(TextKey.of(raw));
    return rank == null ? Optional.empty() : Optional.of(new Answer.Rank(rank, raw));
  }

  /** A reader for one yes/no column: answer and tick mark together, remembered per distinct text. */
  Column yesNoColumn(String vocabularyId) {
    Set<String> marks = ticks.get(vocabularyId);
    return new Column(raw -> new Reading(yesNo(vocabularyId, raw), marks.contains(TextKey.of(raw))));
  }

  /** A reader for one column of an ordered scale, remembered per distinct text. */
  Column rankColumn(String scaleId) {
    return new Column(raw -> new Reading(rank(scaleId, raw), false));
  }

  /** A reader for the population column: the population's id as text, remembered per distinct text. */
  Column populationColumn() {
    return new Column(raw -> new Reading(population(raw).map(id -> new Answer.Text(id)), false));
  }

  /**
   * A cell's reading: its answer, if the text is known, whether it is a tick mark, and whether the
   * text held invisible characters that were left out to read it.
   */
  record Reading(Optional<Answer> answer, boolean tick, boolean invisible) {
    Reading(Optional<Answer> answer, boolean tick) {
      this(answer, tick, false);
    }
  }

  /** One column's readings: a sheet repeats a few words, so each is read once, with one lookup per cell. */
  static final class Column {
    private final java.util.function.Function<String, Reading> read;
    private final Map<String, Reading> seen = new HashMap<>();

    private Column(java.util.function.Function<String, Reading> read) {
      this.read = read;
    }

    Reading read(String raw) {
      Reading reading = seen.get(raw);
      if (reading == null) {
        reading = read.apply(raw);
        if (raw.chars().anyMatch(c -> Visible.isHidden(c) && !Character.isWhitespace(c))) {
          reading = new Reading(reading.answer(), reading.tick(), true);
        }
        if (seen.size() < SEEN_LIMIT) {
          seen.put(raw, reading);
        }
      }
      return reading;
    }
  }


  /**
   * A day as clerks write it: 15/3/2024, 15-03-2024, 15.03.2024, "ngày 15 tháng 3 năm 2024", 2024-03-15,
   * or an Excel serial day number (10,000–79,999: 1927–2119, in the workbook's 1900 or 1904 system) left
   * in a cell not formatted as a date; a bare year such as 2024 is not a day.
   */
  Optional<Answer> date(String raw, boolean date1904) {
    return parseDate(raw, date1904).map(day -> new Answer.Date(day, raw));
  }

  static Optional<LocalDate> parseDate(String raw) {
    return parseDate(raw, false);
  }

  /** As {@link #date}; a serial day number counts from 1904 when the workbook says so. */
  static Optional<LocalDate> parseDate(String raw, boolean date1904) {
    String text = raw.strip();
    Matcher words = WORDS_DATE.matcher(TextKey.folded(text));
    if (words.matches()) {
      text = words.group(1) + "/" + words.group(2) + "/" + words.group(3);
    }
    if (SERIAL.matcher(text).matches()) {
      double serial = Double.parseDouble(text);
      return serial >= 10_000 && serial < 80_000
          ? Optional.of(DateUtil.getLocalDateTime(serial, date1904).toLocalDate()) : Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.replace('-', '/').replace('.', '/'), DAY));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  String acceptedYesNo(String vocabularyId) {
    Vocabulary vocabulary = ruleset.vocabulary(vocabularyId);
    List<String> words = new ArrayList<>(vocabulary.yes());
    words.addAll(vocabulary.no());
    vocabulary.ticks().stream().filter(t -> !words.contains(t)).forEach(words::add);
    return String.join(", ", words);
  }

  String acceptedRank(String scaleId) {
    Scale scale = ruleset.scale(scaleId);
    List<String> words = new ArrayList<>();
    scale.items().forEach(i -> words.add(i.label()));
    words.addAll(scale.none());
    return String.join(", ", words);
  }

  /** Whether {@code key} names the item by id, label or alias. */
  static boolean names(Named item, String key) {
    return TextKey.of(item.id()).equals(key) || TextKey.of(item.label()).equals(key)
        || item.aliases().stream().anyMatch(a -> TextKey.of(a).equals(key));
  }

}
