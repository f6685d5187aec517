/**
 * Office Open XML written directly: a streaming XLSX writer (sheet XML row by row into the zip,
 * styles, charts) and the package parts of a Word document, with XML escaping for both.
 */
package vn.dvht.report.ooxml;
