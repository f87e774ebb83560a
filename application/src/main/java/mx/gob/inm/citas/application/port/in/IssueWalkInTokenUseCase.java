package mx.gob.inm.citas.application.port.in;

import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: reception issues walk-in tokens (fichas). A token gets the next number of its pool's letter for the
 * office's local day ({@code A-017}) and joins the office's queue; a pool whose quota for the day is given refuses
 * ("Se agotaron las fichas de hoy para …"), decided by the store, so the quota holds however many press at once.
 */
public interface IssueWalkInTokenUseCase {

    WalkInTicket issue(StaffMember member, IssueWalkInTokenCommand command);

    /** The office's day at reception, for staff who may read the office. */
    ReceptionDay reception(StaffMember member, String officeId);
}
