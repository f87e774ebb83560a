package mx.gob.inm.citas.application.port.in;

import java.util.List;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/** In-port: releases holds that were not verified in time, giving each place back exactly once. */
public interface ExpireHoldsUseCase {

    /** Holds whose time ran out, for {@link #expire} to release one by one. */
    List<ConfirmationCode> expiredHolds();

    /** Releases one hold if it is still pending and due; false when there was nothing to do. */
    boolean expire(ConfirmationCode code);
}
