package org.trustbricks.cli.mud;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.mudmanager.FlowCheck;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Flow;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.site.DnsResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud check-flow}: would this flow be allowed, and by which ACE? */
@Command(name = "check-flow", mixinStandardHelpOptions = true,
        description = "Decide one flow against MUD files bound to a site: allow or deny, and the ACE that decided.")
public final class MudCheckFlowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "MUD files (RFC 8520 JSON).")
    List<Path> files;

    @Option(names = "--site", required = true, paramLabel = "SITE.yaml", description = "The site file.")
    Path site;

    @Option(names = "--device", required = true, paramLabel = "DEVICE",
            description = "The device: its name in the site file, its MAC or its IP address.")
    String device;

    @Option(names = "--direction", paramLabel = "DIRECTION", defaultValue = "from-device",
            description = "from-device or to-device (default: ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--peer", required = true, paramLabel = "ADDRESS-OR-NAME",
            description = "The remote end: an IP address or the DNS name the device looked up.")
    String peer;

    @Option(names = "--protocol", paramLabel = "PROTOCOL", defaultValue = "tcp",
            description = "tcp, udp, icmp, icmpv6 or a protocol number (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--src-port", paramLabel = "PORT", defaultValue = "-1",
            description = "Source port (ICMP: the type).")
    int srcPort;

    @Option(names = "--dst-port", paramLabel = "PORT", defaultValue = "-1",
            description = "Destination port (ICMP: the code).")
    int dstPort;

    @Option(names = "--initiated-by", paramLabel = "SIDE", defaultValue = "unknown",
            description = "For TCP, who opened the connection: device, peer or unknown (default: ${DEFAULT-VALUE}).")
    String initiatedBy;

    @Option(names = "--host", paramLabel = "NAME=ADDR[,ADDR]",
            description = "Answer DNS names from this table instead of the system resolver (repeatable).")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--offline", description = "Never query DNS.")
    boolean offline;

    @Option(names = "--json", description = "Print the decision and findings as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Output output = Output.of(spec);
        Flow flow;
        DnsResolver resolver;
        try {
            Direction d = switch (direction.toLowerCase(Locale.ROOT)) {
                case "from-device" -> Direction.FROM_DEVICE;
                case "to-device" -> Direction.TO_DEVICE;
                default -> throw new IllegalArgumentException("--direction must be from-device or to-device");
            };
            int proto = switch (protocol.toLowerCase(Locale.ROOT)) {
                case "tcp" -> 6;
                case "udp" -> 17;
                case "icmp" -> 1;
                case "icmpv6" -> 58;
                default -> Integer.parseInt(protocol);
            };
            Initiator init = switch (initiatedBy.toLowerCase(Locale.ROOT)) {
                case "device" -> Initiator.DEVICE;
                case "peer" -> Initiator.PEER;
                case "unknown" -> Initiator.UNKNOWN;
                default -> throw new IllegalArgumentException("--initiated-by must be device, peer or unknown");
            };
            InetAddress address = isLiteral(peer) ? InetAddress.getByAddress(literalBytes(peer)) : null;
            flow = new Flow(device, d, address, address == null ? peer : null, proto, srcPort, dstPort, init);
            resolver = MudCliText.resolver(hosts, offline, 300);
        } catch (IllegalArgumentException e) {
            output.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        byte[] siteBytes = MudCliText.read(output, site);
        List<byte[]> mud = new ArrayList<>();
        for (Path p : files) {
            byte[] b = MudCliText.read(output, p);
            if (b == null) {
                return ExitCodes.FAILURE;
            }
            mud.add(b);
        }
        if (siteBytes == null) {
            return ExitCodes.FAILURE;
        }
        FlowCheck check = MudManager.checkFlow(mud, siteBytes, resolver, flow);
        if (json) {
            output.json(check);
        } else {
            MudCliText.findingsToErr(output, site.toString(), check.findings());
            if (check.decision() != null) {
                output.line((check.decision().allowed() ? "allow" : "deny") + " " + check.decision().acl() + "/"
                        + check.decision().ace() + ": " + check.decision().reason());
            }
        }
        return check.decision() == null ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static boolean isLiteral(String s) {
        try {
            Prefix p = Prefix.parse(s);
            return p.isHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] literalBytes(String s) {
        Prefix p = Prefix.parse(s);
        if (p.version() == 4) {
            long v = p.lo();
            return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (p.hi() >>> (56 - 8 * i));
            b[8 + i] = (byte) (p.lo() >>> (56 - 8 * i));
        }
        return b;
    }
}
