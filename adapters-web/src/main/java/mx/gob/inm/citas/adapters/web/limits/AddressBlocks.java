package mx.gob.inm.citas.adapters.web.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of IP addresses as a setting writes it: comma-separated addresses and CIDR blocks, IPv4 or IPv6
 * ({@code 10.0.0.0/8, 192.0.2.7, ::1}). An address written without a prefix is a block of one. Only IP literals
 * count: a name is never looked up.
 */
public final class AddressBlocks {

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
        if (network == null || (prefix != null && !prefix.matches("[0-9]{1,3}"))) {
            throw new IllegalArgumentException(setting + ": '" + written + "' is not an IP address or CIDR block");
        }
        int bits = prefix == null ? network.length * 8 : Integer.parseInt(prefix);
        return new Block(network, Math.min(bits, network.length * 8));
    }

    /** The bytes of an IP literal (an IPv4-mapped IPv6 address is its IPv4 address), or null: never a name lookup. */
    static byte[] literal(String address) {
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
