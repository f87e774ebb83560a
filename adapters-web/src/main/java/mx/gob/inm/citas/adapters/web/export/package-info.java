/**
 * Spreadsheet exports that keep the data as it is: a {@link mx.gob.inm.citas.adapters.web.export.Sheet} (lines of
 * context, a header row and typed cells) written as CSV or Excel by
 * {@link mx.gob.inm.citas.adapters.web.export.SheetWriters} and sent from a Faces action by
 * {@link mx.gob.inm.citas.adapters.web.export.SheetDownload}. Text stays text (a passport of digits keeps its leading
 * zero), and nothing a person typed can become a formula in the program that opens the file.
 */
package mx.gob.inm.citas.adapters.web.export;
