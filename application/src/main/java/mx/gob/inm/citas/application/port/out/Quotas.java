package mx.gob.inm.citas.application.port.out;

/**
 * The limits in force: per client address (a /24 of IPv4, a /64 of IPv6), per passport, per e-mail address and per
 * console username. Each is a setting; see the README's security section for the defaults.
 */
public record Quotas(Quota holdsPerClient, Quota holdsPerEmail, Quota holdsPerPassport,
        Quota verificationsPerClient, Quota lookupsPerClient, Quota resendsPerClient, Quota challengesPerClient,
        Quota signInsPerClient, Quota signInsPerUsername) {
}
