/** The use cases of Citas INM: what the application offers (port.in), what it needs (port.out), and how. */
package mx.gob.inm.citas.application;
