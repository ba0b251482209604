package org.trustbricks.mud.internal;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.source.SourceIdentifier;
import org.opendaylight.yangtools.yang.model.spi.source.URLYangTextSource;
import org.opendaylight.yangtools.yang.parser.api.YangParser;
import org.opendaylight.yangtools.yang.parser.api.YangParserConfiguration;
import org.opendaylight.yangtools.yang.parser.api.YangParserException;
import org.opendaylight.yangtools.yang.parser.impl.DefaultYangParserFactory;

/**
 * The YANG modules a MUD file is validated against, read from the classpath.
 *
 * <p>The RFC 8520/8519/6991/8343 modules come from the OpenDaylight mdsal model jars ({@code META-INF/yang/}).
 * The extension modules of RFC 9472 and RFC 9761 (and the RFC 9640/8341 modules they import) are not shipped in
 * any jar available to the build, so they are vendored under {@code org/trustbricks/mud/yang/} (IETF Trust,
 * Simplified BSD licence).
 */
public final class YangModules {

    /** Modules every MUD file needs (RFC 8520 and its imports). */
    public static final List<String> BASE = List.of(
            "META-INF/yang/ietf-mud@2019-01-28.yang",
            "META-INF/yang/ietf-acldns@2019-01-28.yang",
            "META-INF/yang/ietf-access-control-list@2019-03-04.yang",
            "META-INF/yang/ietf-packet-fields@2019-03-04.yang",
            "META-INF/yang/ietf-ethertypes@2019-03-04.yang",
            "META-INF/yang/ietf-inet-types@2013-07-15.yang",
            "META-INF/yang/ietf-yang-types@2013-07-15.yang",
            "META-INF/yang/ietf-interfaces@2018-02-20.yang");

    /** Extension modules: RFC 9472 (transparency) and RFC 9761 (TLS/DTLS profiles) with their imports. */
    public static final List<String> EXTENSIONS = List.of(
            "org/trustbricks/mud/yang/ietf-mud-transparency@2023-10-10.yang",
            "org/trustbricks/mud/yang/ietf-mud-tls@2025-04-18.yang",
            "org/trustbricks/mud/yang/ietf-acl-tls@2025-04-18.yang",
            "org/trustbricks/mud/yang/iana-tls-profile@2025-04-18.yang",
            "org/trustbricks/mud/yang/ietf-crypto-types@2024-10-10.yang",
            "org/trustbricks/mud/yang/ietf-netconf-acm@2018-02-14.yang");

    private YangModules() {
    }

    /** Parses the given classpath resources into one schema context. */
    @SuppressWarnings("removal")
    public static EffectiveModelContext load(List<String> resources) {
        YangParser parser = new DefaultYangParserFactory().createParser(YangParserConfiguration.DEFAULT);
        ClassLoader loader = YangModules.class.getClassLoader();
        try {
            for (String resource : resources) {
                URL url = loader.getResource(resource);
                if (url == null) {
                    throw new IllegalStateException("YANG module missing from the classpath: " + resource);
                }
                SourceIdentifier id = SourceIdentifier.ofYangFileName(resource.substring(resource.lastIndexOf('/') + 1));
                parser.addSource(new URLYangTextSource(id, url, java.nio.charset.StandardCharsets.UTF_8));
            }
            return parser.buildEffectiveModel();
        } catch (IOException | YangParserException e) {
            throw new IllegalStateException("the bundled YANG modules do not compile: " + e.getMessage(), e);
        }
    }
}
