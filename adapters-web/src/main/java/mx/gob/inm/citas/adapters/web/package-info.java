/** Web adapter: the public JSON API now; the PrimeFaces pages (public and console) join it later. */
package mx.gob.inm.citas.adapters.web;
