package vn.dvht.office;

/**
 * One office's appraisal JSON given to the upward merge: its number in the order given, the file and
 * its SHA-256, the office, its authority level and year, and the dvht that wrote it.
 */
public record MergedSource(int number, String file, String sha256, String office, String authority, int year,
    String dvht) {}
