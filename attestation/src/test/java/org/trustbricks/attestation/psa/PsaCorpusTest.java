package org.trustbricks.attestation.psa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustbricks.attestation.cbor.CborDecoder;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseMac0;
import org.trustbricks.attestation.cose.CoseVerifier;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.cose.HmacKey;
import org.trustbricks.common.Finding;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.common.testing.SharedCorpus;

/** Every line of corpus/psa/expected.tsv gives its expected outcome. */
class PsaCorpusTest {

    private static final String TSV = "corpus/psa/expected.tsv";

    static Stream<Arguments> vectors() throws IOException {
        Path root = SharedCorpus.root();
        if (root == null || !Files.exists(root.resolve(TSV))) {
            return Stream.of(Arguments.of("(corpus absent)", "absent", "valid", ""));
        }
        return Files.readAllLines(root.resolve(TSV)).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 4)).map(c -> Arguments.of(c[0], c[1], c[2], c[3]));
    }

    @ParameterizedTest(name = "{1} {0} is {2}")
    @MethodSource("vectors")
    void each_corpus_vector_gives_its_expected_outcome(String path, String check, String outcome, String reason) throws Exception {
        Path dir = SharedCorpus.require(TSV).getParent();
        byte[] bytes = Files.readAllBytes(dir.resolve(path));
        List<Finding> problems = switch (check) {
            case "claims-json-p1" -> json(bytes, PsaProfile.PSA_IOT_PROFILE_1);
            case "claims-json-p2" -> json(bytes, PsaProfile.PSA_2_0_0);
            case "claims-cbor" -> cbor(bytes);
            case "cose-sign1-es256" -> sign1(bytes, dir.resolve(keyPath(reason, "\\.pem")));
            case "cose-mac0-hs256" -> mac0(bytes, dir.resolve(keyPath(reason, "\\.bin")));
            case "cose-mac0-decode" -> mac0Decode(bytes);
            case "cddl" -> Rfc9783Cddl.check((CborItem.MapItem) CborDecoder.forTokens().decode(bytes));
            default -> throw new AssertionError("unknown check " + check);
        };
        if (outcome.equals("valid")) {
            assertThat(problems).as(reason).isEmpty();
        } else {
            assertThat(problems).as(reason).isNotEmpty();
        }
    }

    private static List<Finding> json(byte[] bytes, PsaProfile profile) throws Exception {
        PsaClaimsCbor.Read read = PsaClaimsJson.read(UntrustedJson.withLimits(65536, 16).read(bytes), profile);
        return errors(read);
    }

    private static List<Finding> cbor(byte[] bytes) throws Exception {
        return errors(PsaClaimsCbor.read((CborItem.MapItem) CborDecoder.forTokens().decode(bytes)));
    }

    private static List<Finding> errors(PsaClaimsCbor.Read read) {
        return read.withValidation().stream().filter(Finding::isError).toList();
    }

    private static List<Finding> sign1(byte[] token, Path pem) throws Exception {
        PsaToken t = PsaTokenDecoder.decode(token);
        CoseVerifier.verify(t.envelope(), EcPublicKey.fromPem(Files.readString(pem)));
        return t.findings().stream().filter(Finding::isError).toList();
    }

    private static List<Finding> mac0(byte[] token, Path key) throws Exception {
        PsaToken t = PsaTokenDecoder.decode(token);
        CoseVerifier.verify(t.envelope(), HmacKey.of(Files.readAllBytes(key)));
        return t.findings().stream().filter(Finding::isError).toList();
    }

    private static List<Finding> mac0Decode(byte[] token) throws Exception {
        PsaToken t = PsaTokenDecoder.decode(token);
        assertThat(t.envelope()).isInstanceOf(CoseMac0.class);
        return t.findings().stream().filter(Finding::isError).toList();
    }

    private static String keyPath(String reason, String ext) {
        Matcher m = Pattern.compile("((?:psatoken|rfc9783)/\\S+" + ext + ")").matcher(reason);
        assertThat(m.find()).as("key named in " + reason).isTrue();
        return m.group(1);
    }
}
