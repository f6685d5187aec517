package vn.dvht.model;

/** A unit-level answer from the "Đơn vị" sheet: the value, its evidence and where it was read. */
public record FactAnswer(String key, Answer answer, String evidence, SourceRow source) {}
