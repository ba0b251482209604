package org.trustbricks.web.mud;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.Browser;
import org.trustbricks.web.testing.TestServer;

/** In Chromium: a vendor builds a MUD file with the form, signs and publishes it, and the MUD URL serves it. */
@Tag("e2e")
class MudBuilderBrowserTest {

    private static Browser browser;
    private static TestServer server;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        server = MudServers.start();
        var accounts = server.services().accounts();
        accounts.createUser("vera@vendor.example", "Vera", "browser password",
                accounts.ensureOrganisation("Vendor Vera", OrganisationKind.VENDOR));
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
    void a_vendor_builds_publishes_and_fetches_a_mud_file_with_the_web_forms() {
        Page page = browser.page(390, 844);
        page.navigate(server.url() + "/login?next=/mud");
        page.getByLabel("Email").fill("vera@vendor.example");
        page.getByLabel("Password").fill("browser password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByLabel("Register a manufacturer").fill("Vera Lights");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vera Lights");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate a signer")).click();
        assertThat(page.locator("#signer")).containsText("generated");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Build a MUD file")).click();
        page.getByLabel("Model URL name").fill("bulb");
        page.getByLabel("Model name").fill("Smart Bulb B2");
        page.getByLabel("Rule 0: talks to").selectOption("CLOUD");
        page.getByLabel("Rule 0: name").fill("api.veralights.example");
        page.getByLabel("Rule 0: port").fill("443");
        page.getByLabel("Rule 1: talks to").selectOption("LOCAL_NETWORK");
        page.getByLabel("Rule 1: protocol").selectOption("UDP");
        page.getByLabel("Rule 1: port").fill("5683");
        page.getByLabel("Rule 1: who starts").selectOption("EITHER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Version 1"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and publish version 1")).click();
        assertThat(page.locator("#published")).hasText("version 1 published");
        assertThat(page.locator("#signature-status")).hasText("valid");
        assertThat(page.locator("figure svg")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("device page fits a phone").isEqualTo(false);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("what it may talk to")).click();
        assertThat(page.locator(".mud-picture svg")).isVisible();
        assertThat(page.locator(".mud-picture")).containsText("api.veralights.example");

        HttpResponse<String> hosted = server.get("/mud/vera-lights/bulb.json");
        assertThat(hosted.statusCode()).isEqualTo(200);
        assertThat(hosted.headers().firstValue("Content-Type")).hasValue("application/mud+json");
        assertThat(hosted.body()).contains("api.veralights.example").contains("\"model-name\"");
        var fetched = page.request().get(server.url() + "/mud/vera-lights/bulb.json");
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.text()).isEqualTo(hosted.body());
    }
}
