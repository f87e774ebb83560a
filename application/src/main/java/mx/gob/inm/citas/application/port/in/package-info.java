/** In-ports: the use cases adapters may call, with their commands and queries. */
package mx.gob.inm.citas.application.port.in;
