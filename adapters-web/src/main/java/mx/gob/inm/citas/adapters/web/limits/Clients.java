package mx.gob.inm.citas.adapters.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The client of the request being served, as the quotas count it (see {@link ClientAddresses}). */
@ApplicationScoped
public class Clients {

    private ClientAddresses addresses;

    @Inject
    @ConfigProperty(name = "citas.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    /** A setting that cannot be read stops the deployment, rather than failing each request that counts. */
    void readSettingAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        addresses();
    }

    ClientAddresses addresses() {
        if (addresses == null) {
            addresses = new ClientAddresses(trustedProxies);
        }
        return addresses;
    }

    public String of(HttpServletRequest request) {
        return addresses().clientOf(request);
    }

    /** The request's client and its network (an IPv6 /48; for IPv4 the client's /24), for a hold's quotas. */
    public ClientAddresses.HoldKeys holdKeysOf(HttpServletRequest request) {
        return addresses().holdKeysOf(request);
    }

    /** Where the request comes from, or null when it is unknown (see {@link ClientAddresses#originOf}). */
    public String originOf(HttpServletRequest request) {
        return addresses().originOf(request);
    }

    /** The client of the Faces request being served. */
    public String ofPage() {
        return of(pageRequest());
    }

    /** The request of the Faces page being served. */
    public static HttpServletRequest pageRequest() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** Minutes to wait, rounded up, for a message to a person. */
    public static long minutes(TooManyRequestsException refused) {
        return Math.max(1, (refused.retryAfterSeconds() + 59) / 60);
    }
}
