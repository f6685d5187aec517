/** Reads member and unit sheets (XLSX, XLS, CSV) into the model: header matching, vocabularies, Vietnamese text. */
package vn.dvht.input;
