package org.trustbricks.registry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.cert.CertificateDraft;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.cert.ExpiryJob;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.scheme.Scheme;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.registry.vuln.Vulnerabilities;
import org.trustbricks.registry.workflow.Evaluations;
import org.trustbricks.registry.workflow.SecurityTargetCheck;
import org.trustbricks.registry.workflow.SubmitRequest;
import org.trustbricks.registry.workflow.Transition;

/**
 * A living demo scheme for a fresh database: a scheme owner, two CBs with a recognition agreement, three labs,
 * four vendors, a dozen certificates (composites among them, one superseded, one expired, one terminated), a
 * vulnerability propagated through composition, and one evaluation in progress. All products are fictional.
 */
public final class DemoData {

    /** The domain of every demo account. */
    public static final String DOMAIN = "demo.trustbricks.test";

    private final Jdbi jdbi;
    private final CbKeys keys;
    private final Map<String, Long> orgs = new HashMap<>();
    private final Map<String, User> users = new HashMap<>();

    private DemoData(Jdbi jdbi, CbKeys keys) {
        this.jdbi = jdbi;
        this.keys = keys;
    }

    /**
     * Seeds the demo when the database holds no organisation yet; returns lines to print once (logins), or an empty
     * list when the database was not fresh. {@code password} is used for every demo account; null picks a random one.
     */
    public static List<String> seedIfFresh(Jdbi jdbi, CbKeys keys, String password) {
        boolean fresh = jdbi.withHandle(h -> h.createQuery("select count(*) from organisation").mapTo(Integer.class).one() == 0);
        if (!fresh) {
            return List.of();
        }
        String pw = password == null || password.isBlank() ? randomPassword() : password;
        return new DemoData(jdbi, keys).seed(pw);
    }

    private List<String> seed(String pw) {
        org("SESIP Scheme Office", OrganisationKind.SCHEME_OWNER, "owner", "Sam Owner", pw);
        org("Northgate Certification", OrganisationKind.CERTIFICATION_BODY, "cb", "Carla Northgate", pw);
        org("Alpenwacht Zertifizierung", OrganisationKind.CERTIFICATION_BODY, "cb2", "Jonas Alpenwacht", pw);
        org("Brightline Security Lab", OrganisationKind.LABORATORY, "lab", "Lena Brightline", pw);
        org("Keystone Evaluations", OrganisationKind.LABORATORY, "lab2", "Kofi Keystone", pw);
        org("Riverbank IoT Lab", OrganisationKind.LABORATORY, "lab3", "Rita Riverbank", pw);
        org("Acme Silicon", OrganisationKind.VENDOR, "vendor", "Victor Acme", pw);
        org("Nimbus Systems", OrganisationKind.VENDOR, "nimbus", "Nina Nimbus", pw);
        org("Lockwise", OrganisationKind.VENDOR, "lockwise", "Liam Lockwise", pw);
        org("Thermata Home", OrganisationKind.VENDOR, "thermata", "Tara Thermata", pw);

        Schemes schemes = Schemes.using(jdbi);
        Scheme scheme = schemes.create(users.get("owner"), "SESIP-EN17927", "SESIP certification (EN 17927) demo scheme");
        schemes.authorise(users.get("cb"), orgs.get("Brightline Security Lab"), scheme.id());
        schemes.authorise(users.get("cb"), orgs.get("Keystone Evaluations"), scheme.id());
        schemes.authorise(users.get("cb2"), orgs.get("Riverbank IoT Lab"), scheme.id());
        schemes.authorise(users.get("cb2"), orgs.get("Keystone Evaluations"), scheme.id());
        schemes.recognise(users.get("cb2"), orgs.get("Northgate Certification"), scheme.id(), LocalDate.of(2024, 1, 1), null);
        schemes.recognise(users.get("cb"), orgs.get("Alpenwacht Zertifizierung"), scheme.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31));

        String mcu = issue(scheme, "Acme Silicon", "Brightline Security Lab", "Northgate Certification",
                "AS33 Secure Microcontroller (PSA Certified Level 3 RoT)", "rev B, ROM 3.4.1, RoT firmware 2.1.0", "SESIP3",
                List.of("psa-certified-level-3"), List.of("Verification of Platform Identity", "Secure Update of Platform",
                        "Verification of Platform Instance Identity", "Attestation of Platform Genuineness", "Secure Initialization of Platform",
                        "Physical Attacker Resistance", "Software Attacker Resistance: Isolation of Platform", "Cryptographic KeyStore",
                        "Cryptographic Random Number Generation", "Secure Trusted Storage"),
                LocalDate.of(2025, 3, 14), "Readout protection level 2 set; TrustZone-M enabled; RoT firmware 2.1.0 installed by the secure provisioning flow",
                "Debug port closed before shipping (RDP level 2); non-secure software uses only the PSA Functional APIs", List.of(), null);
        String se = issue(scheme, "Acme Silicon", "Keystone Evaluations", "Northgate Certification",
                "AS-SE100 Secure Element", "hardware rev 2, applet OS 5.3", "SESIP4",
                List.of("psa-certified-level-4-ise-se"), List.of("Verification of Platform Identity", "Secure Update of Platform",
                        "Physical Attacker Resistance", "Cryptographic Operation", "Cryptographic KeyStore", "Cryptographic Key Generation",
                        "Secure Confidential Storage"),
                LocalDate.of(2025, 6, 2), "Transport keys replaced at personalisation; lifecycle state OPERATIONAL",
                "Host talks to the element only over the encrypted SCP03 channel", List.of(), null);
        String rtosOld = issue(scheme, "Nimbus Systems", "Brightline Security Lab", "Northgate Certification",
                "NimbusRTOS with secure update and TLS", "4.1.0", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Communication Support",
                        "Software Attacker Resistance: Isolation of Platform Parts"),
                LocalDate.of(2025, 4, 20), "NimbusRTOS 4.1.0 on the AS33 in its certified configuration; OTA agent enabled",
                "Applications run unprivileged; update signing keys held offline by the device maker", List.of(mcu), null);
        String rtos = issue(scheme, "Nimbus Systems", "Brightline Security Lab", "Northgate Certification",
                "NimbusRTOS with secure update and TLS", "4.2.0", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Communication Support",
                        "Software Attacker Resistance: Isolation of Platform Parts"),
                LocalDate.of(2025, 9, 8), "NimbusRTOS 4.2.0 on the AS33 in its certified configuration; OTA agent enabled",
                "Applications run unprivileged; update signing keys held offline by the device maker", List.of(mcu), rtosOld);
        String lock = issue(scheme, "Lockwise", "Riverbank IoT Lab", "Alpenwacht Zertifizierung",
                "Lockwise L2 Smart Door Lock", "firmware 2.3.1", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Communication Enforcement",
                        "Factory Reset of Platform", "Limited Physical Attacker Resistance"),
                LocalDate.of(2025, 11, 3), "NimbusRTOS 4.2.0 on AS33 with the AS-SE100 holding the door credentials; Bluetooth pairing only in setup mode",
                "Set a new owner PIN at installation; keep the lock within Bluetooth range only of trusted phones during setup",
                List.of(rtos, se), null);
        String thermostat = issue(scheme, "Thermata Home", "Keystone Evaluations", "Northgate Certification",
                "Thermata T5 Smart Thermostat", "firmware 2.8", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Communication Support"),
                LocalDate.of(2026, 1, 19), "NimbusRTOS 4.2.0 on AS33; cloud connection over TLS 1.3",
                "Connect to a protected home network; apply updates when the app offers them", List.of(rtos), null);
        String lowMcu = issue(scheme, "Acme Silicon", "Keystone Evaluations", "Alpenwacht Zertifizierung",
                "AS11 Low-Power Microcontroller", "rev A, boot ROM 1.2", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Initialization of Platform"),
                LocalDate.of(2025, 2, 10), "Secure boot enabled; debug disabled by option bytes", "Boot image signing keys kept by the integrator", List.of(), null);
        String bridge = issue(scheme, "Lockwise", "Riverbank IoT Lab", "Alpenwacht Zertifizierung",
                "Lockwise Bridge B1 (Wi-Fi to Bluetooth hub)", "firmware 1.6.0", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Communication Enforcement"),
                LocalDate.of(2026, 2, 23), "NimbusRTOS 4.2.0 on AS33 plus AS11 radio co-processor",
                "Place the bridge on the home network only; no port forwarding", List.of(rtos, lowMcu), null);
        issue(scheme, "Thermata Home", "Keystone Evaluations", "Northgate Certification",
                "Thermata Home Gateway G3", "firmware 3.1", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Communication Enforcement", "Audit Log Generation and Storage"),
                LocalDate.of(2026, 4, 7), "Gateway G3 integrating the Lockwise Bridge B1 module", "Change the installer password at first use",
                List.of(bridge), null);
        issue(scheme, "Thermata Home", "Brightline Security Lab", "Northgate Certification",
                "Thermata S2 Room Sensor", "firmware 1.0", "SESIP1", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform"),
                LocalDate.of(2022, 5, 2), "Sensor paired with a Thermata gateway", "Replace batteries only with the sensor paired", List.of(), null);
        String oldSe = issue(scheme, "Acme Silicon", "Keystone Evaluations", "Northgate Certification",
                "AS-SE90 Secure Element", "hardware rev 1, applet OS 4.0", "SESIP3", List.of(),
                List.of("Verification of Platform Identity", "Physical Attacker Resistance", "Cryptographic KeyStore"),
                LocalDate.of(2024, 2, 12), "Lifecycle state OPERATIONAL", "Host uses the SCP03 channel", List.of(), null);
        issue(scheme, "Nimbus Systems", "Riverbank IoT Lab", "Alpenwacht Zertifizierung",
                "NimbusBoot secure bootloader", "2.0.3", "SESIP3", List.of("gp-code-update-mechanism"),
                List.of("Verification of Platform Identity", "Secure Update of Platform", "Secure Initialization of Platform", "Secure Recovery"),
                LocalDate.of(2025, 10, 1), "Bootloader in write-protected flash; two update slots", "Keep the recovery image slot enabled", List.of(), null);

        ExpiryJob.manual(jdbi).runOnce();
        Certificates.using(jdbi).terminate(users.get("cb"), oldSe, "Side-channel weakness in the key import command; replaced by the AS-SE100");
        Vulnerabilities.using(jdbi, keys).record(users.get("cb"), rtos, "", "HIGH",
                List.of("Secure Communication Support"),
                "TLS session resumption accepts tickets after the certificate pinning check was skipped (fictional demo vulnerability).");
        seedEvaluation(scheme);

        List<String> notes = new ArrayList<>();
        notes.add("Demo scheme seeded (use --no-demo-data to start empty). Demo sign-ins, all with the password " + pw + ":");
        for (var e : List.of("owner", "cb", "cb2", "lab", "lab2", "lab3", "vendor", "nimbus", "lockwise", "thermata")) {
            User u = users.get(e);
            notes.add("  " + u.email() + "  (" + u.organisationName() + ", " + u.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        }
        notes.add("This password is shown only now; create your own users with `trustbricks admin create-user`.");
        return notes;
    }

    private void seedEvaluation(Scheme scheme) {
        byte[] st;
        try (InputStream in = DemoData.class.getResourceAsStream("thermostat-st.yaml")) {
            st = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the demo Security Target is missing from the build", e);
        }
        String rtos = jdbi.withHandle(h -> h.createQuery("select id from certificate where product like 'NimbusRTOS%' and status = 'ACTIVE'")
                .mapTo(String.class).one());
        Evaluations ev = Evaluations.using(jdbi, keys, SecurityTargetCheck.sesip());
        var e = ev.submit(users.get("thermata"), new SubmitRequest(scheme.id(), orgs.get("Northgate Certification"),
                orgs.get("Brightline Security Lab"), "Thermata T7 Smart Thermostat", "3.0", "thermostat-st.yaml", st, List.of(rtos),
                "Firmware 3.0.0 on NimbusRTOS 4.2.0; cloud connection over TLS 1.3", "Connect to a protected home network"));
        ev.transition(users.get("lab"), e.id(), Transition.ACCEPT, "");
        ev.recordVerdict(users.get("lab"), e.id(), "ASE_INT.1", "ASE_INT.1-1", "PASS", "ST introduction complete; TOE reference matches the firmware build.");
    }

    private void org(String name, OrganisationKind kind, String login, String person, String pw) {
        Accounts accounts = Accounts.using(jdbi);
        long id = accounts.ensureOrganisation(name, kind);
        orgs.put(name, id);
        users.put(login, accounts.createUser(login + "@" + DOMAIN, person, pw, id));
        jdbi.useTransaction(h -> AuditLog.append(h, "system", "user.create", "organisation/" + id, login + "@" + DOMAIN + " (demo)"));
    }

    private String issue(Scheme scheme, String vendor, String lab, String cb, String product, String version, String level,
                         List<String> profiles, List<String> sfrs, LocalDate issued, String config, String assumptions,
                         List<String> parts, String reissueOf) {
        return jdbi.inTransaction((Handle h) -> Certificates.issue(h, new CertificateDraft(null, scheme.id(), scheme.code(),
                orgs.get(vendor), orgs.get(lab), orgs.get(cb), product, version, level, profiles, sfrs, "GP-1.2", issued,
                issued.plusYears(3).minusDays(1), "Security Target for " + product + " " + version,
                "Evaluation technical report of " + lab + " for " + product, config, assumptions, parts, reissueOf),
                keys, "system (demo data)").id());
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder("demo-");
        for (int i = 0; i < 14; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
