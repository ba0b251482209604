package org.trustbricks.cli.mud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.mudmanager.CompileOutput;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.mudmanager.RenderFormat;
import org.trustbricks.mudmanager.site.DnsResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud compile FILE… --site SITE.yaml --format nft|iptables|json}. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Bind MUD files to a site (see examples/mud-manager/site.yaml) and render enforcement rules: "
                + "nftables, iptables-restore, or a neutral JSON rule list. Default deny plus local DNS and NTP.")
public final class MudCompileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "MUD files (RFC 8520 JSON).")
    List<Path> files;

    @Option(names = "--site", required = true, paramLabel = "SITE.yaml", description = "The site file.")
    Path site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nft",
            description = "nft, iptables or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--host", paramLabel = "NAME=ADDR[,ADDR]",
            description = "Answer DNS names from this table instead of the system resolver (repeatable).")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--offline", description = "Never query DNS; names not given with --host allow nothing.")
    boolean offline;

    @Option(names = "--ttl", paramLabel = "SECONDS", defaultValue = "300",
            description = "TTL assumed for answers from --host or the system resolver (default: ${DEFAULT-VALUE}).")
    long ttl;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the rules here instead of standard output.")
    Path out;

    @Option(names = "--json", description = "Print the whole result (rules, findings, expiry) as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Output output = Output.of(spec);
        RenderFormat f;
        DnsResolver resolver;
        try {
            f = RenderFormat.parse(format);
            resolver = MudCliText.resolver(hosts, offline, ttl);
        } catch (IllegalArgumentException e) {
            output.error(e.getMessage() != null && e.getMessage().startsWith("--host") ? e.getMessage()
                    : "--format must be nft, iptables or json; --host needs IP literals");
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
        CompileOutput result = MudManager.compile(mud, siteBytes, resolver, f);
        if (json) {
            output.json(result);
        } else {
            MudCliText.findingsToErr(output, site.toString(), result.findings());
            if (result.ok()) {
                String text = f == RenderFormat.JSON ? Output.mapper().writeValueAsString(result.rules()) : result.ruleset();
                if (out != null) {
                    Files.writeString(out, text);
                    output.line("wrote " + result.rules().size() + " rules for " + result.devices() + " devices to "
                            + out + "; re-render after " + result.expiresAt());
                } else {
                    output.line(text);
                }
            }
        }
        return result.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
