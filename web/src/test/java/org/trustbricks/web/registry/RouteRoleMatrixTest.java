package org.trustbricks.web.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.registry.DemoServer.Role.ANONYMOUS;
import static org.trustbricks.web.registry.DemoServer.Role.CB;
import static org.trustbricks.web.registry.DemoServer.Role.LAB;
import static org.trustbricks.web.registry.DemoServer.Role.OTHER_CB;
import static org.trustbricks.web.registry.DemoServer.Role.OTHER_VENDOR;
import static org.trustbricks.web.registry.DemoServer.Role.SCHEME_OWNER;
import static org.trustbricks.web.registry.DemoServer.Role.VENDOR;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.registry.DemoServer.Role;

/**
 * Every registry route from every viewpoint (anonymous, vendor, other vendor, lab, CB, other CB, scheme owner):
 * who may use it gets the route's answer, everyone else is refused (401 or a redirect to sign in when anonymous,
 * 403 or 404 otherwise). Bodies for the allowed roles are chosen so that nothing is changed (a conflict or a field
 * error), so the order of the checks does not matter.
 */
class RouteRoleMatrixTest {

    static DemoServer demo;
    static String cert;
    static String evaluation;
    static String vulnerability;
    static String cbId;
    static String scheme;
    static String lab3;
    static String recognition;

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    static final Set<Role> PARTICIPANTS = EnumSet.of(VENDOR, LAB, CB, SCHEME_OWNER);

    record Check(boolean api, String method, String path, String body, Set<Role> allowed, int status) {
    }

    @BeforeAll
    static void start() {
        demo = new DemoServer();
        cert = demo.one("select id from certificate where product like 'Thermata T5%'");
        evaluation = demo.one("select id::text from evaluation limit 1");
        vulnerability = demo.one("select id::text from vulnerability limit 1");
        cbId = demo.one("select id::text from organisation where name = 'Northgate Certification'");
        scheme = demo.one("select id::text from scheme limit 1");
        lab3 = demo.one("select id::text from organisation where name = 'Riverbank IoT Lab'");
        recognition = demo.one("select id::text from recognition where recognising_id = " + cbId);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static List<Check> checks() {
        String e = "/api/registry/evaluations/" + evaluation;
        return List.of(
                new Check(true, "GET", "/api/registry/certificates?q=lock", null, ALL, 200),
                new Check(true, "GET", "/api/registry/certificates.csv", null, ALL, 200),
                new Check(true, "GET", "/api/registry/certificates/" + cert, null, ALL, 200),
                new Check(true, "GET", "/api/registry/certificates/" + cert + "/signed", null, ALL, 200),
                new Check(true, "POST", "/api/registry/verify", "a.b.c", ALL, 200),
                new Check(true, "GET", "/api/registry/cb-certificates", null, ALL, 200),
                new Check(true, "GET", "/api/registry/cb-certificates/" + cbId, null, ALL, 200),
                new Check(true, "GET", "/api/registry/vulnerabilities", null, ALL, 200),
                new Check(true, "GET", "/api/registry/vulnerabilities/" + vulnerability, null, ALL, 200),
                new Check(true, "GET", "/api/registry/schemes", null, ALL, 200),
                new Check(true, "GET", "/api/registry/organisations", null, ALL, 200),
                new Check(true, "GET", "/api/registry/authorisations", null, ALL, 200),
                new Check(true, "GET", "/api/registry/recognitions", null, ALL, 200),
                new Check(true, "GET", "/api/registry/evaluations", null, SIGNED_IN, 200),
                new Check(true, "POST", "/api/registry/evaluations", "{\"schemeId\": \"x\"}", EnumSet.of(VENDOR, OTHER_VENDOR), 400),
                new Check(true, "GET", e, null, PARTICIPANTS, 200),
                new Check(true, "POST", e + "/transitions", "{\"action\": \"approve\"}", EnumSet.of(CB), 409),
                new Check(true, "POST", e + "/verdicts", "{\"component\": \"ASE_INT.1\", \"workUnit\": \"\", \"verdict\": \"PASS\", \"evidence\": \"x\"}", EnumSet.of(LAB), 422),
                new Check(true, "POST", "/api/registry/certificates/" + cert + "/vulnerabilities", "{\"severity\": \"SEVERE\", \"description\": \"x\"}", EnumSet.of(VENDOR, CB), 422),
                new Check(true, "POST", "/api/registry/vulnerabilities/" + vulnerability + "/resolution", "{\"resolution\": \"ACCEPTED\", \"text\": \"\"}", EnumSet.of(CB), 422),
                new Check(true, "POST", "/api/registry/certificates/" + cert + "/termination", "{\"reason\": \"\"}", EnumSet.of(CB), 422),
                new Check(true, "POST", "/api/registry/schemes", "{\"code\": \"\", \"name\": \"\"}", EnumSet.of(SCHEME_OWNER), 422),
                new Check(true, "POST", "/api/registry/authorisations", "{\"labId\": \"x\", \"schemeId\": " + scheme + "}", EnumSet.of(CB, OTHER_CB), 400),
                new Check(true, "POST", "/api/registry/authorisations/revocation", "{\"labId\": " + lab3 + ", \"schemeId\": 999999}", EnumSet.of(CB, OTHER_CB), 204),
                new Check(true, "POST", "/api/registry/recognitions", "{\"recognisedCbId\": " + cbId + ", \"schemeId\": " + scheme + ", \"from\": \"soon\"}", EnumSet.of(CB, OTHER_CB), 400),
                new Check(true, "POST", "/api/registry/recognitions/" + recognition + "/end", "{\"until\": \"soon\"}", EnumSet.of(CB), 400),
                new Check(true, "GET", "/api/audit", null, EnumSet.of(SCHEME_OWNER), 200),
                new Check(true, "GET", "/api/audit/verification", null, EnumSet.of(SCHEME_OWNER), 200),
                new Check(true, "POST", "/api/registry/imports?format=sesip", "", EnumSet.of(SCHEME_OWNER), 200),
                new Check(true, "GET", "/api/tokens", null, SIGNED_IN, 200),
                new Check(true, "POST", "/api/tokens", "{\"name\": 5}", SIGNED_IN, 400),
                new Check(true, "DELETE", "/api/tokens/999999", null, SIGNED_IN, 404),
                new Check(false, "GET", "/registry", null, ALL, 200),
                new Check(false, "GET", "/registry/certificates/" + cert, null, ALL, 200),
                new Check(false, "GET", "/registry/certificates/" + cert + "/qr.svg", null, ALL, 200),
                new Check(false, "GET", "/registry/certificates/" + cert + "/signed.jws", null, ALL, 200),
                new Check(false, "GET", "/registry/verify", null, ALL, 200),
                new Check(false, "GET", "/registry/cbs", null, ALL, 200),
                new Check(false, "GET", "/registry/cbs/" + cbId + "/certificate.pem", null, ALL, 200),
                new Check(false, "GET", "/registry/evaluations", null, SIGNED_IN, 200),
                new Check(false, "GET", "/registry/evaluations/new", null, EnumSet.of(VENDOR, OTHER_VENDOR), 200),
                new Check(false, "POST", "/registry/evaluations", "product=", EnumSet.of(VENDOR, OTHER_VENDOR), 422),
                new Check(false, "GET", "/registry/evaluations/" + evaluation, null, PARTICIPANTS, 200),
                new Check(false, "GET", "/registry/evaluations/" + evaluation + "/st", null, PARTICIPANTS, 200),
                new Check(false, "POST", "/registry/evaluations/" + evaluation + "/transitions", "action=APPROVE", EnumSet.of(CB), 409),
                new Check(false, "POST", "/registry/evaluations/" + evaluation + "/verdicts", "component=ASE_INT.1&workUnit=&verdict=PASS&evidence=x", EnumSet.of(LAB), 422),
                new Check(false, "POST", "/registry/certificates/" + cert + "/vulnerabilities", "severity=SEVERE&description=x", EnumSet.of(VENDOR, CB), 422),
                new Check(false, "POST", "/registry/vulnerabilities/" + vulnerability + "/resolution", "resolution=ACCEPTED&text=", EnumSet.of(CB), 422),
                new Check(false, "GET", "/registry/scheme", null, SIGNED_IN, 200),
                new Check(false, "POST", "/registry/scheme/schemes", "code=&name=", EnumSet.of(SCHEME_OWNER), 422),
                new Check(false, "POST", "/registry/scheme/authorisations", "labId=&schemeId=" + scheme, EnumSet.of(CB, OTHER_CB), 422),
                new Check(false, "POST", "/registry/scheme/authorisations/withdrawal", "labId=x&schemeId=" + scheme, EnumSet.of(CB, OTHER_CB), 400),
                new Check(false, "POST", "/registry/scheme/recognitions", "recognisedCbId=" + cbId + "&schemeId=" + scheme + "&from=soon", EnumSet.of(CB, OTHER_CB), 422),
                new Check(false, "POST", "/registry/scheme/recognitions/" + recognition + "/end", "until=", EnumSet.of(CB), 422),
                new Check(false, "GET", "/account/tokens", null, SIGNED_IN, 200),
                new Check(false, "POST", "/account/tokens", "name=", SIGNED_IN, 422));
    }

    @Test
    void every_route_refuses_whom_it_must_and_answers_the_others() {
        List<String> wrong = new ArrayList<>();
        for (Check c : checks()) {
            for (Role role : Role.values()) {
                HttpResponse<String> r = c.api() ? demo.api(role, c.method(), c.path(), c.body())
                        : demo.page(role, c.method(), c.path(), c.body());
                int s = r.statusCode();
                boolean ok;
                if (c.allowed().contains(role)) {
                    ok = s == c.status();
                } else if (role == ANONYMOUS) {
                    ok = s == 401 || !c.api() && s == 302 && r.headers().firstValue("Location").orElse("").startsWith("/login");
                } else {
                    ok = s == 403 || s == 404;
                }
                if (!ok) {
                    wrong.add(c.method() + " " + c.path() + " as " + role + " -> " + s + " " + r.body().lines().limit(2).toList());
                }

            }
        }
        assertThat(wrong).isEmpty();
    }
}
