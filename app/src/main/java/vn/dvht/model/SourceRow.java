package vn.dvht.model;

/** Where a row came from: sheet name (file name for CSV) and row number as the spreadsheet shows it. */
public record SourceRow(String sheet, int row) {}
