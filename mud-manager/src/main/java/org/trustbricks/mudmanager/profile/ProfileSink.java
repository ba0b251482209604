package org.trustbricks.mudmanager.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.capture.DnsMessage;
import org.trustbricks.mudmanager.capture.Packet;
import org.trustbricks.mudmanager.capture.PacketListener;
import org.trustbricks.mudmanager.learn.DhcpMudUrl;
import org.trustbricks.mudmanager.learn.Learned;
import org.trustbricks.mudmanager.learn.LldpMudUrl;
import org.trustbricks.mudmanager.learn.MudUrlBinding;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Initiator;

/** Turns the device's packets into flows; memory grows with flows, never with packets. */
final class ProfileSink implements PacketListener {

    private static final int MAX_DEVICE_ADDRESSES = 16;

    private final DeviceSelector selector;
    private final ProfilerOptions options;
    private final ConnTable connections;
    private final Map<FlowKey, Integer> flowIndex = new HashMap<>();
    final List<FlowStats> flows = new ArrayList<>();
    final DnsNames dns = new DnsNames();
    final Set<Prefix> deviceAddresses = new LinkedHashSet<>();
    final Map<String, Long> layer2 = new TreeMap<>();
    final List<MudUrlBinding> announced = new ArrayList<>();
    long packets;
    long devicePackets;
    long untrackedPackets;
    long laterFragments;
    long malformedDns;
    private final ProgressTicker ticker;

    ProfileSink(DeviceSelector selector, ProfilerOptions options, ProgressTicker ticker) {
        this.selector = selector;
        this.options = options;
        this.connections = new ConnTable(options.maxConnections());
        this.ticker = ticker;
        if (selector.address() != null) {
            deviceAddresses.add(selector.address());
        }
    }

    long connectionResets() {
        return connections.resets;
    }

    @Override
    public void onPacket(Packet p) {
        packets++;
        if ((packets & 0xFFFF) == 0) {
            ticker.tick(p.fileOffset(), packets, flows.size());
        }
        boolean from;
        if (selector.mac() >= 0) {
            if (p.srcMac() == selector.mac()) {
                from = true;
            } else if (p.dstMac() == selector.mac() || p.dstMac() < 0 && toLearnedAddress(p)) {
                from = false;
            } else {
                return;
            }
        } else if (p.ipVersion() == selector.address().version() && matches(p, true)) {
            from = true;
        } else if (p.ipVersion() == selector.address().version() && matches(p, false)) {
            from = false;
        } else {
            return;
        }
        devicePackets++;
        if (p.ipVersion() == 0) {
            layer2(p, from);
            return;
        }
        if (from && selector.mac() >= 0) {
            learnAddress(p);
        }
        if (p.laterFragment()) {
            laterFragments++;
            return;
        }
        int proto = p.protocol();
        if ((proto == 6 || proto == 17) && p.srcPort() >= 0) {
            if (proto == 17) {
                udpPayload(p, from);
            } else if (!from && p.srcPort() == 53 && p.payloadLength() >= 14) {
                tcpDns(p);
            }
            transport(p, from);
        } else if (proto >= 0) {
            int type = proto == 1 || proto == 58 ? p.icmpType() : -1;
            FlowStats f = flow(new FlowKey(p.ipVersion(), peerHi(p, from), peerLo(p, from), proto, type, from), p);
            if (f != null) {
                f.count(from, p.originalLength(), -1, -1);
            }
        }
    }

    private void transport(Packet p, boolean from) {
        int devPort = from ? p.srcPort() : p.dstPort();
        int peerPort = from ? p.dstPort() : p.srcPort();
        long hi = peerHi(p, from);
        long lo = peerLo(p, from);
        long head = ConnTable.head(p.protocol(), devPort, peerPort, p.ipVersion());
        boolean opening = p.protocol() == 6 && (p.tcpSynOnly() || p.tcpSynAck());
        int idx = opening ? -1 : connections.get(head, hi, lo);
        if (idx < 0) {
            Initiator init;
            boolean handshake = false;
            boolean guessed = false;
            if (p.protocol() == 6 && p.tcpSynOnly()) {
                init = from ? Initiator.DEVICE : Initiator.PEER;
                handshake = true;
            } else if (p.protocol() == 6 && p.tcpSynAck()) {
                init = from ? Initiator.PEER : Initiator.DEVICE;
                handshake = true;
            } else if (p.protocol() == 17) {
                boolean senderIsServer = p.srcPort() < 1024 && (p.dstPort() >= 1024 || p.srcPort() < p.dstPort());
                init = from != senderIsServer ? Initiator.DEVICE : Initiator.PEER;
            } else {
                init = devPort < peerPort ? Initiator.PEER : Initiator.DEVICE;
                guessed = p.protocol() == 6;
            }
            boolean onPeer = init == Initiator.DEVICE;
            FlowKey key = new FlowKey(p.ipVersion(), hi, lo, p.protocol(), onPeer ? peerPort : devPort, onPeer);
            FlowStats f = flow(key, p);
            if (f == null) {
                return;
            }
            idx = flowIndex.get(key);
            f.initiator = init;
            f.handshakeSeen |= handshake;
            f.directionGuessed |= guessed && !f.handshakeSeen;
            connections.put(head, hi, lo, idx);
        }
        FlowStats f = flows.get(idx);
        f.count(from, p.originalLength(), f.key.onPeer() ? devPort : -1, f.key.onPeer() ? -1 : peerPort);
    }

    private FlowStats flow(FlowKey key, Packet p) {
        Integer i = flowIndex.get(key);
        if (i != null) {
            return flows.get(i);
        }
        if (flows.size() >= options.maxFlows()) {
            untrackedPackets++;
            return null;
        }
        FlowStats f = new FlowStats(key, p.timestampNanos());
        f.nameAtStart = dns.nameOf(new Prefix(key.version(), key.hi(), key.lo(), key.version() == 4 ? 32 : 128));
        flowIndex.put(key, flows.size());
        flows.add(f);
        return f;
    }

    private void udpPayload(Packet p, boolean from) {
        int len = p.payloadLength();
        if (len <= 0) {
            return;
        }
        try {
            if (!from && p.srcPort() == 53 && len >= 12) {
                DnsMessage m = DnsMessage.parse(p.buffer(), p.payloadOffset(), len);
                if (m.response()) {
                    dns.learn(m);
                }
            } else if (from && p.dstPort() == 67) {
                keep(DhcpMudUrl.fromDhcpv4(p.buffer(), p.payloadOffset(), len));
            } else if (from && p.dstPort() == 547) {
                keep(DhcpMudUrl.fromDhcpv6(p.buffer(), p.payloadOffset(), len));
            }
        } catch (MalformedInputException e) {
            malformedDns++;
        }
    }

    /** DNS over TCP: one length-prefixed message at the start of the segment (answers split over segments are skipped). */
    private void tcpDns(Packet p) {
        byte[] b = p.buffer();
        int off = p.payloadOffset();
        int len = (b[off] & 0xff) << 8 | (b[off + 1] & 0xff);
        if (len < 12 || len + 2 > p.payloadLength()) {
            return;
        }
        try {
            DnsMessage m = DnsMessage.parse(b, off + 2, len);
            if (m.response()) {
                dns.learn(m);
            }
        } catch (MalformedInputException e) {
            malformedDns++;
        }
    }

    private void layer2(Packet p, boolean from) {
        String name = switch (p.etherType()) {
            case 0x0806 -> "ARP";
            case 0x888E -> "EAPOL";
            case 0x88CC -> "LLDP";
            case -1 -> "unknown";
            default -> String.format("EtherType 0x%04x", p.etherType());
        };
        layer2.merge(name, 1L, Long::sum);
        if (from && p.etherType() == 0x88CC && p.networkOffset() >= 0) {
            keep(LldpMudUrl.fromLldpdu(p.buffer(), p.networkOffset(), p.offset() + p.captureLength() - p.networkOffset(),
                    null));
        }
    }

    private void keep(Learned l) {
        if (l.binding() != null && announced.size() < 16) {
            announced.add(l.binding());
        }
    }

    private void learnAddress(Packet p) {
        if (deviceAddresses.size() >= MAX_DEVICE_ADDRESSES) {
            return;
        }
        if (p.ipVersion() == 4 && p.v4Src() != 0) {
            deviceAddresses.add(Prefix.v4Host(p.v4Src()));
        } else if (p.ipVersion() == 6 && (p.v6SrcHi() != 0 || p.v6SrcLo() != 0)) {
            deviceAddresses.add(Prefix.v6Host(p.v6SrcHi(), p.v6SrcLo()));
        }
    }

    private boolean toLearnedAddress(Packet p) {
        if (p.ipVersion() == 4) {
            return deviceAddresses.contains(Prefix.v4Host(p.v4Dst()));
        }
        return p.ipVersion() == 6 && deviceAddresses.contains(Prefix.v6Host(p.v6DstHi(), p.v6DstLo()));
    }

    private boolean matches(Packet p, boolean src) {
        Prefix a = selector.address();
        if (a.version() == 4) {
            return a.contains4(src ? p.v4Src() : p.v4Dst());
        }
        return src ? a.contains6(p.v6SrcHi(), p.v6SrcLo()) : a.contains6(p.v6DstHi(), p.v6DstLo());
    }

    private static long peerHi(Packet p, boolean from) {
        return p.ipVersion() == 6 ? (from ? p.v6DstHi() : p.v6SrcHi()) : 0;
    }

    private static long peerLo(Packet p, boolean from) {
        return p.ipVersion() == 6 ? (from ? p.v6DstLo() : p.v6SrcLo()) : (from ? p.v4Dst() : p.v4Src()) & 0xFFFFFFFFL;
    }

    /** Forwards progress to the listener with the offset of the current file added. */
    static final class ProgressTicker {
        private final ProgressListener listener;
        private final long total;
        long base;

        ProgressTicker(ProgressListener listener, long total) {
            this.listener = listener;
            this.total = total;
        }

        void tick(long offsetInFile, long packets, long flows) {
            listener.progress(Math.min(total, base + offsetInFile), total, packets, flows);
        }
    }
}
