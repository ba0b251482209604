package org.trustbricks.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.Browser;
import org.trustbricks.web.testing.TestServer;

@Tag("e2e")
class LayoutBrowserTest {

    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        server = TestServer.start();
        var accounts = server.services().accounts();
        accounts.createUser("lab@lab.example", "Lena", "browser password",
                accounts.ensureOrganisation("Browser Lab", OrganisationKind.LABORATORY));
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
    void the_start_page_has_a_main_heading_and_navigation_to_every_area() {
        Page page = browser.page(1280, 800);
        page.navigate(server.url() + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasCount(1);
        var nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        for (String area : new String[] {"Registry", "Security Targets", "MUD", "Attestation"}) {
            assertThat(nav.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(area))).isVisible();
        }
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content() {
        Page page = browser.page(1280, 800);
        page.navigate(server.url() + "/");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
    }

    @Test
    void the_layout_fits_a_phone_screen_without_horizontal_scrolling() {
        Page page = browser.page(375, 740);
        page.navigate(server.url() + "/");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
    }

    @Test
    void a_person_signs_in_with_the_form_and_sees_their_name_then_signs_out() {
        Page page = browser.page(1280, 800);
        page.navigate(server.url() + "/login");
        page.getByLabel("Email").fill("lab@lab.example");
        page.getByLabel("Password").fill("browser password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".account")).containsText("Lena (Browser Lab)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator(".account")).containsText("Sign in");
    }
}
