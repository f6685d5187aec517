package vn.dvht.ruleset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;

/**
 * A parser's syntax error as a person should read it: where to look (for an unclosed bracket or
 * quote, where it was opened) and what is wrong, in Vietnamese. Errors we do not recognise keep
 * the parser's own words.
 */
record SyntaxProblem(SourcePosition.InText position, Message message) {
  private static final Pattern START_MARKER = Pattern.compile("start marker at \\[.*?line: (\\d+), column: (\\d+)\\]");

  static SyntaxProblem of(String file, JsonProcessingException e, boolean json) {
    if (json) {
      return json(file, e);
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        return yaml(file, marked);
      }
    }
    return new SyntaxProblem(at(file, e.getLocation()), say("YAML", "syntax.other", firstLine(e.getOriginalMessage())));
  }

  private static SyntaxProblem yaml(String file, MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    SourcePosition.InText at = at(file, e.getProblemMark());
    SourcePosition.InText opened = e.getContextMark() == null ? at : at(file, e.getContextMark());
    if (problem.contains("(TAB)")) {
      return new SyntaxProblem(at, say("YAML", "syntax.tab"));
    }
    if (problem.contains("cannot start any token")) {
      return new SyntaxProblem(at, say("YAML", "syntax.badStart", between(problem, "found character '", "' that")));
    }
    if (problem.contains("mapping values are not allowed")) {
      return new SyntaxProblem(at, say("YAML", "syntax.colon"));
    }
    if (problem.startsWith("expected ',' or ']'")) {
      return new SyntaxProblem(opened, say("YAML", "syntax.unclosedList"));
    }
    if (problem.startsWith("expected ',' or '}'")) {
      return new SyntaxProblem(opened, say("YAML", "syntax.unclosedMap"));
    }
    if (String.valueOf(e.getContext()).contains("quoted scalar") && problem.contains("end of stream")) {
      return new SyntaxProblem(opened, say("YAML", "syntax.unclosedQuote"));
    }
    if (problem.contains("unknown escape character")) {
      SourcePosition.InText backslash = new SourcePosition.InText(file, at.line(), Math.max(1, at.column() - 1));
      return new SyntaxProblem(backslash, say("YAML", "syntax.escape"));
    }
    if (problem.startsWith("could not find expected ':'")) {
      return new SyntaxProblem(opened, say("YAML", "syntax.noColon"));
    }
    String found = between(problem, "but found '", "'");
    if (found.equals("]") || found.equals("}") || found.equals(",")) {
      return new SyntaxProblem(at, say("YAML", "syntax.unexpected", found));
    }
    if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected")) {
      return new SyntaxProblem(at, say("YAML", "syntax.indent"));
    }
    return new SyntaxProblem(at, say("YAML", "syntax.other", problem));
  }

  private static SyntaxProblem json(String file, JsonProcessingException e) {
    String problem = String.valueOf(e.getOriginalMessage());
    SourcePosition.InText at = at(file, e.getLocation());
    String found = between(problem, "Unexpected character ('", "' (code");
    if (problem.contains("comma to separate Object entries")) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonComma"));
    }
    if (problem.contains("comma to separate Array entries")) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonCommaItem"));
    }
    if (found.equals("}") && problem.contains("double-quote to start field name")
        || found.equals("]") && problem.contains("expected a valid value")) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonTrailingComma", found));
    }
    if (problem.contains("double-quote to start field name")) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonKeyQuotes"));
    }
    if (problem.contains("was expecting a colon")) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonColon"));
    }
    if (problem.startsWith("Unexpected end-of-input")) {
      return unclosed(file, problem, at);
    }
    if (problem.contains("CTRL-CHAR, code 10") || problem.contains("CTRL-CHAR, code 13")) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonUnclosedString"));
    }
    if (problem.startsWith("Unrecognized token '")) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonToken", between(problem, "Unrecognized token '", "'")));
    }
    if (!found.isEmpty()) {
      return new SyntaxProblem(at, say("JSON", "syntax.unexpected", found));
    }
    return new SyntaxProblem(at, say("JSON", "syntax.other", firstLine(problem)));
  }

  /** End of input inside an object or array: point at where it was opened. */
  private static SyntaxProblem unclosed(String file, String problem, SourcePosition.InText at) {
    Matcher start = START_MARKER.matcher(problem);
    if (!start.find()) {
      return new SyntaxProblem(at, say("JSON", "syntax.jsonEnd"));
    }
    SourcePosition.InText opened =
        new SourcePosition.InText(file, Integer.parseInt(start.group(1)), Integer.parseInt(start.group(2)));
    String key = problem.contains("for Array") ? "syntax.unclosedList" : "syntax.unclosedMap";
    return new SyntaxProblem(opened, say("JSON", key));
  }

  private static Message say(String language, String key, Object... args) {
    return Message.of("ruleset.syntax", language, Message.of(key, args));
  }

  private static SourcePosition.InText at(String file, Mark mark) {
    return new SourcePosition.InText(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static SourcePosition.InText at(String file, JsonLocation location) {
    if (location == null) {
      return new SourcePosition.InText(file, 1, 1);
    }
    return new SourcePosition.InText(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /** The text between {@code before} and the next {@code after}, or "". */
  private static String between(String text, String before, String after) {
    int start = text.indexOf(before);
    int end = start < 0 ? -1 : text.indexOf(after, start + before.length());
    return end < 0 ? "" : text.substring(start + before.length(), end);
  }

  private static String firstLine(String message) {
    return String.valueOf(message).strip().lines().findFirst().orElse("");
  }
}
