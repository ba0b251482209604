package org.trustbricks.registry.workflow;

import java.util.List;
import java.util.Objects;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.StReadResult;
import org.trustbricks.sesip.validation.ValidationReport;

/** {@link SecurityTargetCheck} over the SESIP engine's reader and validator. */
final class SesipSecurityTargetCheck {

    private SesipSecurityTargetCheck() {
    }

    static StSummary check(byte[] document, String fileName) {
        ValidationReport report = Sesip.validate(document, fileName);
        StReadResult read = Sesip.read(document, fileName);
        SecurityTarget st = read.complete() ? read.target() : null;
        var catalogue = Sesip.catalogue(report.edition()).orElse(Sesip.catalogue());
        List<String> sfrs = st == null ? List.of() : st.sfrs().stream().map(s -> s.sfr()).filter(Objects::nonNull)
                .map(s -> catalogue.sfr(s).map(x -> x.title()).orElse(s)).distinct().toList();
        List<String> components = AssuranceLevel.ofCanonical(report.level())
                .map(l -> catalogue.level(l).components().stream().map(c -> c.id()).toList()).orElse(List.of());
        List<String> parts = st == null || st.parts() == null ? List.of() : st.parts().stream()
                .filter(p -> p.certificate() != null && p.certificate().id() != null).map(p -> p.certificate().id()).toList();
        List<org.trustbricks.common.Finding> composition = st == null || st.parts().isEmpty() ? List.of()
                : Sesip.compose(document, fileName).findings();
        return new StSummary(report.valid(), report.findings(), report.level(), report.edition(), sfrs,
                st == null ? List.of() : st.profiles(), parts, components, composition);
    }
}
