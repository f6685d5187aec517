package vn.dvht.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The office's documents in a province's own Word forms ({@code report.office}), each checked when the
 * ruleset was loaded; a document without a form is laid out by dvht (Nghị định 30/2020).
 */
public record OfficeForms(Map<OfficeDocument, ReportLayout.Form> forms) {
  /** No form: dvht's own layout for every document. */
  public static final OfficeForms NONE = new OfficeForms(Map.of());

  public OfficeForms {
    forms = forms.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(forms));
  }

  public Optional<ReportLayout.Form> form(OfficeDocument document) {
    return Optional.ofNullable(forms.get(document));
  }

  public boolean isEmpty() {
    return forms.isEmpty();
  }
}
