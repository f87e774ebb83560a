package mx.gob.inm.citas.adapters.mail;

/**
 * Jakarta Mail finds its {@code StreamProvider} anew, with a {@code ServiceLoader} scan of every jar the class
 * loaders see, each time a body part is created or encoded: in a storm of bookings that scan was a tenth of the
 * server's CPU. Jakarta Mail first reads a system property naming the implementation; setting it to the Angus Mail
 * provider (the one the scan finds anyway) turns each look-up into a loaded-class hit.
 */
final class MailStreams {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {
    }

    /** Names the Angus provider unless someone already chose one, or Angus Mail is not what is on the class path. */
    static void nameTheProvider() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class.forName(ANGUS, false, loader != null ? loader : MailStreams.class.getClassLoader());
            System.setProperty(PROPERTY, ANGUS);
        } catch (ClassNotFoundException | LinkageError another) {
            // another Jakarta Mail implementation: leave its look-up alone
        }
    }
}
