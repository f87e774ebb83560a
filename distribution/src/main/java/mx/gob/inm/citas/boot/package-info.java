/**
 * The composition root of the deployable: the data source, configuration producers, start-up (migrations and demo
 * seed) and the readiness check. The only code that sees every module.
 */
package mx.gob.inm.citas.boot;
