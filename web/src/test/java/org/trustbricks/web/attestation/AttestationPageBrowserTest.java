package org.trustbricks.web.attestation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.Browser;
import org.trustbricks.web.testing.TestServer;

/** The attestation page in Chromium: paste or upload a token, read its claims and its appraisal. */
@Tag("e2e")
class AttestationPageBrowserTest {

    static TestServer server;
    static Browser browser;
    static TestDevice device;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        server = TestServer.start();
        device = TestDevice.of("browser");
        var vendor = VerifierWorld.member(server.services(), "Browser Vendor", OrganisationKind.VENDOR);
        assertThat(VerifierWorld.provision(server, vendor, device.endorsementJson(null)).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_pasted_hex_token_of_an_endorsed_device_shows_its_claims_and_its_appraisal() {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/attestation");
        assertThat(page.locator("nav a[aria-current=page]")).hasText("Attestation");
        page.getByLabel("Token (hex or base64)").fill(HexFormat.of().formatHex(device.token(new byte[32])));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explain and appraise")).click();
        assertThat(page.locator("#claims")).containsText("implementation-id");
        assertThat(page.locator("#claims")).containsText("certification-reference");
        assertThat(page.locator("#verdict")).containsText("ADMITTED");
        assertThat(page.locator("#certificate-status")).hasText("unknown");
        assertThat(page.locator("#reasons")).containsText("signature verifies");
    }

    @Test
    void an_uploaded_raw_token_of_an_unknown_platform_is_explained_without_appraisal() {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/attestation");
        byte[] token = TestDevice.of("stranger").token(new byte[32]);
        page.getByLabel("…or upload a token file (raw CBOR, hex or base64)")
                .setInputFiles(new FilePayload("token.cbor", "application/cbor", token));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explain and appraise")).click();
        assertThat(page.locator("#claims")).containsText("security-lifecycle");
        assertThat(page.locator("#no-appraisal")).containsText("no endorsements are provisioned");
    }

    @Test
    void garbage_gets_a_clear_message_and_not_an_error_page() {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/attestation");
        page.getByLabel("Token (hex or base64)").fill("d28443a10126a0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explain and appraise")).click();
        assertThat(page.locator("#inspect-error")).containsText("not a readable PSA token");
    }
}
