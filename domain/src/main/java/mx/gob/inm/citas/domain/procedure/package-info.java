/** The catalogue of immigration procedures (trámites): names, durations and the documents to bring. */
package mx.gob.inm.citas.domain.procedure;
