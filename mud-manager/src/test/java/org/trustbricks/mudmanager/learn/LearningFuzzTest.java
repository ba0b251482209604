package org.trustbricks.mudmanager.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

class LearningFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void arbitrary_dhcp_lldp_and_certificate_bytes_give_findings_not_exceptions(byte[] input) {
        for (Learned l : new Learned[] {DhcpMudUrl.fromDhcpv4(input, 0, input.length),
                DhcpMudUrl.fromDhcpv6(input, 0, input.length), LldpMudUrl.fromLldpdu(input, 0, input.length, null),
                CertificateMudUrl.fromCertificate(input)}) {
            l.usable().ifPresent(b -> assertThat(MudUrls.check(b.mudUrl(), "/")).isEmpty());
        }
    }
}
