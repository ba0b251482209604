package org.trustbricks.web.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.registry.testing.Scenario;
import org.trustbricks.web.testing.Browser;

/** The main workflow through the pages in Chromium: request, evaluation, approval, public page, verification. */
@Tag("e2e")
class WorkflowBrowserTest {

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

    Page signIn(String login) {
        Page page = browser.page(1280, 900);
        page.navigate(demo.server.url() + "/login");
        page.getByLabel("Email").fill(login + "@" + org.trustbricks.registry.demo.DemoData.DOMAIN);
        page.getByLabel("Password").fill(DemoServer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".account")).containsText("Sign out");
        return page;
    }

    @Test
    void a_vendor_request_becomes_a_public_verifiable_certificate(@TempDir Path tmp) throws Exception {
        Path st = Files.writeString(tmp.resolve("valve-st.yaml"), Scenario.VALID_ST);
        Page vendor = signIn("thermata");
        vendor.navigate(demo.server.url() + "/registry/evaluations/new");
        vendor.getByLabel("Laboratory (authorised by the certification body you choose below)")
                .selectOption(new SelectOption().setLabel("Brightline Security Lab (authorised by Northgate Certification)"));
        vendor.getByLabel("Certification body").selectOption(new SelectOption().setLabel("Northgate Certification"));
        vendor.getByLabel("Product").fill("Thermata Valve V1");
        vendor.getByLabel("Version").fill("1.0");
        vendor.getByLabel("Security Target (YAML or JSON)").setInputFiles(st);
        vendor.getByLabel("Configuration to certify").fill("Factory settings, cloud link enabled");
        vendor.getByLabel("What users must keep true").fill("Install on a protected home network");
        vendor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for evaluation")).click();
        assertThat(vendor.locator("#state")).hasText("submitted");
        String evaluationUrl = vendor.url();

        Page lab = signIn("lab");
        lab.navigate(evaluationUrl);
        lab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(lab.locator("#state")).hasText("in evaluation");
        int components = lab.locator("#component option").count();
        assertThat(components).isGreaterThan(3);
        for (int i = 0; i < components; i++) {
            String c = lab.locator("#component option").nth(i).textContent();
            lab.locator("#component").selectOption(c);
            lab.getByLabel("Work unit").fill(c + "-1");
            lab.getByLabel("Evidence notes").fill("Reviewed the " + c + " evidence.");
            lab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record verdict")).click();
        }
        assertThat(lab.locator("#overall")).hasText("PASS");
        lab.getByLabel("Report summary, reasons or note").fill("All work units pass.");
        lab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit report")).click();
        assertThat(lab.locator("#state")).hasText("report submitted");

        Page cb = signIn("cb");
        cb.navigate(evaluationUrl);
        cb.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and issue certificate")).click();
        assertThat(cb.locator("#state")).hasText("approved");
        cb.locator("#certificate-link").click();
        assertThat(cb.locator("h1")).containsText("Thermata Valve V1");
        assertThat(cb.locator("#status")).hasText("active");
        assertThat(cb.locator("figure.qr svg")).isVisible();
        String certificateUrl = cb.url();

        Page visitor = browser.page(390, 800);
        visitor.navigate(certificateUrl);
        assertThat(visitor.getByText("What you must keep true")).isVisible();
        String jws = visitor.request().get(certificateUrl + "/signed.jws").text();
        visitor.navigate(demo.server.url() + "/registry/verify");
        visitor.getByLabel("…or paste its content").fill(jws);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
        assertThat(visitor.locator("#verdict h2")).hasText("Valid");
        visitor.navigate(demo.server.url() + "/registry");
        visitor.getByLabel("Search product, vendor or security function").fill("valve");
        assertThat(visitor.locator("#results")).containsText("Thermata Valve V1");
        assertThat(visitor.url()).contains("q=valve");
    }
}
