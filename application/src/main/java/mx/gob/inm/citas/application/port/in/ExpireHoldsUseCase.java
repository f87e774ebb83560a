package mx.gob.inm.citas.application.port.in;

import java.time.Duration;
import java.util.List;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * In-port: releases holds that were not verified in time, or whose holder confirmed another hold for the same
 * procedure first, giving each place back exactly once.
 */
public interface ExpireHoldsUseCase {

    /**
     * A batch of holds to release (time ran out, or superseded), for {@link #expire} to release one by one, when
     * {@code instance} holds the job's lease (taken or renewed for {@code leaseFor}, longer than the period between
     * sweeps); none while another instance holds it. If the instance sweeping stops, another takes the job over once
     * its lease has run out.
     */
    List<ConfirmationCode> expiredHolds(String instance, Duration leaseFor);

    /** Releases one hold if it is still pending and due or superseded; false when there was nothing to do. */
    boolean expire(ConfirmationCode code);
}
