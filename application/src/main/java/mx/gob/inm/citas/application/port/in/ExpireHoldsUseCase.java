package mx.gob.inm.citas.application.port.in;

import java.util.List;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * In-port: releases holds that were not verified in time, or whose holder confirmed another hold for the same
 * procedure first, giving each place back exactly once.
 */
public interface ExpireHoldsUseCase {

    /** A batch of holds to release (time ran out, or superseded), for {@link #expire} to release one by one. */
    List<ConfirmationCode> expiredHolds();

    /** Releases one hold if it is still pending and due or superseded; false when there was nothing to do. */
    boolean expire(ConfirmationCode code);
}
