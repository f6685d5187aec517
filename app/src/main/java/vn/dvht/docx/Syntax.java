package vn.dvht.docx;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a form writes its fields: the placeholder (group 1 is the field's name), the fields that make
 * the table row they stand in repeat (by name, the kind of item the row repeats for: criteria,
 * indicators, levels), each kind's parent kind (a row of its kind right after a parent row repeats
 * under each parent item), and the condition fields, whose paragraph is kept or dropped.
 */
public record Syntax(Pattern placeholder, Map<String, String> rowKinds, Map<String, String> parents,
    Set<String> conditions) {
  public Syntax {
    rowKinds = Map.copyOf(rowKinds);
    parents = Map.copyOf(parents);
    conditions = Set.copyOf(conditions);
  }

  /** The kind of item a field's row repeats for, if it is a row field. */
  public Optional<String> rowKind(String field) {
    return Optional.ofNullable(rowKinds.get(field));
  }

  /** The kind whose rows a row of {@code kind} follows as a group, if any. */
  public Optional<String> parent(String kind) {
    return Optional.ofNullable(parents.get(kind));
  }
}
