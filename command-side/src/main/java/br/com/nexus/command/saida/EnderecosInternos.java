package br.com.nexus.command.saida;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.regex.Pattern;

/**
 * Which addresses belong to the inside of an installation rather than to the internet: what a
 * tenant's URL must never make the server call, unless the operator allows it.
 */
public final class EnderecosInternos {

    /** Digits and hex groups with dots: what resolvers read as an IPv4 in shorthand (2130706433, 0x7f.1). */
    private static final Pattern NUMERICO = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
    private static final Pattern QUADRA_CANONICA =
            Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private EnderecosInternos() {
    }

    /**
     * A host written as a number that is not a plain dotted quad (decimal, hex or octal forms,
     * fewer than four parts): resolvers disagree on what it means, so it is refused outright.
     */
    public static boolean formaNumericaAmbigua(String host) {
        return NUMERICO.matcher(host).matches() && !QUADRA_CANONICA.matcher(host).matches();
    }

    public static boolean interno(InetAddress endereco) {
        if (endereco instanceof Inet6Address v6) {
            return interno6(v6);
        }
        return interno4(endereco.getAddress());
    }

    private static boolean interno4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return b0 == 0                                  // 0.0.0.0/8, "this network"
                || b0 == 10                             // 10/8
                || b0 == 127                            // loopback
                || b0 == 100 && (b1 & 0xc0) == 64       // 100.64/10, carrier-grade NAT
                || b0 == 169 && b1 == 254               // link-local, cloud metadata
                || b0 == 172 && (b1 & 0xf0) == 16       // 172.16/12
                || b0 == 192 && b1 == 168               // 192.168/16
                || b0 == 192 && b1 == 0 && b2 == 0      // 192.0.0/24, protocol assignments
                || b0 == 198 && (b1 & 0xfe) == 18       // 198.18/15, benchmarking
                || b0 >= 224;                           // multicast, reserved, broadcast
    }

    private static boolean interno6(Inet6Address v6) {
        byte[] a = v6.getAddress();
        if (v6.isAnyLocalAddress() || v6.isLoopbackAddress() || v6.isLinkLocalAddress() || v6.isSiteLocalAddress()
                || v6.isMulticastAddress()) {
            return true;
        }
        if ((a[0] & 0xfe) == 0xfc) {
            return true;                                // fc00::/7, unique local
        }
        if (zeros(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return interno4(sufixo4(a, 12));            // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (zeros(a, 0, 12)) {
            return true;                                // ::a.b.c.d, deprecated IPv4-compatible
        }
        if ((a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b
                && zeros(a, 4, 12)) {
            return interno4(sufixo4(a, 12));            // 64:ff9b::/96, NAT64
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return interno4(sufixo4(a, 2));             // 2002::/16, 6to4
        }
        return false;
    }

    private static boolean zeros(byte[] a, int de, int ate) {
        for (int i = de; i < ate; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sufixo4(byte[] a, int inicio) {
        return new byte[] {a[inicio], a[inicio + 1], a[inicio + 2], a[inicio + 3]};
    }
}
