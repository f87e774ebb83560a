package mx.gob.inm.citas.adapters.web.api;

import java.io.IOException;

/** A request body grew past the API's limit while it was being read; answered 413, nothing was changed. */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit / 1024 + " KiB");
    }
}
