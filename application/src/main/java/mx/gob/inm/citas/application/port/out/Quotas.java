package mx.gob.inm.citas.application.port.out;

/**
 * The limits in force: per client address (a /24 of IPv4, a /64 of IPv6) and its network (an IPv6 /48), per
 * passport held from one client, per
 * mailbox, per console username tried from one client ({@code signInsPerUsername}) and from anywhere
 * ({@code signInsPerAccount}, looser, so that a guessing run from many networks is slowed but an account is not
 * locked out of its own office by ten tries elsewhere). Each is a setting; see the README for the defaults.
 */
public record Quotas(Quota holdsPerClient, Quota holdsPerNetwork, Quota holdsPerEmail, Quota holdsPerPassport,
        Quota verificationsPerClient, Quota lookupsPerClient, Quota resendsPerClient, Quota challengesPerClient,
        Quota signInsPerClient, Quota signInsPerUsername, Quota signInsPerAccount) {
}
