/** One renderer per output format (text, JSON, Markdown, XLSX) behind {@link vn.dvht.report.Renderer}. */
package vn.dvht.report;
