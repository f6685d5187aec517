/**
 * The education office's side of the recognition (Thông tư 24/2023, Điều 10, 16, 18, 20): the office, its
 * appraisal council and its register of earlier decisions as read from the workbooks it keeps; what units
 * submitted (member lists re-evaluated, dvht's own results checked for hand edits); and the appraisal of
 * each unit — recognised at a level, not recognised with its reasons, or still recognised — against the
 * register's 12-month rule and 3-year term. No picocli and no output here.
 */
package vn.dvht.office;
