package org.trustbricks.mudmanager.compile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.net.AddressSet;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.AceRule;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.policy.Peer;
import org.trustbricks.mudmanager.policy.PortMatch;
import org.trustbricks.mudmanager.site.DnsResolver;
import org.trustbricks.mudmanager.site.Resolution;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteDevice;

/** Binds MUD abstractions to a site and adds the default DNS/NTP allowances; default deny follows the last rule. */
public final class SiteCompiler {

    private SiteCompiler() {
    }

    /** Compiles every policy for the site devices that announced its MUD URL. */
    public static CompiledSite compile(Site site, List<MudPolicy> policies, DnsResolver resolver, Instant now) {
        return new Run(site, policies, resolver, now).build();
    }

    /**
     * Re-resolves DNS names once the earliest answer has expired and recompiles when any answer changed.
     * Before expiry the previous result is returned unchanged.
     */
    public static Refresh refresh(CompiledSite previous, DnsResolver resolver, Instant now) {
        if (now.isBefore(previous.expiresAt())) {
            return new Refresh(previous, false);
        }
        CompiledSite next = compile(previous.site(), previous.policies(), resolver, now);
        boolean changed = !sameAnswers(previous.dnsAnswers(), next.dnsAnswers());
        return new Refresh(next, changed);
    }

    private static boolean sameAnswers(Map<String, Resolution> a, Map<String, Resolution> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!new java.util.HashSet<>(a.get(k).addresses()).equals(new java.util.HashSet<>(b.get(k).addresses()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The outcome of a refresh.
     *
     * @param site    the current compilation
     * @param changed true when DNS answers changed, so the rendered rules must be applied again
     */
    public record Refresh(CompiledSite site, boolean changed) {
    }

    private static final class Run {
        private final Site site;
        private final List<MudPolicy> policies;
        private final DnsResolver resolver;
        private final Instant now;
        private final Map<String, AddressSet> sets = new LinkedHashMap<>();
        private final Map<String, Resolution> answers = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, List<Prefix>> byAuthority = new HashMap<>();
        private final Map<String, List<Prefix>> byUrl = new HashMap<>();
        private long minTtl = Long.MAX_VALUE;

        Run(Site site, List<MudPolicy> policies, DnsResolver resolver, Instant now) {
            this.site = site;
            this.policies = policies;
            this.resolver = resolver;
            this.now = now;
            for (SiteDevice d : site.devices()) {
                if (d.mudUrl() != null) {
                    byUrl.computeIfAbsent(d.mudUrl(), k -> new ArrayList<>()).addAll(d.addresses());
                    String auth = MudPolicyAuthority.of(d.mudUrl());
                    if (auth != null) {
                        byAuthority.computeIfAbsent(auth, k -> new ArrayList<>()).addAll(d.addresses());
                    }
                }
            }
        }

        CompiledSite build() {
            sets.put("dns_servers", AddressSet.of(site.dnsServers()));
            sets.put("ntp_servers", AddressSet.of(site.ntpServers()));
            Map<String, MudPolicy> byPolicyUrl = new LinkedHashMap<>();
            for (MudPolicy p : policies) {
                byPolicyUrl.put(p.mudUrl(), p);
            }
            List<CompiledDevice> devices = new ArrayList<>();
            java.util.Set<String> used = new java.util.HashSet<>();
            for (SiteDevice d : site.devices()) {
                MudPolicy p = d.mudUrl() == null ? null : byPolicyUrl.get(d.mudUrl());
                if (p == null) {
                    findings.add(Finding.info("SITE-DEVICE-WITHOUT-MUD", "/devices/" + d.name(), "Device '" + d.name()
                            + "' has no MUD file here; only DNS and NTP are allowed for it.", ""));
                } else {
                    used.add(p.mudUrl());
                }
                devices.add(device(devices.size(), d.name(), d.mac(), d.mudUrl(), d.addresses(), p));
            }
            for (MudPolicy p : policies) {
                if (!used.contains(p.mudUrl())) {
                    findings.add(Finding.info("SITE-MUD-WITHOUT-DEVICE", "/", "No device of the site uses "
                            + p.mudUrl() + "; its rules are rendered with an empty device address set.", ""));
                    devices.add(device(devices.size(), nameFor(p.mudUrl()), null, p.mudUrl(), List.of(), p));
                }
            }
            long ttl = minTtl == Long.MAX_VALUE ? 86_400 : Math.max(minTtl, site.minimumRefresh().toSeconds());
            return new CompiledSite(site, policies, devices, sets, answers, now, now.plusSeconds(ttl), findings);
        }

        private CompiledDevice device(int index, String name, String mac, String url, List<Prefix> addrs, MudPolicy p) {
            List<BoundRule> rules = new ArrayList<>();
            if (p != null) {
                for (AceRule r : p.rules()) {
                    bind(r, p, rules);
                }
            }
            for (int v : new int[] {4, 6}) {
                for (Direction d : Direction.values()) {
                    for (int proto : new int[] {17, 6}) {
                        rules.add(serviceRule("default-dns", d, v, proto, "dns_servers", 53));
                    }
                    rules.add(serviceRule("default-ntp", d, v, 17, "ntp_servers", 123));
                }
            }
            return new CompiledDevice(name, mac, url, "d" + index, AddressSet.of(addrs), rules);
        }

        private BoundRule serviceRule(String ace, Direction d, int v, int proto, String set, int port) {
            boolean out = d == Direction.FROM_DEVICE;
            return new BoundRule("default", ace, d, v, proto, set, sets.get(set), null, set,
                    out ? PortMatch.ANY : PortMatch.eq(port), out ? PortMatch.eq(port) : PortMatch.ANY,
                    Initiator.UNKNOWN, -1, -1, true);
        }

        private void bind(AceRule r, MudPolicy p, List<BoundRule> out) {
            String setName = null;
            AddressSet peer;
            String dnsName = null;
            switch (r.peer()) {
                case Peer.Any a -> peer = null;
                case Peer.Network n -> {
                    try {
                        peer = AddressSet.of(List.of(Prefix.parse(n.prefix())));
                    } catch (IllegalArgumentException e) {
                        findings.add(Finding.warning("MUD-ACE-NOT-ENFORCEABLE", "/acls/" + r.acl() + "/" + r.ace(),
                                "ACE " + r.ace() + " names the network '" + n.prefix() + "', which is not an IP "
                                        + "prefix; it was left out and allows nothing.", ""));
                        return;
                    }
                }
                case Peer.DnsName d -> {
                    dnsName = d.name();
                    setName = SetNames.of("n", d.name());
                    peer = sets.computeIfAbsent(setName, k -> resolve(d.name()));
                }
                case Peer.LocalNetworks l -> {
                    setName = "local_networks";
                    peer = sets.computeIfAbsent(setName, k -> AddressSet.of(site.localNetworks()));
                }
                case Peer.Manufacturer m -> {
                    setName = SetNames.of("mfr", m.host());
                    peer = sets.computeIfAbsent(setName, k -> AddressSet.of(byAuthority.getOrDefault(m.host(), List.of())));
                }
                case Peer.SameManufacturer s -> {
                    String auth = Objects.requireNonNullElse(p.authority(), "");
                    setName = SetNames.of("mfr", auth);
                    peer = sets.computeIfAbsent(setName, k -> AddressSet.of(byAuthority.getOrDefault(auth, List.of())));
                }
                case Peer.Model m -> {
                    setName = SetNames.of("model", m.mudUrl());
                    peer = sets.computeIfAbsent(setName, k -> AddressSet.of(byUrl.getOrDefault(m.mudUrl(), List.of())));
                }
                case Peer.Controller c -> {
                    setName = SetNames.of("ctl", c.uri());
                    List<Prefix> a = site.controllers().get(c.uri());
                    if (a == null) {
                        findings.add(Finding.warning("SITE-CONTROLLER-UNMAPPED", "/controllers", "No addresses are "
                                + "configured for controller class " + c.uri() + "; ACE " + r.acl() + "/" + r.ace()
                                + " allows nothing until they are.", "Add it under 'controllers' in the site file."));
                    }
                    peer = sets.computeIfAbsent(setName, k -> AddressSet.of(a == null ? List.of() : a));
                }
                case Peer.MyController m -> {
                    setName = SetNames.of("myctl", p.mudUrl());
                    List<Prefix> a = site.myControllers().get(p.mudUrl());
                    if (a == null) {
                        findings.add(Finding.warning("SITE-MY-CONTROLLER-UNMAPPED", "/my-controllers", "No "
                                + "my-controller addresses are configured for " + p.mudUrl() + "; ACE " + r.acl() + "/"
                                + r.ace() + " allows nothing until they are.", ""));
                    }
                    peer = sets.computeIfAbsent(setName, k -> AddressSet.of(a == null ? List.of() : a));
                }
            }
            out.add(new BoundRule(r.acl(), r.ace(), r.direction(), r.ipVersion(), r.protocol(), setName, peer, dnsName,
                    r.peer().describe(), r.srcPort(), r.dstPort(), r.initiated(), r.icmpType(), r.icmpCode(), r.accept()));
        }

        private AddressSet resolve(String name) {
            Resolution res = answers.computeIfAbsent(name, resolver::resolve);
            minTtl = Math.min(minTtl, Math.max(0, res.ttlSeconds()));
            if (res.error() != null) {
                findings.add(Finding.warning("SITE-DNS-UNRESOLVED", "/dns/" + name, "The name " + name
                        + " did not resolve (" + res.error() + "); its ACEs allow nothing until it does.", ""));
            }
            return AddressSet.of(res.addresses());
        }

        private static String nameFor(String url) {
            String tail = url.replaceAll("/+$", "");
            return tail.substring(tail.lastIndexOf('/') + 1);
        }
    }
}
