package org.trustbricks.sesip.navigator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustbricks.sesip.navigator.Guidance.ProfileMatch;
import org.trustbricks.sesip.profile.Profile;
import org.trustbricks.sesip.profile.ProfileSfr;
import org.trustbricks.sesip.profile.Profiles;

/** Picks the known profile whose required SFRs overlap most with a recommended SFR set. */
final class ClosestProfile {

    private ClosestProfile() {
    }

    static ProfileMatch closest(List<String> recommended) {
        ProfileMatch best = null;
        for (Profile p : Profiles.all()) {
            if (p.requiredSfrs().isEmpty()) {
                continue;
            }
            Set<String> required = new HashSet<>(p.requiredSfrs().stream().map(ProfileSfr::sfr).toList());
            Set<String> union = new HashSet<>(required);
            union.addAll(recommended);
            long common = recommended.stream().filter(required::contains).count();
            double overlap = union.isEmpty() ? 0 : (double) common / union.size();
            if (best == null || overlap > best.overlap()) {
                List<String> missing = p.requiredSfrs().stream().map(ProfileSfr::sfr).filter(s -> !recommended.contains(s)).toList();
                List<String> extra = recommended.stream().filter(s -> !required.contains(s)).toList();
                String level = p.level() == null ? "" : p.level().value().name();
                best = new ProfileMatch(p.id(), p.name(), level, Math.round(overlap * 100) / 100.0, missing, extra);
            }
        }
        return best;
    }
}
