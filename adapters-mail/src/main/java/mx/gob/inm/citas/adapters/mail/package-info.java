/**
 * Mail adapter: sends applicant notifications with Jakarta Mail — HTML and plain text rendered by Thymeleaf with
 * auto-escaping, in the applicant's language, with an RFC 5545 invitation built by ical4j — or, without an SMTP
 * server configured, writes each message as an {@code .eml} file.
 */
package mx.gob.inm.citas.adapters.mail;
