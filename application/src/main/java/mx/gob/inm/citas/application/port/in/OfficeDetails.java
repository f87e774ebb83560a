package mx.gob.inm.citas.application.port.in;

/**
 * What staff type about an office: its id (kept once created, such as {@code qroo-cancun}), name, federal entity
 * by abbreviation ({@code QROO}), city, street address and IANA time zone ({@code America/Cancun}).
 */
public record OfficeDetails(String id, String name, String stateCode, String city, String address,
        String timeZone) {
}
