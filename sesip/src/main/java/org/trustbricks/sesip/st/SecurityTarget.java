package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A SESIP Security Target in the TrustBricks document format (schema {@code security-target.schema.json}),
 * following the methodology's ST template (Annex D).
 *
 * @param format                 format marker, {@code trustbricks-sesip-st/1}
 * @param reference              ST reference (title page, D.2.1)
 * @param methodology            methodology edition the ST is written against
 * @param platform               platform reference (D.2.2)
 * @param overview               functional overview (D.2.5)
 * @param guidance               guidance documents (D.2.3)
 * @param otherCertifications    other certifications (D.2.4)
 * @param environmentObjectives  objectives for the operational environment (D.3.1)
 * @param parts                  previously evaluated parts this platform is composed of, with their inherited objectives (D.3.2)
 * @param assurance              assurance package (D.4.1)
 * @param sfrs                   catalogue SFRs claimed (D.4.2)
 * @param additionalSfrs         non-catalogue SFRs, kept apart (D.4.3)
 * @param profiles               ids of SESIP profiles the ST claims conformance to
 * @param evaluationDate         date at which part certificates must be valid (ISO date); defaults to the ST date
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SecurityTarget(String format, StReference reference, Methodology methodology, Platform platform,
                             String overview, List<GuidanceDocument> guidance,
                             List<OtherCertification> otherCertifications,
                             List<EnvironmentObjective> environmentObjectives, List<Part> parts, Assurance assurance,
                             @JsonInclude(JsonInclude.Include.ALWAYS) List<SfrClaim> sfrs, AdditionalSfrs additionalSfrs, List<String> profiles,
                             String evaluationDate) {

    /** The format marker written by TrustBricks. */
    public static final String FORMAT = "trustbricks-sesip-st/1";

    public SecurityTarget {
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        otherCertifications = otherCertifications == null ? List.of() : List.copyOf(otherCertifications);
        environmentObjectives = environmentObjectives == null ? List.of() : List.copyOf(environmentObjectives);
        parts = parts == null ? List.of() : List.copyOf(parts);
        sfrs = sfrs == null ? List.of() : List.copyOf(sfrs);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    /** True when the ST is a composite (it lists previously evaluated parts). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isComposite() {
        return !parts.isEmpty();
    }
}
