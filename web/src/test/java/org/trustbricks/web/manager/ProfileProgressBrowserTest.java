package org.trustbricks.web.manager;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.web.testing.Browser;
import org.trustbricks.web.testing.TestServer;

/** A device maker uploads a large capture and watches the profiler's progress until the MUD file appears. */
@Tag("e2e")
class ProfileProgressBrowserTest {

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
    void the_job_page_shows_progress_and_then_the_derived_mud_file(@TempDir Path dir) throws Exception {
        Path capture = dir.resolve("bulb-day.pcap");
        Files.write(capture, TinyPcap.repeated(150_000));
        ManagerClient person = ManagerClient.signedIn(server);
        Page page = browser.page(390, 844);
        page.navigate(server.url() + "/login?next=%2Fmud-manager%2Fprofile");
        page.getByLabel("Email").fill(person.email());
        page.getByLabel("Password").fill("correct horse battery staple");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/mud-manager/profile");
        page.setInputFiles("#capture", capture);
        page.getByLabel("Device MAC (preferred) or IP address").fill(TinyPcap.DEVICE_MAC);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Profile")).click();
        page.waitForURL("**/mud-manager/profile/jobs/**");
        assertThat(page.locator("#job-status")).containsText("packets read");
        assertThat(page.locator("#mud-file")).containsText(TinyPcap.CLOUD_NAME,
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#job-packets")).hasText("600000");
        assertThat(page.locator("#download")).isVisible();
        assertThat(page.locator("#job")).not().hasAttribute("hx-trigger", "every 1s");
    }
}
