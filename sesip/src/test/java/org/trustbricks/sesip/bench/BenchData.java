package org.trustbricks.sesip.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.catalogue.ParameterKind;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.catalogue.SfrParameter;
import org.trustbricks.sesip.st.Assurance;
import org.trustbricks.sesip.st.CertifiedObjective;
import org.trustbricks.sesip.st.EnvironmentObjective;
import org.trustbricks.sesip.st.FlawRemediation;
import org.trustbricks.sesip.st.GuidanceDocument;
import org.trustbricks.sesip.st.GuidanceReference;
import org.trustbricks.sesip.st.InheritedObjective;
import org.trustbricks.sesip.st.Methodology;
import org.trustbricks.sesip.st.Part;
import org.trustbricks.sesip.st.PartCertificate;
import org.trustbricks.sesip.st.Platform;
import org.trustbricks.sesip.st.Rationale;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.SfrClaim;
import org.trustbricks.sesip.st.StReference;
import org.trustbricks.sesip.st.StWriter;

/** Benchmark inputs: a product of 50 certified parts with 500 SFR claims, and batches of distinct single-platform STs. */
public final class BenchData {

    private static final List<String> ITERABLE = List.of("secure-communication-support", "cryptographic-operation",
            "cryptographic-key-generation", "cryptographic-random-number-generation", "secure-data-serialization",
            "generic-security-platform-feature", "privileged-access-control", "authenticated-access-control",
            "software-attacker-resistance-isolation-of-platform-parts");

    private BenchData() {
    }

    /** A composite with {@code parts} parts and {@code claims} SFR claims. */
    public static SecurityTarget product(int parts, int claims) {
        List<String> ownObjectives = new ArrayList<>();
        List<EnvironmentObjective> env = new ArrayList<>();
        List<Part> partList = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            String oe = "OE.PART" + p;
            ownObjectives.add(oe);
            env.add(new EnvironmentObjective(oe, "Integrators follow the guidance of part " + p + ".", new GuidanceReference("AGD", "4." + p)));
            List<String> certified = new ArrayList<>(ITERABLE);
            partList.add(new Part("p" + p, "Part " + p, "1." + p, "PART-" + p + " v1." + p, Map.of("secure-boot", "enabled"),
                    new PartCertificate("SESIP-26" + String.format("%05d", p) + "-01", "TrustCB SESIP", "TrustCB", "Lab", p % 5 == 0 ? "SESIP4" : "SESIP3",
                            null, "1." + p, "PART-" + p + " v1." + p, Map.of("secure-boot", "enabled"), "active", "2026-01-01", "2028-01-01",
                            certified, List.of(new CertifiedObjective("OE.A", "a"), new CertifiedObjective("OE.B", "b")), null),
                    List.of(new InheritedObjective("OE.A", List.of(), List.of(oe), null),
                            new InheritedObjective("OE.B", List.of("verification-of-platform-identity"), List.of(), null)),
                    List.of(), null));
        }
        List<SfrClaim> sfrs = new ArrayList<>();
        Rationale rationale = new Rationale("Implemented as described in the design.", "Tested by the lab.");
        sfrs.add(new SfrClaim(null, "Verification of Platform Identity", null, null, null, rationale));
        sfrs.add(new SfrClaim(null, "Secure Update of Platform", null, null, null, rationale));
        for (int i = 0; sfrs.size() < claims; i++) {
            Sfr sfr = Catalogues.current().sfr(ITERABLE.get(i % ITERABLE.size())).orElseThrow();
            sfrs.add(new SfrClaim("c" + i, sfr.title(), "instance " + i, filled(sfr, i), "p" + (i % parts), rationale));
        }
        StringBuilder identification = new StringBuilder("Product 1.0 with");
        partList.forEach(p -> identification.append(' ').append(p.identification()));
        return new SecurityTarget(SecurityTarget.FORMAT, new StReference("Security Target for a large product", "1", "2026-06-01", "Bench Co"),
                new Methodology("GP-1.2", null), new Platform("Large product", "1.0", identification.toString(), "gateway"), "Bench product.",
                List.of(new GuidanceDocument("AGD", "Guidance", "1", null)), List.of(), env, partList,
                new Assurance("SESIP2", List.of(), List.of(), new FlawRemediation("psirt@bench.example", "Fixed in 30 days.", "Advisories.", null), null),
                sfrs, null, List.of(), "2026-06-01");
    }

    private static Map<String, Object> filled(Sfr sfr, int i) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (SfrParameter p : sfr.parameters()) {
            if (p.optional()) {
                continue;
            }
            if (p.kind() == ParameterKind.SELECTION) {
                values.put(p.name(), p.multiple() ? List.copyOf(p.choices()) : p.choices().get(0));
            } else if (p.kind() == ParameterKind.LIST) {
                values.put(p.name(), List.of(p.label() + " " + i, p.label() + " " + (i + 1)));
            } else {
                values.put(p.name(), p.label() + " " + i);
            }
        }
        return values;
    }

    /** The product as JSON bytes. */
    public static byte[] productJson(int parts, int claims) {
        return StWriter.json(product(parts, claims)).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code n} distinct copies of the PSA microcontroller example (YAML), each with its own title. */
    public static List<byte[]> batch(int n, Path example) {
        try {
            String text = Files.readString(example);
            List<byte[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(text.replace("Northwind NW33 Secure Microcontroller\n", "Northwind NW33 Secure Microcontroller unit " + i + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
