/** Immigration offices (oficinas de representación): where they are and which time zone their clocks follow. */
package mx.gob.inm.citas.domain.office;
