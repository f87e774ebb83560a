/**
 * Web adapter: the public JSON API ({@code api}), the public booking pages ({@code pages}), the staff console
 * ({@code console}), the operators' metrics ({@code metrics}), and the security headers every response carries.
 */
package mx.gob.inm.citas.adapters.web;
