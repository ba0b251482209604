package org.trustbricks.sesip.validation;

import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.catalogue.ParameterKind;
import org.trustbricks.sesip.catalogue.SfrParameter;
import org.trustbricks.sesip.internal.Resolved.Claim;

/** Every parameter of a claimed SFR is filled, with the right shape and allowed choices. */
final class ParameterRules {

    private ParameterRules() {
    }

    static void check(Claim c, String claimPath, List<Finding> out) {
        Map<String, Object> given = c.claim().parameters();
        String base = claimPath + "/parameters";
        for (SfrParameter p : c.sfr().parameters()) {
            String key = givenName(c, p.name());
            Object value = given.get(key);
            String path = JsonPointer.append(base, key);
            if (value == null) {
                if (!p.optional()) {
                    out.add(Finding.error(Codes.PARAM_UNFILLED, path,
                            c.sfr().title() + " needs the parameter \"" + p.name() + "\" (" + p.label() + "), which is not filled",
                            hint(p)));
                }
                continue;
            }
            List<String> values = c.claim().values(key);
            if (values.isEmpty() || values.stream().anyMatch(v -> !Validator.filled(v))) {
                out.add(Finding.error(Codes.PARAM_UNFILLED, path,
                        "the parameter \"" + p.name() + "\" of " + c.sfr().title() + " is empty or still in <...> notation",
                        hint(p)));
                continue;
            }
            if (p.kind() == ParameterKind.ASSIGNMENT && value instanceof List<?> l && l.size() > 1) {
                out.add(Finding.error(Codes.PARAM_SHAPE, path,
                        "the parameter \"" + p.name() + "\" takes one value but a list of " + l.size() + " was given",
                        "write it as one text, for example joining the items with commas."));
            }
            if (p.kind() == ParameterKind.SELECTION) {
                selection(c, p, values, path, out);
            }
        }
        for (String name : given.keySet()) {
            if (c.sfr().parameters().stream().noneMatch(p -> p.name().equals(name))
                    && c.sfr().parameters().stream().noneMatch(p -> key(p.name()).equals(key(name)))) {
                out.add(Finding.error(Codes.PARAM_UNKNOWN, JsonPointer.append(base, name),
                        c.sfr().title() + " has no parameter \"" + name + "\"",
                        c.sfr().parameters().isEmpty() ? "remove it; this SFR has no parameters."
                                : "use one of " + c.sfr().parameters().stream().map(SfrParameter::name).toList() + "."));
            }
        }
    }

    private static void selection(Claim c, SfrParameter p, List<String> values, String path, List<Finding> out) {
        if (!p.multiple() && values.size() > 1) {
            out.add(Finding.error(Codes.PARAM_SHAPE, path,
                    "the selection \"" + p.name() + "\" takes one choice but " + values.size() + " were given",
                    "pick one of " + p.choices() + "."));
        }
        for (int i = 0; i < values.size(); i++) {
            String v = SfrRules.lower(values.get(i));
            if (p.choices().stream().noneMatch(choice -> SfrRules.lower(choice).equals(v))) {
                out.add(Finding.error(Codes.PARAM_CHOICE, values.size() > 1 && c.claim().parameters().get(givenName(c, p.name())) instanceof List
                                ? JsonPointer.append(path, i) : path,
                        "\"" + values.get(i) + "\" is not a choice of \"" + p.name() + "\" in " + c.sfr().title(),
                        "pick from " + p.choices() + "."));
            }
        }
    }

    /** The name the ST used for a catalogue parameter (case, '-', '_' and spaces ignored); the catalogue name when absent. */
    static String givenName(Claim c, String parameter) {
        if (c.claim().parameters().containsKey(parameter)) {
            return parameter;
        }
        for (String name : c.claim().parameters().keySet()) {
            if (key(name).equals(key(parameter))) {
                return name;
            }
        }
        return parameter;
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static String hint(SfrParameter p) {
        return switch (p.kind()) {
            case SELECTION -> "pick " + (p.multiple() ? "one or more of " : "one of ") + p.choices() + ".";
            case LIST -> "list the " + p.label() + " (a list of texts).";
            case ASSIGNMENT -> "write the " + p.label() + ".";
        };
    }
}
