package mx.gob.inm.citas.application.fakes;

/** A fake store whose state can be saved and put back, so tests can play a transaction that rolls back. */
public interface Snapshotting {

    Object snapshot();

    void restore(Object snapshot);
}
