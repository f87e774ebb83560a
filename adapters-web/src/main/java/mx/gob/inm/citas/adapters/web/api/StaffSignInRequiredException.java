package mx.gob.inm.citas.adapters.web.api;

/** A staff endpoint was called without the session of an enabled staff member signed in to the console. */
class StaffSignInRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StaffSignInRequiredException() {
        super("Sign in to the console at /console/ first: this endpoint answers staff, with the console's session.");
    }
}
