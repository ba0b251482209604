package org.trustbricks.web.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.web.testing.Browser;

/** A certification body in Chromium authorises a laboratory and makes a recognition agreement that a certificate shows. */
@Tag("e2e")
class SchemeAdministrationBrowserTest {

    static Browser browser;
    static DemoServer demo;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        demo = new DemoServer();
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    static Locator form(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name));
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void a_cb_authorises_a_lab_and_its_new_agreement_shows_on_the_certificate_page() {
        Page cb = browser.page(1280, 900);
        cb.navigate(demo.server.url() + "/registry/scheme");
        cb.getByLabel("Email").fill("cb2@" + DemoData.DOMAIN);
        cb.getByLabel("Password").fill(DemoServer.PASSWORD);
        cb.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(cb.locator("h1")).hasText("Scheme administration");

        Locator authorise = form(cb, "Authorise a laboratory");
        authorise.getByLabel("Laboratory").selectOption(new SelectOption().setLabel("Brightline Security Lab"));
        authorise.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Authorise laboratory")).click();
        assertThat(cb.locator("#done")).hasText("The laboratory is authorised for the scheme.");
        assertThat(cb.getByRole(AriaRole.BUTTON, named("Withdraw Brightline Security Lab for SESIP-EN17927"))).isVisible();

        Locator recognise = form(cb, "Make a recognition agreement");
        recognise.getByLabel("Recognise certificates issued by").selectOption(new SelectOption().setLabel("Northgate Certification"));
        recognise.getByLabel("First day (certificates issued from this day)").fill("2023-12-31");
        recognise.getByLabel("Last day (leave empty for an open-ended agreement)").fill("2020-01-01");
        recognise.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make agreement")).click();
        Locator until = form(cb, "Make a recognition agreement").getByLabel("Last day (leave empty for an open-ended agreement)");
        assertThat(until).hasAttribute("aria-invalid", "true");
        assertThat(cb.locator("#recognise-until-error")).hasText("until must not be before from");
        assertThat(until).hasValue("2020-01-01");

        recognise = form(cb, "Make a recognition agreement");
        recognise.getByLabel("First day (certificates issued from this day)").fill("2020-01-01");
        recognise.getByLabel("Last day (leave empty for an open-ended agreement)").fill("2023-12-31");
        recognise.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make agreement")).click();
        assertThat(cb.locator("#done")).hasText("The recognition agreement is in force from its first day.");
        assertThat(cb.locator("#recognitions + .table-wrap")).containsText("2023-12-31");

        String sensor = demo.one("select id from certificate where product = 'Thermata S2 Room Sensor'");
        Page visitor = browser.page(390, 800);
        visitor.navigate(demo.server.url() + "/registry/certificates/" + sensor);
        assertThat(visitor.locator(".cert-status")).containsText("recognised by Alpenwacht Zertifizierung");
        assertThat(visitor.getByText("Under recognition agreements, Alpenwacht Zertifizierung also accept this certificate.")).isVisible();
    }
}
