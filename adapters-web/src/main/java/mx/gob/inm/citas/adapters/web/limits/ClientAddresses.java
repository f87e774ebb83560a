package mx.gob.inm.citas.adapters.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who a request comes from, as a quota counts it: the IPv4 /24 or the IPv6 /64 of the client's address (one
 * household or one small network is one client). Behind a reverse proxy listed in {@code citas.trusted-proxies}
 * (addresses or CIDR blocks), the client is the last address in {@code X-Forwarded-For} that is not one of those
 * proxies; from anyone else that header is ignored, since a client can write it.
 */
public final class ClientAddresses {

    private final List<Block> trusted;

    private record Block(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code trustedProxies}: comma-separated addresses or CIDR blocks; blank for none. */
    public ClientAddresses(String trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        if (trustedProxies != null) {
            for (String written : trustedProxies.split(",")) {
                String entry = written.strip();
                if (!entry.isEmpty()) {
                    blocks.add(block(entry));
                }
            }
        }
        this.trusted = List.copyOf(blocks);
    }

    /** The quota key of the request's client, e.g. {@code 203.0.113.0/24}. */
    public String clientOf(HttpServletRequest request) {
        return keyOf(clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
    }

    String clientAddress(String remote, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    static String keyOf(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) {
            return address == null ? "unknown" : address.toLowerCase(Locale.ROOT);
        }
        int bits = bytes.length == 4 ? 24 : 64;
        for (int bit = bits; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/" + bits;
        } catch (UnknownHostException impossible) {
            return address;
        }
    }

    private boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(b -> b.contains(bytes));
    }

    private static Block block(String written) {
        int slash = written.indexOf('/');
        byte[] network = literal(slash < 0 ? written : written.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("citas.trusted-proxies: '" + written + "' is not an IP address or"
                    + " CIDR block");
        }
        int bits = slash < 0 ? network.length * 8 : Integer.parseInt(written.substring(slash + 1));
        return new Block(network, Math.max(0, Math.min(bits, network.length * 8)));
    }

    /** The bytes of an IP literal, or null: never a name lookup. */
    private static byte[] literal(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        boolean v4 = a.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean v6 = a.contains(":") && a.matches("[0-9a-fA-F:.%a-zA-Z0-9]+");
        if (!v4 && !v6) {
            return null;
        }
        int zone = a.indexOf('%');
        try {
            return InetAddress.getByName(zone < 0 ? a : a.substring(0, zone)).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
