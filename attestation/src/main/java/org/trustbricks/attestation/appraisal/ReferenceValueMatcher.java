package org.trustbricks.attestation.appraisal;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.trustbricks.attestation.psa.SoftwareComponent;

/** Compares a token's software components with the reference values of its platform (AR4SI executables claim). */
final class ReferenceValueMatcher {

    private ReferenceValueMatcher() {
    }

    /** 2 when every component matches a reference value, 33 when one does not, 0 when nothing can be compared. */
    static int appraise(List<SoftwareComponent> components, List<ReferenceValue> references, List<String> reasons) {
        if (references.isEmpty()) {
            reasons.add("no reference values are provisioned for this platform; software components were not appraised");
            return 0;
        }
        if (components == null || components.isEmpty()) {
            reasons.add("the token reports no software measurements to compare with the reference values");
            return 33;
        }
        for (int i = 0; i < components.size(); i++) {
            SoftwareComponent sc = components.get(i);
            if (references.stream().noneMatch(r -> matches(sc, r))) {
                reasons.add("software component " + i + (sc.measurementType() == null ? "" : " (" + sc.measurementType() + ")")
                        + " with measurement " + HexFormat.of().formatHex(sc.measurementValue()) + " matches no reference value");
                return 33;
            }
        }
        reasons.add("all " + components.size() + " software components match reference values");
        return 2;
    }

    private static boolean matches(SoftwareComponent sc, ReferenceValue r) {
        return Arrays.equals(sc.measurementValue(), r.digest())
                && (r.signerId() == null || Arrays.equals(sc.signerId(), r.signerId()))
                && (r.measurementType() == null || r.measurementType().equals(sc.measurementType()))
                && (r.version() == null || r.version().equals(sc.version()));
    }
}
