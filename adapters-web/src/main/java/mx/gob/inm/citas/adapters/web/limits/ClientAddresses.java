package mx.gob.inm.citas.adapters.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a request comes from, as a quota counts it: the IPv4 /24 or the IPv6 /64 of the client's address (one
 * household or one small network is one client). Behind a reverse proxy listed in {@code citas.trusted-proxies}
 * (addresses or CIDR blocks), the client is the last address in {@code X-Forwarded-For} that is not one of those
 * proxies; from anyone else that header is ignored, since a client can write it. A hop that is not an IP literal
 * is not believed either: the client is then the direct peer. Nothing here looks a name up.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
    /** Starts like a literal and holds only a literal's characters, so that the JDK parses it and never resolves it. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]{1,44}");
    private static final Pattern PREFIX = Pattern.compile("[0-9]{1,3}");

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
        return keyOf(clientAddress(request.getRemoteAddr(), forwardedFor(request)));
    }

    /** Every {@code X-Forwarded-For} line in order, as one list: a proxy may add its own line after the client's. */
    private static String forwardedFor(HttpServletRequest request) {
        Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
        List<String> all = lines == null ? List.of() : Collections.list(lines);
        return all.isEmpty() ? null : String.join(",", all);
    }

    String clientAddress(String remote, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return literal(hop) == null ? remote : hop;
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
        String prefix = slash < 0 ? null : written.substring(slash + 1);
        if (network == null || prefix != null && (!PREFIX.matcher(prefix).matches()
                || Integer.parseInt(prefix) > network.length * 8)) {
            throw new IllegalArgumentException("citas.trusted-proxies: '" + written + "' is not an IP address or"
                    + " CIDR block (such as 10.0.0.5, 10.0.0.0/8 or 2001:db8::/32)");
        }
        return new Block(network, prefix == null ? network.length * 8 : Integer.parseInt(prefix));
    }

    /** The bytes of an IP literal, or null: never a name lookup. */
    private static byte[] literal(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        if (a.length() > 2 && a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        Matcher v4 = IPV4.matcher(a);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        int zone = a.indexOf('%');
        if (zone == a.length() - 1) {
            return null;
        }
        String bare = zone < 0 ? a : a.substring(0, zone);
        if (!bare.contains(":") || !IPV6.matcher(bare).matches()) {
            return null;
        }
        try {
            // a string that starts with a hex digit or ':' and holds a ':' is parsed as a literal or refused
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
