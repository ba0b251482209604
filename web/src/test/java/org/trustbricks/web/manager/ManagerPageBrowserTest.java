package org.trustbricks.web.manager;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.Browser;
import org.trustbricks.web.testing.TestServer;

/** A network administrator compiles the example and asks "what if" on a phone-sized screen, without a reload. */
@Tag("e2e")
class ManagerPageBrowserTest {

    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        server = TestServer.start();
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
    void compiles_the_example_and_answers_what_if_without_a_reload() {
        Page page = browser.page(390, 844);
        page.navigate(server.url() + "/mud-manager");
        page.evaluate("() => { window.samePage = true; }");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compile")).click();
        assertThat(page.locator("#ruleset")).containsText("table inet trustbricks_mud");
        page.getByLabel("reach peer (IP address or DNS name)").fill("api.things.example.com");
        page.getByLabel("on port").fill("443");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
        assertThat(page.locator("#verdict")).containsText("allowed");
        assertThat(page.locator("#deciding-ace")).hasText("from-ipv4-bulb/cloud-https");
        page.getByLabel("on port").fill("22");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
        assertThat(page.locator("#deciding-ace")).hasText("default/default-deny");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.samePage")).isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth + 1")).as("no sideways scrolling on a phone").isTrue();
    }
}
