package mx.gob.inm.citas.application.port.in;

import java.util.List;

/**
 * What staff type about a procedure: code, names in Spanish and English, duration in minutes, whether the public
 * calendar offers it, and the documents to bring, one line each, in Spanish and English (line n of one list is
 * line n of the other).
 */
public record ProcedureDetails(String code, String nameEs, String nameEn, int durationMinutes,
        boolean bookableOnline, List<String> requirementsEs, List<String> requirementsEn) {

    public ProcedureDetails {
        requirementsEs = requirementsEs == null ? List.of() : List.copyOf(requirementsEs);
        requirementsEn = requirementsEn == null ? List.of() : List.copyOf(requirementsEn);
    }
}
