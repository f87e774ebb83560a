package mx.gob.inm.citas.adapters.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Who a request comes from, as a quota counts it: the IPv4 /24 or the IPv6 /64 of the client's address (one
 * household or one small network is one client). Behind a reverse proxy listed in {@code citas.trusted-proxies}
 * (addresses or CIDR blocks), the client is the last address in {@code X-Forwarded-For} that is not one of those
 * proxies; from anyone else that header is ignored, since a client can write it. A hop that is not an IP literal
 * is not believed either: the client is then the direct peer. Nothing here looks a name up.
 */
public final class ClientAddresses {

    private final AddressBlocks trusted;

    /** {@code trustedProxies}: comma-separated addresses or CIDR blocks; blank for none. */
    public ClientAddresses(String trustedProxies) {
        this.trusted = new AddressBlocks("citas.trusted-proxies", trustedProxies);
    }

    /** The quota key of the request's client, e.g. {@code 203.0.113.0/24}. */
    public String clientOf(HttpServletRequest request) {
        return keyOf(clientAddress(request.getRemoteAddr(), forwardedFor(request)));
    }

    /** The quota keys of a hold's client: the client itself and its network. */
    public record HoldKeys(String client, String network) {
    }

    /**
     * The client's key and its network's: for IPv6 its /48 (one site: whoever has one has 65,536 /64s, which would
     * otherwise be as many clients), for IPv4 the client's own /24. The address is read once for both.
     */
    public HoldKeys holdKeysOf(HttpServletRequest request) {
        String address = clientAddress(request.getRemoteAddr(), forwardedFor(request));
        return new HoldKeys(keyOf(address), networkKeyOf(address));
    }

    /**
     * The address a request comes from, for a decision by address rather than a quota: the client's address as
     * above, or null (unknown) when the request was forwarded ({@code X-Forwarded-For}, {@code Forwarded} or
     * {@code X-Real-IP}) by a peer that is not a trusted proxy, or by a trusted one without {@code X-Forwarded-For}.
     * Otherwise a proxy on this machine that nobody listed would make every request it forwards look local.
     */
    public String originOf(HttpServletRequest request) {
        return origin(request.getRemoteAddr(), forwardedFor(request),
                request.getHeader("Forwarded") != null || request.getHeader("X-Real-IP") != null);
    }

    String origin(String remote, String forwardedFor, boolean otherForwardingHeaders) {
        if (forwardedFor == null && !otherForwardingHeaders) {
            return remote;
        }
        if (!trusted.contains(remote) || forwardedFor == null) {
            return null;
        }
        return clientAddress(remote, forwardedFor);
    }

    /** Every {@code X-Forwarded-For} line in order, as one list: a proxy may add its own line after the client's. */
    private static String forwardedFor(HttpServletRequest request) {
        Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
        List<String> all = lines == null ? List.of() : Collections.list(lines);
        return all.isEmpty() ? null : String.join(",", all);
    }

    String clientAddress(String remote, String forwardedFor) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return AddressBlocks.literal(hop) == null ? remote : hop;
            }
        }
        return remote;
    }

    static String keyOf(String address) {
        return prefixKey(address, 24, 64);
    }

    static String networkKeyOf(String address) {
        return prefixKey(address, 24, 48);
    }

    private static String prefixKey(String address, int bitsOfIpv4, int bitsOfIpv6) {
        byte[] bytes = AddressBlocks.literal(address);
        if (bytes == null) {
            return address == null ? "unknown" : address.toLowerCase(Locale.ROOT);
        }
        int bits = bytes.length == 4 ? bitsOfIpv4 : bitsOfIpv6;
        for (int bit = bits; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/" + bits;
        } catch (UnknownHostException impossible) {
            return address;
        }
    }
}
