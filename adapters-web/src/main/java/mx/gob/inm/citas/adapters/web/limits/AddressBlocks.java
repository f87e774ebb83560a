package mx.gob.inm.citas.adapters.web.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of IP addresses as a setting writes it: comma-separated addresses and CIDR blocks, IPv4 or IPv6
 * ({@code 10.0.0.0/8, 192.0.2.7, ::1}). An address written without a prefix is a block of one. Only IP literals
 * count: nothing here looks a name up, and an entry that is not an address or a block is refused with the
 * setting's name.
 */
public final class AddressBlocks {

    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
    /** Starts like a literal and holds only a literal's characters, so that the JDK parses it and never resolves it. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]{1,44}");
    private static final Pattern PREFIX = Pattern.compile("[0-9]{1,3}");

    private final List<Block> blocks;

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

    /**
     * {@code written}: the setting's value, blank for none; {@code setting} names it in the message of an entry that
     * is not an address or a block.
     */
    public AddressBlocks(String setting, String written) {
        List<Block> parsed = new ArrayList<>();
        if (written != null) {
            for (String part : written.split(",")) {
                String entry = part.strip();
                if (!entry.isEmpty()) {
                    parsed.add(block(setting, entry));
                }
            }
        }
        this.blocks = List.copyOf(parsed);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether {@code address} (an IP literal; anything else is in no block) lies in one of the blocks. */
    public boolean contains(String address) {
        byte[] bytes = literal(address);
        return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    private static Block block(String setting, String written) {
        int slash = written.indexOf('/');
        byte[] network = literal(slash < 0 ? written : written.substring(0, slash));
        String prefix = slash < 0 ? null : written.substring(slash + 1);
        if (network == null || prefix != null && (!PREFIX.matcher(prefix).matches()
                || Integer.parseInt(prefix) > network.length * 8)) {
            throw new IllegalArgumentException(setting + ": '" + written + "' is not an IP address or CIDR block"
                    + " (such as 10.0.0.5, 10.0.0.0/8 or 2001:db8::/32)");
        }
        return new Block(network, prefix == null ? network.length * 8 : Integer.parseInt(prefix));
    }

    /** The bytes of an IP literal (bracketed, or with a zone id, for IPv6), or null: never a name lookup. */
    static byte[] literal(String address) {
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
