/**
 * Hand-written fakes of the servlet API for the filters' unit tests: a request built line by line, a response that
 * records what was written, a chain that records whether it was reached. A fake refuses any call it was not written
 * for, so a filter that starts asking for something new fails its tests loudly.
 */
package mx.gob.inm.citas.adapters.web.fakes;
