/** The use-case services: transactional CDI beans that implement the in-ports with the domain and out-ports. */
package mx.gob.inm.citas.application.service;
