package mx.gob.inm.citas.application.port.in;

/** In-port: fills an empty database with the demo catalogue (offices of all 32 states, procedures, schedules). */
public interface SeedDemoCatalogueUseCase {

    /** What seeding did: nothing when the catalogue already had offices. */
    record SeedReport(int offices, int procedures, int closures) {

        public boolean seededAnything() {
            return offices + procedures + closures > 0;
        }
    }

    /** Seeds the demo catalogue unless the database already holds offices; never touches existing data. */
    SeedReport seedIfEmpty();
}
