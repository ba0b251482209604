package org.trustbricks.sesip;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.catalogue.LevelLabel;
import org.trustbricks.sesip.composition.Composer;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.mapping.Coverage;
import org.trustbricks.sesip.mapping.CoverageReport;
import org.trustbricks.sesip.mapping.CoverageResult;
import org.trustbricks.sesip.mapping.Mappings;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.mapping.RegulationMapping;
import org.trustbricks.sesip.navigator.Market;
import org.trustbricks.sesip.navigator.NavigationResult;
import org.trustbricks.sesip.navigator.Navigator;
import org.trustbricks.sesip.profile.Conformance;
import org.trustbricks.sesip.profile.Profile;
import org.trustbricks.sesip.profile.Profiles;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.render.RenderResult;
import org.trustbricks.sesip.render.Renderer;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.StReadResult;
import org.trustbricks.sesip.st.StReader;
import org.trustbricks.sesip.st.StWriter;
import org.trustbricks.sesip.validation.ValidationReport;
import org.trustbricks.sesip.validation.Validator;

/**
 * One-call entry points for the CLI and the web server: read, validate, compose, map and render Security Targets.
 * Methods take untrusted bytes (YAML or JSON) or a {@link SecurityTarget} record, never throw on bad input, and
 * return records that serialise to JSON with Jackson. A record that does not match the published schema (for
 * example one built by a form with a missing member) gives the same findings as the equivalent document.
 */
public final class Sesip {

    private Sesip() {
    }

    /** Reads an ST from YAML or JSON bytes; {@code fileName} (may be null) picks the syntax by its extension. */
    public static StReadResult read(byte[] document, String fileName) {
        return StReader.read(document, fileName);
    }

    /** Reads and validates an ST: read and schema findings, then every validator, profile and composition rule. */
    public static ValidationReport validate(byte[] document, String fileName) {
        StReadResult read = StReader.read(document, fileName);
        return read.complete() ? validateRead(read.target(), fileName) : new ValidationReport(fileName, false, "", "", "", read.findings());
    }

    /** Validates an ST record. */
    public static ValidationReport validate(SecurityTarget st, String fileName) {
        return validate(json(st), fileName == null ? "st.json" : fileName);
    }

    /** Reads an ST once and validates, composes and maps it against the given regulations. */
    public static Assessment assess(byte[] document, String fileName, Collection<Regulation> regulations) {
        StReadResult read = StReader.read(document, fileName);
        if (!read.complete()) {
            return new Assessment(new ValidationReport(fileName, false, "", "", "", read.findings()), null, List.of());
        }
        SecurityTarget st = read.target();
        Resolved r = Resolved.of(st);
        CompositionReport composition = Composer.compose(r);
        ValidationReport validation = validateResolved(r, fileName, composition);
        List<CoverageReport> coverage = regulations.stream().map(reg -> Coverage.report(r, reg)).toList();
        return new Assessment(validation, composition, coverage);
    }

    /**
     * Assesses many STs, spread over the available cores; results are in input order. Each document is read, checked
     * and mapped independently, exactly as {@link #assess} does.
     */
    public static List<Assessment> assessAll(List<byte[]> documents, Collection<Regulation> regulations) {
        return java.util.stream.IntStream.range(0, documents.size()).parallel()
                .mapToObj(i -> assess(documents.get(i), "st-" + i, regulations)).toList();
    }

    /** Reads an ST and composes it: attribution, composite level, inherited objectives, part certificate checks. */
    public static CompositionReport compose(byte[] document, String fileName) {
        StReadResult read = StReader.read(document, fileName);
        return read.complete() ? Composer.compose(read.target())
                : new CompositionReport("", "", false, "", "", List.of(), List.of(), List.of(), List.of(), read.findings());
    }

    /** Composes an ST record (for example one assembled from registry certificates). */
    public static CompositionReport compose(SecurityTarget st) {
        return compose(json(st), "st.json");
    }

    /** Reads an ST and reports which requirements of a regulation its SFRs and assurance package address. */
    public static CoverageResult coverage(byte[] document, String fileName, Regulation regulation) {
        StReadResult read = StReader.read(document, fileName);
        return read.complete() ? new CoverageResult(Coverage.report(read.target(), regulation), List.of())
                : new CoverageResult(null, read.findings());
    }

    /** Coverage of an ST record against a regulation. */
    public static CoverageResult coverage(SecurityTarget st, Regulation regulation) {
        return coverage(json(st), "st.json", regulation);
    }

    /** Reads, validates, composes and maps an ST, and renders it all as one page (HTML or Markdown). */
    public static RenderResult render(byte[] document, String fileName, Format format) {
        StReadResult read = StReader.read(document, fileName);
        if (!read.complete()) {
            return new RenderResult(format, format.mediaType(), null, read.findings());
        }
        SecurityTarget st = read.target();
        ValidationReport report = validateRead(st, fileName);
        String page = Renderer.render(st, report, Composer.compose(st), format);
        return new RenderResult(format, format.mediaType(), page, report.findings());
    }

    /** Renders an ST record. */
    public static RenderResult render(SecurityTarget st, Format format) {
        return render(json(st), "st.json", format);
    }

    /** Conformance of an ST record to a profile; empty when the profile id is unknown or the record is incomplete. */
    public static Optional<Conformance> conformance(SecurityTarget st, String profileId) {
        StReadResult read = StReader.read(json(st), "st.json");
        if (!read.complete()) {
            return Optional.empty();
        }
        return Profiles.byId(profileId).map(p -> Profiles.check(read.target(), p));
    }

    /** Requirements navigator: SFRs, level, closest profile and a starter ST for the given market keys, dated today (UTC). */
    public static NavigationResult newStarter(Collection<String> marketIds) {
        return newStarter(marketIds, LocalDate.now(ZoneOffset.UTC));
    }

    /** The same with an explicit date for the starter ST. */
    public static NavigationResult newStarter(Collection<String> marketIds, LocalDate today) {
        List<Market> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : new LinkedHashSet<>(marketIds)) {
            Optional<Market> m = Navigator.market(id);
            if (m.isEmpty()) {
                unknown.add(id);
            } else if (!known.contains(m.get())) {
                known.add(m.get());
            }
        }
        List<String> all = Navigator.markets().stream().map(Market::id).toList();
        return new NavigationResult(known.isEmpty() ? null : Navigator.guide(known, today), unknown, all);
    }

    /** Markets the requirements navigator knows (eu-consumer-iot, industrial-sl2, us-federal, ...). */
    public static List<Market> markets() {
        return Navigator.markets();
    }

    /** The SESIP mapping of a regulation, with the provenance of every link. */
    public static RegulationMapping mapping(Regulation regulation) {
        return Mappings.of(regulation);
    }

    /** Every SESIP profile known, with the confidence of what is known about it. */
    public static List<Profile> profiles() {
        return Profiles.all();
    }

    /** The catalogue of a methodology edition (GP-1.0, GP-1.1, GP-1.2, EN17927-2023), if known. */
    public static Optional<Catalogue> catalogue(String edition) {
        return Catalogues.edition(edition);
    }

    /** The catalogue of the current edition (GP-1.2). */
    public static Catalogue catalogue() {
        return Catalogues.current();
    }

    /** Every known edition's catalogue, oldest first. */
    public static List<Catalogue> catalogues() {
        return Catalogues.all();
    }

    /** The published JSON Schema (draft 2020-12) of the Security Target format. */
    public static String schema() {
        return StReader.schemaText();
    }

    private static ValidationReport validateRead(SecurityTarget st, String fileName) {
        Resolved r = Resolved.of(st);
        boolean composite = st.isComposite() || !st.assurance().levels().isEmpty();
        return validateResolved(r, fileName, composite ? Composer.compose(r) : null);
    }

    private static ValidationReport validateResolved(Resolved r, String fileName, CompositionReport composition) {
        SecurityTarget st = r.st();
        List<Finding> findings = new ArrayList<>(Validator.check(r));
        findings.addAll(Profiles.checkClaimed(r));
        String written = st.assurance().level() != null ? st.assurance().level() : "";
        String level = r.level().map(LevelLabel::level).map(Enum::name).orElse("");
        if (composition != null && (st.isComposite() || !st.assurance().levels().isEmpty())) {
            findings.addAll(composition.findings());
            level = composition.claimedLevel();
        }
        return new ValidationReport(fileName, true, r.catalogue().edition().id(), level, written, findings);
    }

    private static byte[] json(SecurityTarget st) {
        return StWriter.json(st).getBytes(StandardCharsets.UTF_8);
    }
}
