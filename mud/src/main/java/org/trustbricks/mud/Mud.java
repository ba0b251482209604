package org.trustbricks.mud;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mud.build.InvalidMudSpecException;
import org.trustbricks.mud.build.MudBuilder;
import org.trustbricks.mud.build.MudSpec;
import org.trustbricks.mud.render.MudGraph;
import org.trustbricks.mud.render.SvgRenderer;
import org.trustbricks.mud.repair.MudRepairer;
import org.trustbricks.mud.repair.RepairResult;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.mud.sign.MudSigner;
import org.trustbricks.mud.sign.MudVerifier;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.mud.sign.SignerCertificates;
import org.trustbricks.mud.sign.SigningKey;
import org.trustbricks.mud.sign.UnableToSignException;
import org.trustbricks.mud.sign.VerificationResult;

/**
 * The MUD file service in one object: validate, repair, build, sign, verify and draw MUD files (RFC 8520).
 * Thread-safe; create one and share it (the YANG schema is compiled once per JVM).
 */
public final class Mud {

    private static final UntrustedJson READER = UntrustedJson.withLimits(MudValidator.MAX_BYTES, MudValidator.MAX_DEPTH);

    private final MudValidator validator;
    private final MudRepairer repairer;
    private final MudBuilder builder;
    private final Clock clock;

    private Mud(Clock clock) {
        this.clock = clock;
        this.validator = MudValidator.create();
        this.repairer = MudRepairer.using(validator);
        this.builder = MudBuilder.using(validator, clock);
    }

    /** A service using the system clock. */
    public static Mud create() {
        return new Mud(Clock.systemUTC());
    }

    /** A service using the given clock (for generation times and "now"). */
    public static Mud create(Clock clock) {
        return new Mud(clock);
    }

    /** Validates a MUD file. */
    public MudReport validate(byte[] json, Mode mode) {
        return validator.validate(json, mode);
    }

    /** Validates a MUD file that is (or will be) served at {@code expectedUrl}: its mud-url must be that URL. */
    public MudReport validate(byte[] json, Mode mode, String expectedUrl) {
        return validator.validate(json, mode, expectedUrl);
    }

    /** Converts a legacy (pre-RFC) MUD file into RFC 8520, listing every change, or refuses with reasons. */
    public RepairResult repair(byte[] json) {
        return repairer.repair(json);
    }

    /** Builds a strictly valid MUD file from plain concepts. */
    public byte[] build(MudSpec spec) throws InvalidMudSpecException {
        return builder.build(spec);
    }

    /** The detached DER CMS signature ({@code .p7s}) over the exact bytes of a MUD file. */
    public byte[] sign(byte[] json, SigningKey key) throws UnableToSignException {
        return MudSigner.sign(json, key);
    }

    /** Verifies a signature against trust anchors at {@code at} (null: now). */
    public VerificationResult verify(byte[] json, byte[] p7s, List<X509Certificate> trustAnchors, Instant at) {
        return MudVerifier.verify(json, p7s, trustAnchors, at != null ? at : clock.instant());
    }

    /** Verifies a signature and requires the signer named by a device certificate's id-pe-mudsigner extension. */
    public VerificationResult verify(byte[] json, byte[] p7s, List<X509Certificate> trustAnchors, Instant at,
            X509Certificate deviceCertificate) {
        return MudVerifier.verify(json, p7s, trustAnchors, at != null ? at : clock.instant(), deviceCertificate);
    }

    /** Verifies a signature against PEM trust anchors at {@code at} (null: now). */
    public VerificationResult verify(byte[] json, byte[] p7s, byte[] trustAnchorsPem, Instant at) throws MalformedInputException {
        return verify(json, p7s, Pem.certificates(trustAnchorsPem), at);
    }

    /** The {@code last-update} time of a MUD file, when it has a readable one. */
    public Optional<Instant> lastUpdate(byte[] json) {
        try {
            String text = READER.read(json).path("ietf-mud:mud").path("last-update").asText(null);
            return text == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (MalformedInputException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** New EC P-256 CA and MUD signer certificates for a manufacturer, valid from now for {@code validity}. */
    public ManufacturerCredentials newManufacturerCredentials(String manufacturer, Duration validity) {
        return SignerCertificates.generate(manufacturer, clock.instant().minus(Duration.ofMinutes(5)), validity);
    }

    /** An SVG picture of what the device may talk to (deterministic for a given file). */
    public String renderSvg(byte[] json) throws MalformedInputException {
        JsonNode root = READER.read(json);
        if (!root.isObject() || !root.path("ietf-mud:mud").isObject()) {
            throw new MalformedInputException("not a MUD file: the \"ietf-mud:mud\" container is missing");
        }
        return SvgRenderer.render(MudGraph.of(root));
    }
}
