package mx.gob.inm.citas.adapters.web.fakes;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Faces context a view bean's action runs in, as far as the console's beans use it: a view root in one language
 * and the messages added to the page. It is the current instance from construction until {@link #close}.
 */
public final class FakeFaces extends FacesContext implements AutoCloseable {

    private final Locale locale;
    private final UIViewRoot root;
    /** While the view root is built: a component asks for the external context then, and copes with none. */
    private boolean building = true;
    private final Map<String, List<FacesMessage>> messages = new LinkedHashMap<>();
    private boolean validationFailed;
    private boolean responseComplete;

    public FakeFaces(Locale locale) {
        this.locale = locale;
        // current first: a component's constructor looks for the current context
        setCurrentInstance(this);
        this.root = new UIViewRoot() {
            @Override
            public String createUniqueId() {
                return "view";
            }

            @Override
            public Locale getLocale() {
                return FakeFaces.this.locale;
            }

            /** The view has no components: a message beside a field is kept by its client id all the same. */
            @Override
            public UIComponent findComponent(String expression) {
                return null;
            }
        };
        building = false;
    }

    /** A page in Spanish, the console's first language. */
    public static FakeFaces spanish() {
        return new FakeFaces(Locale.forLanguageTag("es-MX"));
    }

    /** The texts of the messages for the whole page (not beside a field), in the order added. */
    public List<String> pageMessages() {
        return messages.getOrDefault(null, List.of()).stream().map(FacesMessage::getSummary).toList();
    }

    /** Forgets the messages, as the next request would. */
    public void nextRequest() {
        messages.clear();
        validationFailed = false;
    }

    @Override
    public void close() {
        setCurrentInstance(null);
    }

    @Override
    public UIViewRoot getViewRoot() {
        return root;
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
        messages.computeIfAbsent(clientId, id -> new ArrayList<>()).add(Objects.requireNonNull(message));
    }

    @Override
    public Iterator<FacesMessage> getMessages() {
        return messages.values().stream().flatMap(List::stream).iterator();
    }

    @Override
    public Iterator<FacesMessage> getMessages(String clientId) {
        return messages.getOrDefault(clientId, List.of()).iterator();
    }

    @Override
    public Iterator<String> getClientIdsWithMessages() {
        return messages.keySet().iterator();
    }

    @Override
    public FacesMessage.Severity getMaximumSeverity() {
        return messages.values().stream().flatMap(List::stream).map(FacesMessage::getSeverity)
                .max(Comparator.comparingInt(FacesMessage.Severity::getOrdinal)).orElse(null);
    }

    @Override
    public void validationFailed() {
        validationFailed = true;
    }

    @Override
    public boolean isValidationFailed() {
        return validationFailed;
    }

    @Override
    public void responseComplete() {
        responseComplete = true;
    }

    @Override
    public boolean getResponseComplete() {
        return responseComplete;
    }

    @Override
    public boolean getRenderResponse() {
        return false;
    }

    @Override
    public void renderResponse() {
        throw unsupported();
    }

    @Override
    public Application getApplication() {
        throw unsupported();
    }

    @Override
    public Lifecycle getLifecycle() {
        throw unsupported();
    }

    @Override
    public ExternalContext getExternalContext() {
        if (building) {
            return null;
        }
        throw unsupported();
    }

    @Override
    public RenderKit getRenderKit() {
        throw unsupported();
    }

    @Override
    public ResponseStream getResponseStream() {
        throw unsupported();
    }

    @Override
    public void setResponseStream(ResponseStream responseStream) {
        throw unsupported();
    }

    @Override
    public ResponseWriter getResponseWriter() {
        throw unsupported();
    }

    @Override
    public void setResponseWriter(ResponseWriter responseWriter) {
        throw unsupported();
    }

    @Override
    public void setViewRoot(UIViewRoot root) {
        throw unsupported();
    }

    @Override
    public void release() {
        close();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("FakeFaces was not written for this call");
    }
}
