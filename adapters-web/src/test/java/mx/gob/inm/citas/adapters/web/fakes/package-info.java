/**
 * Hand-written fakes of the servlet API for the filters' unit tests: a request built line by line, a response that
 * records what was written, a chain that records whether it was reached; and of the Faces context a view bean runs
 * in ({@link mx.gob.inm.citas.adapters.web.fakes.FakeFaces}: the page's language and the messages it shows); of the
 * in-port the call display follows and of Jakarta REST's event streams. A fake
 * refuses any call it was not written for, so code that starts asking for something new fails its tests loudly.
 */
package mx.gob.inm.citas.adapters.web.fakes;
