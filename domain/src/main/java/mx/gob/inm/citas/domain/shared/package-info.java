/**
 * Small building blocks every part of the domain speaks: languages, bilingual texts, the rule for text people type
 * and the base refusal.
 */
package mx.gob.inm.citas.domain.shared;
