package vn.dvht.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which Word field codes a form may hold. A field is allowed when its type is one Word computes from
 * the document itself (page numbers, dates, references, sequences, formulas, document properties,
 * form fields): see docs/rulesets.md. Fields that fetch a file, a picture or an address when the
 * document is opened or updated (INCLUDEPICTURE, INCLUDETEXT, LINK, …, a HYPERLINK to anything but a
 * bookmark of the document) are refused, as are fields that run something (DDE, DDEAUTO, MACROBUTTON,
 * …), every type not on the list, and a type that is itself the result of a field inside it (the
 * way DDEAUTO is hidden from a plain look at the code).
 */
final class FieldCodes {
  /** Marks where a field nested in another's code stands in that code. */
  static final char NESTED = '\uFFFC';

  private static final Set<String> ALLOWED = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME",
      "CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "REF", "PAGEREF", "NOTEREF", "STYLEREF", "SEQ", "TOC", "TOA",
      "TA", "TC", "XE", "INDEX", "LISTNUM", "AUTONUM", "AUTONUMLGL", "AUTONUMOUT", "SYMBOL", "EQ", "=", "IF",
      "COMPARE", "QUOTE", "ADVANCE", "FORMTEXT", "FORMCHECKBOX", "FORMDROPDOWN", "TITLE", "SUBJECT", "AUTHOR",
      "KEYWORDS", "COMMENTS", "LASTSAVEDBY", "NUMWORDS", "NUMCHARS", "FILESIZE", "DOCPROPERTY", "INFO", "BIDIOUTLINE",
      "MERGEFIELD", "MERGEREC", "MERGESEQ", "NEXT", "NEXTIF", "SKIPIF", "SET", "BARCODE", "DISPLAYBARCODE", "GREETINGLINE",
      "ADDRESSBLOCK", "USERINITIALS", "USERNAME", "TEMPLATE", "FILENAME", "DOCVARIABLE");
  private static final Set<String> FETCHING = Set.of("INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "IMPORT", "RD",
      "DATABASE", "AUTOTEXT", "AUTOTEXTLIST", "GLOSSARY", "HYPERLINK");

  private FieldCodes() {}

  /** What is refused in a field's code, and the type word to name ("?" when it is not a plain word). */
  record Verdict(Finding.Problem problem, String type) {}

  static Optional<Verdict> check(String code) {
    List<String> words = words(code);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String type = words.get(0).toUpperCase(Locale.ROOT);
    if (type.startsWith("=")) {
      type = "=";
    }
    if (type.indexOf(NESTED) >= 0) {
      return Optional.of(new Verdict(Finding.Problem.COMPUTED_FIELD, ""));
    }
    String shown = type.matches("[A-Z=]{1,20}") ? type : "?";
    if (type.equals("HYPERLINK") && bookmarkOnly(words)) {
      return Optional.empty();
    }
    if (FETCHING.contains(type)) {
      return Optional.of(new Verdict(Finding.Problem.FETCHING_FIELD, shown));
    }
    return ALLOWED.contains(type) ? Optional.empty() : Optional.of(new Verdict(Finding.Problem.FIELD_NOT_ALLOWED, shown));
  }

  /** A HYPERLINK whose only target is a bookmark of this document: {@code HYPERLINK \l "muc-1"}. */
  private static boolean bookmarkOnly(List<String> words) {
    boolean bookmark = false;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      switch (w.toLowerCase(Locale.ROOT)) {
        case "\\l" -> {
          bookmark = true;
          i++;
        }
        case "\\o", "\\t" -> i++;
        case "\\m", "\\n", "\\h" -> { }
        default -> {
          return false; // a target file or address
        }
      }
    }
    return bookmark;
  }

  /** The words of a field code: quoted text one word, spaces between; a nested field stays in the word it is in. */
  static List<String> words(String code) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        if (!quoted) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else if (Character.isWhitespace(c) && !quoted) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }
}
