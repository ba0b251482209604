package org.trustbricks.web.st;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.web.testing.Browser;
import org.trustbricks.web.testing.TestServer;

/** A device maker searches the registry in the composite builder, adds certified parts and composes, in a real browser. */
@Tag("e2e")
class RegistryPartsBrowserTest {

    static Database db;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        db = TestDatabase.fresh();
        server = TestServer.startOn(db);
        DemoData.seedIfFresh(db.jdbi(), CbKeys.using(db.jdbi(), KeyEncryptionKeys.of(db.jdbi())), "demo password for tests");
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
    void parts_picked_from_the_registry_are_composed_and_an_open_vulnerability_review_is_a_finding() {
        String mcu = db.jdbi().withHandle(h -> h.createQuery("select id from certificate where product like 'AS33%'").mapTo(String.class).one());
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/st/compose");
        page.evaluate("() => { window.samePage = true; }");
        page.getByLabel("Product name").fill("Garden lock");
        page.getByLabel("SFRs the product delivers itself (one per line)").fill("Verification of Platform Identity\nSecure Update of Platform");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove part 1")).click();

        page.getByLabel("Search certificates").fill(mcu);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add " + mcu + " (AS33 Secure Microcontroller (PSA Certified Level 3 RoT)) as a part")).click();
        assertThat(page.locator("#part-0-id")).hasValue("as33");
        assertThat(page.locator("#part-0-level")).hasValue("SESIP3");
        assertThat(page.locator("#part-0-cb")).hasValue("Northgate Certification");
        assertThat(page.locator("#part-0-id")).isFocused();

        page.getByLabel("Search certificates").fill("NimbusRTOS");
        page.locator("#registry-table").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("(NimbusRTOS with secure update and TLS) as a part")).click();
        assertThat(page.locator("#part-1-id")).hasValue("nimbusrtos");
        assertThat(page.locator("#part-1-id")).isFocused();
        page.locator("#part-1-uses").fill("as33");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compose")).click();
        assertThat(page.locator("#composite-heading")).containsText("Composite level");
        assertThat(page.locator("#compose-result")).containsText("Part 2 (nimbusrtos): certificate/status");
        assertThat(page.locator("#compose-result")).containsText("under vulnerability review");
        assertThat(page.locator("#compose-result svg")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.samePage")).isEqualTo(true);
    }
}
