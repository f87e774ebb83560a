/**
 * The uber jar's entry point, before Payara Micro: it reads the command line for clustering options and starts
 * Payara Micro stand-alone when there are none. It runs on the jar's own class path, outside the application, so it
 * uses nothing but the JDK.
 */
package mx.gob.inm.citas.launcher;
