package org.trustbricks.mudmanager.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.compile.CompiledSite;
import org.trustbricks.mudmanager.compile.NftRenderer;
import org.trustbricks.mudmanager.compile.SiteCompiler;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.mudmanager.site.StaticResolver;

class MudPolicyReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void arbitrary_mud_bytes_are_read_compiled_and_rendered_or_rejected_cleanly(byte[] input) throws Exception {
        MudPolicy p;
        try {
            p = MudPolicyReader.read(input);
        } catch (MalformedInputException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        Site site = SiteReader.read("local-networks: [10.0.0.0/8]\ndevices: [{name: d, addresses: [10.0.0.5]}]\n"
                .getBytes());
        CompiledSite c = SiteCompiler.compile(site, List.of(p), StaticResolver.of(Map.of(), 60), Instant.EPOCH);
        assertThat(NftRenderer.render(c)).contains("table inet trustbricks_mud");
        for (AceRule r : p.rules()) {
            assertThat(r.ipVersion()).isIn(4, 6);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void arbitrary_site_files_are_read_or_rejected_with_a_path(byte[] input) {
        try {
            SiteReader.read(input);
        } catch (MalformedInputException expected) {
            assertThat(expected.path()).startsWith("/");
        }
    }
}
