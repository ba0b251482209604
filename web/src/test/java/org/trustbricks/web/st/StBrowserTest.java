package org.trustbricks.web.st;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.Browser;
import org.trustbricks.web.testing.TestServer;

/** A person checks, fixes and composes Security Targets and runs the navigator in a real browser. */
@Tag("e2e")
class StBrowserTest {

    static TestServer server;
    static Browser browser;
    static String mcu;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        server = TestServer.start();
        var accounts = server.services().accounts();
        accounts.createUser("vendor@st.example", "Vera", "browser password",
                accounts.ensureOrganisation("Northwind Silicon", org.trustbricks.registry.auth.OrganisationKind.VENDOR));
        mcu = Files.readString(Path.of("../examples/sesip/psa-l3-mcu.yaml"));
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

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void pasting_an_invalid_target_shows_the_finding_at_its_line_and_the_fixed_target_is_valid_without_a_reload() {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/st/check");
        page.evaluate("() => { window.samePage = true; }");
        String broken = mcu.replace("  - sfr: Attestation of Platform State\n", "  - sfr: Teleportation of Platform\n");
        int line = java.util.Arrays.asList(broken.split("\n")).indexOf("  - sfr: Teleportation of Platform") + 1;
        page.getByLabel("Security Target (YAML or JSON)").fill(broken);
        page.getByRole(AriaRole.BUTTON, named("Check")).click();
        assertThat(page.locator("#verdict-heading")).containsText("Not valid yet");
        assertThat(page.locator("#verdict-heading")).isFocused();
        assertThat(page.locator("#line-" + line + " .finding.sev-error")).isVisible();
        assertThat(page.locator("#line-" + line + " > code")).containsText("Teleportation of Platform");

        page.getByLabel("Security Target (YAML or JSON)").fill(mcu);
        page.getByRole(AriaRole.BUTTON, named("Check")).click();
        assertThat(page.locator("#verdict-heading")).containsText("Valid Security Target");
        assertThat(page.locator(".st-rendering")).containsText("Coverage of market requirements");
        assertThat(page.evaluate("() => window.samePage === true")).isEqualTo(true);
    }

    @Test
    void the_navigator_suggests_sfrs_and_the_starter_downloads_as_yaml() throws Exception {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/st/navigator");
        page.getByLabel("Consumer IoT products sold in the EU").check();
        page.getByRole(AriaRole.BUTTON, named("Show what is needed")).click();
        assertThat(page.locator("#guidance-heading")).containsText("Aim for SESIP");
        assertThat(page.locator("#navigator-result")).containsText("Verification of Platform Identity");
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, named("Download the starter Security Target (YAML)")).click());
        String yaml = Files.readString(download.path());
        assertThat(yaml).startsWith("format: trustbricks-sesip-st/1");
    }

    @Test
    void a_part_added_with_the_button_takes_part_in_the_composition_and_the_diagram_is_drawn() {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/st/compose");
        page.getByLabel("Product name").fill("Garden gateway");
        page.getByLabel("SFRs the product delivers itself (one per line)").fill("Verification of Platform Identity\nSecure Update of Platform");
        page.locator("#part-0-id").fill("mcu");
        page.locator("#part-0-version").fill("B");
        page.locator("#part-0-certificate").fill("C-100");
        page.locator("#part-0-valid").fill("2030-01-01");
        page.locator("#part-0-sfrs").fill("Cryptographic KeyStore");
        page.getByRole(AriaRole.BUTTON, named("Add a part")).click();
        assertThat(page.locator("#part-1-id")).isFocused();
        page.locator("#part-1-id").fill("se");
        page.locator("#part-1-version").fill("2.0");
        page.locator("#part-1-certificate").fill("C-200");
        page.locator("#part-1-status").selectOption("terminated");
        page.locator("#part-1-sfrs").fill("Cryptographic Random Number Generation");
        page.getByRole(AriaRole.BUTTON, named("Compose")).click();
        assertThat(page.locator("#composite-heading")).containsText("Composite level");
        assertThat(page.locator("#compose-result svg")).isVisible();
        assertThat(page.locator("#compose-result")).containsText("Part 2 (se)");
    }

    @Test
    void the_check_and_catalogue_pages_fit_a_phone_screen() {
        Page page = browser.page(375, 740);
        for (String path : new String[] {"/st", "/st/check", "/st/catalogue", "/st/mappings", "/st/compose", "/st/navigator"}) {
            page.navigate(server.url() + path);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as(path).isEqualTo(false);
        }
    }

    @Test
    void a_level_label_is_translated_in_place_from_the_keyboard() {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/st/catalogue");
        var field = page.getByRole(AriaRole.TEXTBOX, named("Level label"));
        field.fill("ITP1");
        field.press("Enter");
        assertThat(page.locator("#level-result")).containsText("SESIP1");
    }

    @Test
    void a_signed_in_person_checks_a_target_and_the_request_carries_the_session_csrf_token() {
        Page page = browser.page(1280, 900);
        page.navigate(server.url() + "/login");
        page.getByLabel("Email").fill("vendor@st.example");
        page.getByLabel("Password").fill("browser password");
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.locator(".account")).containsText("Vera");
        page.navigate(server.url() + "/st/check");
        page.getByLabel("Security Target (YAML or JSON)").fill(mcu);
        page.getByRole(AriaRole.BUTTON, named("Check")).click();
        assertThat(page.locator("#verdict-heading")).containsText("Valid Security Target");
    }
}
