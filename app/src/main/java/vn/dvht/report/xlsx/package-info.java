/** A small streaming XLSX writer: sheet XML written row by row straight into the zip, styles, charts. */
package vn.dvht.report.xlsx;
