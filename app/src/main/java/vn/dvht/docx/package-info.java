/**
 * A province's Word form (DOCX) read once for both its check and its filling: the package read within
 * bounds, what in it is refused (remote fetches, active content, unsafe names), and one model of a
 * paragraph's text as Word shows it, whose fields the ruleset check validates and the filler replaces.
 */
package vn.dvht.docx;
