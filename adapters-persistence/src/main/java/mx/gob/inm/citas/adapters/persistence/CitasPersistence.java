package mx.gob.inm.citas.adapters.persistence;

/** Names shared by the persistence adapter and whoever deploys it. */
public final class CitasPersistence {

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String UNIT = "citas";

    /** The JTA data source the deployment must define. */
    public static final String DATA_SOURCE = "java:app/jdbc/citas";

    /**
     * A second, non-transactional data source on the same database, used only to create slot-ledger, job-lease,
     * walk-in tally and visit-number rows outside the caller's transaction (see {@code JpaSlotLedger},
     * {@code JpaJobLeases}, {@code RowsOutsideTheTransaction}).
     */
    public static final String LEDGER_ROWS_DATA_SOURCE = "java:app/jdbc/citas-ledger-rows";

    private CitasPersistence() {
    }
}
