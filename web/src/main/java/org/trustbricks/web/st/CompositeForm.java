package org.trustbricks.web.st;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.st.Assurance;
import org.trustbricks.sesip.st.CertifiedObjective;
import org.trustbricks.sesip.st.EnvironmentObjective;
import org.trustbricks.sesip.st.InheritedObjective;
import org.trustbricks.sesip.st.Methodology;
import org.trustbricks.sesip.st.Part;
import org.trustbricks.sesip.st.PartCertificate;
import org.trustbricks.sesip.st.Platform;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.SfrClaim;
import org.trustbricks.sesip.st.StReference;

/**
 * The composite builder form: a product described by its own SFRs and its parts, each part by its certificate data.
 *
 * @param name           product name
 * @param version        product version
 * @param evaluationDate date at which the part certificates must be valid (ISO date)
 * @param level          level the product's own evaluation claims (SESIP1..5)
 * @param ownSfrs        SFRs the product delivers itself, one per line
 * @param parts          the parts, in form order
 */
public record CompositeForm(String name, String version, String evaluationDate, String level, String ownSfrs,
                            List<PartForm> parts) {

    /** Most parts one form may describe. */
    public static final int MAX_PARTS = 50;

    private static final Pattern PART_FIELD = Pattern.compile("part-(\\d{1,3})-[a-z]+");

    /**
     * One part as the form describes it.
     *
     * @param id               key other parts use in "built on"
     * @param name             part name
     * @param version          version integrated in the product
     * @param certificate      certificate id
     * @param level            certified level as written on the certificate (SESIP3, SESIP2+, ITP2...)
     * @param certifiedVersion version the certificate covers
     * @param status           certificate status
     * @param issued           issue date
     * @param validUntil       end of validity
     * @param sfrs             SFRs on the certificate, one per line
     * @param objectives       environment objectives on the certificate, one "ID: description" per line
     * @param uses             ids of the parts it is built on, separated by commas
     * @param passOn           true when its environment objectives are passed on to the product's environment
     * @param scheme            certification scheme
     * @param certificationBody certification body that issued the certificate
     * @param lab               evaluating laboratory
     * @param profile           profile(s) the certificate claims
     * @param registry          id of the registry certificate the part was picked from; empty when typed in
     */
    public record PartForm(String id, String name, String version, String certificate, String level,
                           String certifiedVersion, String status, String issued, String validUntil, String sfrs,
                           String objectives, String uses, boolean passOn, String scheme, String certificationBody,
                           String lab, String profile, String registry) {

        /** An empty part for a new row of the form. */
        public static PartForm empty() {
            return new PartForm("", "", "", "", "SESIP3", "", "active", "", "", "", "", "", true, "", "", "", "", "");
        }

        /** True when the certificate data comes from this registry (and is refreshed from it when composing). */
        public boolean fromRegistry() {
            return !registry.isEmpty();
        }
    }

    /** The same form with other parts. */
    public CompositeForm withParts(List<PartForm> replaced) {
        return new CompositeForm(name, version, evaluationDate, level, ownSfrs, List.copyOf(replaced));
    }

    /** An empty form with one part. */
    public static CompositeForm empty(String today) {
        return new CompositeForm("", "", today, "SESIP2", "", List.of(PartForm.empty()));
    }

    /** Reads the form from submitted parameters ({@code part-<n>-<field>} for the parts). */
    public static CompositeForm from(Map<String, List<String>> params) {
        Set<Integer> indices = new TreeSet<>();
        for (String key : params.keySet()) {
            Matcher m = PART_FIELD.matcher(key);
            if (m.matches() && indices.size() < MAX_PARTS) {
                indices.add(Integer.parseInt(m.group(1)));
            }
        }
        List<PartForm> parts = new ArrayList<>();
        for (int i : indices) {
            String p = "part-" + i + "-";
            parts.add(new PartForm(value(params, p + "id"), value(params, p + "name"), value(params, p + "version"),
                    value(params, p + "certificate"), value(params, p + "level"), value(params, p + "certified"),
                    value(params, p + "status"), value(params, p + "issued"), value(params, p + "valid"),
                    value(params, p + "sfrs"), value(params, p + "objectives"), value(params, p + "uses"),
                    !value(params, p + "passon").isEmpty(), value(params, p + "scheme"), value(params, p + "cb"),
                    value(params, p + "lab"), value(params, p + "profile"), value(params, p + "registry")));
        }
        return new CompositeForm(value(params, "name"), value(params, "version"), value(params, "date"),
                value(params, "level"), value(params, "sfrs"), parts);
    }

    private static String value(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).trim();
    }

    /** The part's id, or a generated one when the form left it empty. */
    static String partId(PartForm p, int index) {
        return p.id().isBlank() ? "part-" + (index + 1) : p.id();
    }

    /**
     * The Security Target the form describes. Each SFR is credited to the product when listed under its own SFRs,
     * otherwise to the first part whose certificate lists it.
     */
    public SecurityTarget toSecurityTarget() {
        Catalogue catalogue = Sesip.catalogue();
        Map<String, SfrClaim> claims = new LinkedHashMap<>();
        for (String sfr : lines(ownSfrs)) {
            claims.putIfAbsent(key(catalogue, sfr), new SfrClaim(null, sfr, null, Map.of(), null, null));
        }
        List<Part> built = new ArrayList<>();
        Map<String, EnvironmentObjective> environment = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            PartForm f = parts.get(i);
            String id = partId(f, i);
            List<String> sfrs = lines(f.sfrs());
            for (String sfr : sfrs) {
                claims.putIfAbsent(key(catalogue, sfr), new SfrClaim(null, sfr, null, Map.of(), id, null));
            }
            List<CertifiedObjective> objectives = new ArrayList<>();
            List<InheritedObjective> inherited = new ArrayList<>();
            for (String line : lines(f.objectives())) {
                int colon = line.indexOf(':');
                String oid = (colon > 0 ? line.substring(0, colon) : line).trim();
                String description = colon > 0 ? line.substring(colon + 1).trim() : "";
                objectives.add(new CertifiedObjective(oid, description));
                if (f.passOn()) {
                    environment.putIfAbsent(oid, new EnvironmentObjective(oid, description, null));
                    inherited.add(new InheritedObjective(oid, List.of(), List.of(oid),
                            "taken over by the product's own operational environment"));
                }
            }
            PartCertificate certificate = new PartCertificate(blankToNull(f.certificate()), blankToNull(f.scheme()),
                    blankToNull(f.certificationBody()), blankToNull(f.lab()),
                    blankToNull(f.level()), null, blankToNull(f.certifiedVersion()), null, Map.of(),
                    blankToNull(f.status()), blankToNull(f.issued()), blankToNull(f.validUntil()), sfrs, objectives,
                    blankToNull(f.profile()));
            List<String> uses = java.util.Arrays.stream(f.uses().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            built.add(new Part(id, f.name().isBlank() ? id : f.name(), blankToNull(f.version()), null, Map.of(), certificate,
                    inherited, uses, null));
        }
        String product = name.isBlank() ? "Unnamed product" : name;
        String productVersion = version.isBlank() ? "unversioned" : version;
        String date = evaluationDate.isBlank() ? java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString() : evaluationDate;
        return new SecurityTarget(SecurityTarget.FORMAT,
                new StReference("Composite " + product, "draft", date, "composite builder"),
                new Methodology(catalogue.edition().id(), null),
                new Platform(product, productVersion, product + " " + productVersion, "composite product"),
                null, List.of(), List.of(), List.copyOf(environment.values()), built,
                new Assurance(level.isBlank() ? null : level, List.of(), List.of(), null, null),
                List.copyOf(claims.values()), null, List.of(), evaluationDate.isBlank() ? null : evaluationDate);
    }

    private static String key(Catalogue catalogue, String sfr) {
        return catalogue.sfr(sfr).map(Sfr::id).orElse(sfr.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> lines(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                out.add(line.trim());
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
