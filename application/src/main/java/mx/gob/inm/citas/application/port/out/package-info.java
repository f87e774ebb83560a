/** Out-ports: what the use cases need from the outside world (storage, clock), one per aggregate or capability. */
package mx.gob.inm.citas.application.port.out;
