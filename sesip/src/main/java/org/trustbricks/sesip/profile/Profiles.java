package org.trustbricks.sesip.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustbricks.common.Finding;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.validation.Codes;

/** The SESIP profiles known to TrustBricks, and conformance of STs to them. */
public final class Profiles {

    private record ProfileFile(List<Profile> profiles) {
    }

    private static final List<Profile> ALL = load();

    private Profiles() {
    }

    /** Every known profile. */
    public static List<Profile> all() {
        return ALL;
    }

    /** The profile with this id. */
    public static Optional<Profile> byId(String id) {
        return ALL.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Checks an ST against a known profile. */
    public static Conformance check(SecurityTarget st, Profile profile) {
        return check(Resolved.of(st), profile, "/profiles");
    }

    /** Checks a resolved ST against a profile; findings point at {@code path}. */
    public static Conformance check(Resolved r, Profile profile, String path) {
        List<Finding> findings = new ArrayList<>();
        List<ProfileSfr> present = new ArrayList<>();
        List<ProfileSfr> missing = new ArrayList<>();
        for (ProfileSfr s : profile.requiredSfrs()) {
            if (r.claims(s.sfr())) {
                present.add(s);
                continue;
            }
            missing.add(s);
            boolean sure = s.provenance().confidence().isSourced();
            String title = r.catalogue().sfr(s.sfr()).map(x -> x.title()).orElse(s.sfr());
            findings.add(new Finding(Codes.PROFILE_SFR_MISSING, sure ? Severity.ERROR : Severity.WARNING, path,
                    "the profile " + profile.name() + " requires " + title
                            + (s.refinement() == null ? "" : " (" + s.refinement() + ")") + ", which the ST does not claim"
                            + (sure ? "" : " (TrustBricks' inference)"),
                    "add " + title + " to the SFRs, or drop the profile claim."));
        }
        String claimed = r.baseLevel().map(Enum::name).orElse("");
        String required = profile.level() == null ? "" : profile.level().value().name();
        if (profile.level() != null && r.baseLevel().isPresent() && r.baseLevel().get().compareTo(profile.level().value()) < 0) {
            findings.add(Finding.error(Codes.PROFILE_LEVEL, path,
                    "the profile " + profile.name() + " requires " + required + " but the ST claims " + claimed,
                    "claim " + required + " or drop the profile claim."));
        }
        boolean fully = profile.complete() && profile.level() != null;
        if (!fully) {
            findings.add(Finding.info(Codes.PROFILE_UNCHECKABLE, path,
                    "only part of the profile " + profile.name() + " is known to TrustBricks ("
                            + (profile.level() == null ? "level unknown, " : "") + "SFR list " + profile.completeness() + ")",
                    "check the remaining requirements against the profile document itself."));
        }
        boolean conformant = findings.stream().noneMatch(f -> f.severity() != Severity.INFO);
        return new Conformance(profile.id(), profile.name(), conformant, fully, required, claimed, present, missing, findings);
    }

    /** Findings for every profile an ST claims. */
    public static List<Finding> checkClaimed(Resolved r) {
        List<Finding> out = new ArrayList<>();
        List<String> ids = r.st().profiles();
        for (int i = 0; i < ids.size(); i++) {
            String path = "/profiles/" + i;
            Optional<Profile> p = byId(ids.get(i));
            if (p.isEmpty()) {
                out.add(Finding.warning(Codes.PROFILE_UNKNOWN, path, "\"" + ids.get(i) + "\" is not a profile TrustBricks knows",
                        "use one of " + ALL.stream().map(Profile::id).toList() + ", or check conformance by hand."));
            } else {
                out.addAll(check(r, p.get(), path).findings());
            }
        }
        return out;
    }

    private static List<Profile> load() {
        try (InputStream in = Profiles.class.getResourceAsStream("/org/trustbricks/sesip/profile/profiles.yaml")) {
            if (in == null) {
                throw new IllegalStateException("profiles resource missing");
            }
            return List.copyOf(new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, ProfileFile.class).profiles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
