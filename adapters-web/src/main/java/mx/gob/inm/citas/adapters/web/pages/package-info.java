/**
 * The public booking pages (PrimeFaces): view-scoped backing beans that call the same in-ports as the JSON API,
 * their view models, and the page language. Texts live in {@code Messages*.properties}; Spanish first.
 */
package mx.gob.inm.citas.adapters.web.pages;
