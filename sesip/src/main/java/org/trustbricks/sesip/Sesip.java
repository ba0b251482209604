package org.trustbricks.sesip;

import java.util.ArrayList;
import java.util.List;
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
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.render.RenderResult;
import org.trustbricks.sesip.render.Renderer;
import org.trustbricks.sesip.profile.Profile;
import org.trustbricks.sesip.profile.Profiles;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.StReadResult;
import org.trustbricks.sesip.st.StReader;
import org.trustbricks.sesip.validation.ValidationReport;
import org.trustbricks.sesip.validation.Validator;

/**
 * One-call entry points for the CLI and the web server: read, validate, compose, map and render Security Targets.
 * Every method takes untrusted bytes or a read {@link SecurityTarget}, never throws on bad input, and returns
 * records that serialise to JSON with Jackson.
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
        if (!read.complete()) {
            return new ValidationReport(fileName, false, "", "", "", read.findings());
        }
        return validate(read.target(), fileName);
    }

    /** Validates an ST that was read completely. */
    public static ValidationReport validate(SecurityTarget st, String fileName) {
        Resolved r = Resolved.of(st);
        List<Finding> findings = new ArrayList<>(Validator.check(r));
        findings.addAll(Profiles.checkClaimed(r));
        String written = st.assurance().level() != null ? st.assurance().level() : "";
        String level = r.level().map(LevelLabel::level).map(Enum::name).orElse("");
        if (st.isComposite() || !st.assurance().levels().isEmpty()) {
            CompositionReport composition = Composer.compose(r);
            findings.addAll(composition.findings());
            level = composition.claimedLevel();
        }
        return new ValidationReport(fileName, true, r.catalogue().edition().id(), level, written, findings);
    }

    /** Reads an ST and composes it: attribution, composite level, inherited objectives, part certificate checks. */
    public static CompositionReport compose(byte[] document, String fileName) {
        StReadResult read = StReader.read(document, fileName);
        if (!read.complete()) {
            return new CompositionReport("", "", false, "", "", List.of(), List.of(), List.of(), List.of(), read.findings());
        }
        return Composer.compose(read.target());
    }

    /** Composes an ST that was read completely. */
    public static CompositionReport compose(SecurityTarget st) {
        return Composer.compose(st);
    }

    /** Reads an ST and reports which requirements of a regulation its SFRs and assurance package address. */
    public static CoverageResult coverage(byte[] document, String fileName, Regulation regulation) {
        StReadResult read = StReader.read(document, fileName);
        if (!read.complete()) {
            return new CoverageResult(null, read.findings());
        }
        return new CoverageResult(Coverage.report(read.target(), regulation), List.of());
    }

    /** Coverage of an ST that was read completely. */
    public static CoverageReport coverage(SecurityTarget st, Regulation regulation) {
        return Coverage.report(st, regulation);
    }

    /** The SESIP mapping of a regulation, with the provenance of every link. */
    public static RegulationMapping mapping(Regulation regulation) {
        return Mappings.of(regulation);
    }

    /** Reads, validates, composes and maps an ST, and renders it all as one page (HTML or Markdown). */
    public static RenderResult render(byte[] document, String fileName, Format format) {
        StReadResult read = StReader.read(document, fileName);
        if (!read.complete()) {
            return new RenderResult(format, format.mediaType(), null, read.findings());
        }
        return render(read.target(), fileName, format);
    }

    /** Renders an ST that was read completely. */
    public static RenderResult render(SecurityTarget st, String fileName, Format format) {
        ValidationReport report = validate(st, fileName);
        String page = Renderer.render(st, report, Composer.compose(st), format);
        return new RenderResult(format, format.mediaType(), page, report.findings());
    }

    /** Markets the requirements navigator knows (eu-consumer-iot, industrial-sl2, us-federal, ...). */
    public static List<Market> markets() {
        return Navigator.markets();
    }

    /** Requirements navigator: SFRs, level, closest profile and a starter ST for the given market keys, dated today (UTC). */
    public static NavigationResult newStarter(java.util.Collection<String> marketIds) {
        return newStarter(marketIds, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** The same with an explicit date for the starter ST. */
    public static NavigationResult newStarter(java.util.Collection<String> marketIds, java.time.LocalDate today) {
        List<Market> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(marketIds)) {
            Navigator.market(id).ifPresentOrElse(m -> { if (!known.contains(m)) { known.add(m); } }, () -> unknown.add(id));
        }
        List<String> all = Navigator.markets().stream().map(Market::id).toList();
        return new NavigationResult(known.isEmpty() ? null : Navigator.guide(known, today), unknown, all);
    }

    /** The catalogue of a methodology edition (GP-1.0, GP-1.1, GP-1.2, EN17927-2023), or the current one when unknown. */
    public static Catalogue catalogue(String edition) {
        return Catalogues.edition(edition).orElse(Catalogues.current());
    }

    /** Every SESIP profile known, with the confidence of what is known about it. */
    public static List<Profile> profiles() {
        return Profiles.all();
    }

    /** Conformance of an ST to a profile; empty when the profile id is unknown. */
    public static java.util.Optional<Conformance> conformance(SecurityTarget st, String profileId) {
        return Profiles.byId(profileId).map(p -> Profiles.check(st, p));
    }

    /** Every known edition's catalogue. */
    public static List<Catalogue> catalogues() {
        return Catalogues.all();
    }
}
