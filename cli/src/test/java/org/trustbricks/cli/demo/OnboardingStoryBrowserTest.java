package org.trustbricks.cli.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.cli.CliRun;
import org.trustbricks.cli.serve.Platform;
import org.trustbricks.cli.serve.RunningPlatform;
import org.trustbricks.cli.serve.ServeSettings;
import org.trustbricks.web.testing.Browser;

/**
 * The onboarding story through the web UI in Chromium: the demo onboards the site's devices, the scheme owner watches
 * the inventory, the CB records a vulnerability against the shared microcontroller on its registry page, and the
 * inventory (still open, refreshed by the server-sent events) shows the devices built on it turn restricted.
 */
@Tag("e2e")
class OnboardingStoryBrowserTest {

    @TempDir
    static Path data;

    static RunningPlatform platform;
    static Browser browser;
    static DemoCredentials credentials;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        platform = Platform.start(new ServeSettings("127.0.0.1", 0, data, null, null, null, true, null));
        credentials = DemoCredentials.readFrom(data).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_vulnerability_recorded_by_the_cb_turns_the_devices_built_on_the_part_restricted_on_the_live_inventory() {
        CliRun onboarded = CliRun.of("demo", "onboarding", "--data-dir", data.toString(), "--onboard-only", "--software");
        assertThat(onboarded.exitCode()).as(onboarded.out() + onboarded.err()).isZero();
        String base = PlatformClient.at(platform.url()).base();

        Page owner = signIn(base, "owner");
        owner.navigate(base + "/onboarding");
        Locator rows = owner.locator("#inventory-rows tr");
        assertThat(rows).hasCount(4);
        assertThat(owner.locator("#inventory-rows tr[data-decision=ADMITTED]")).hasCount(4);
        assertThat(owner.locator("#inventory-rows")).containsText("Front door lock");

        Page cb = signIn(base, "cb");
        cb.navigate(base + "/registry?q=AS33");
        cb.locator("tr", new Page.LocatorOptions().setHasText("AS33 Secure Microcontroller")).locator("a").first().click();
        cb.locator("summary", new Page.LocatorOptions().setHasText("Record a vulnerability")).click();
        cb.getByLabel("Affected SFRs (one per line)").fill("Physical Attacker Resistance");
        cb.getByLabel("Description").fill("Fault injection on the boot ROM exposes the attestation key (browser test).");
        cb.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record")).click();
        assertThat(cb.locator("#under-review")).isVisible();

        LocatorAssertions.HasCountOptions wait = new LocatorAssertions.HasCountOptions().setTimeout(30_000);
        assertThat(owner.locator("#inventory-rows tr[data-decision=RESTRICTED]")).hasCount(3, wait);
        assertThat(owner.locator("#inventory-rows tr[data-decision=ADMITTED]")).hasCount(1);
        assertThat(owner.locator("#inventory-rows tr[data-decision=ADMITTED]")).containsText("Leak sensor");
        assertThat(owner.locator("#live")).containsText("restricted");
        assertThat(owner.locator("#inventory-rows tr[data-decision=RESTRICTED]").first()).containsText("under vulnerability review");
    }

    private static Page signIn(String base, String login) {
        Page page = browser.page(1280, 900);
        page.navigate(base + "/login");
        page.getByLabel("Email").fill(credentials.email(login));
        page.getByLabel("Password").fill(credentials.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
        return page;
    }
}
