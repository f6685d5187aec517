package vn.dvht.office;

import vn.dvht.diag.Message;

/**
 * One thing the office found checking what a unit sent: {@code edit} when the figures a document shows
 * are not those its own data give (a summary edited by hand, or made from other data), otherwise a note;
 * {@code code} is stable (the JSON's), {@code message} in the user's language.
 */
public record Finding(String code, boolean edit, Message message) {}
