package mx.gob.inm.citas.distribution;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built, exactly as it ships inside {@code citas.jar}: no hand-listed classes. */
final class TheDeployable {

    private TheDeployable() {
    }

    static WebArchive war() {
        File war = new File(System.getProperty("citas.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: the end-to-end tests run after 'mvn package'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
