package org.trustbricks.web.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Playwright driving Debian's Chromium (no browser download); skips the test when Chromium is absent. */
public final class Browser implements AutoCloseable {

    /** Where Debian installs Chromium. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches headless Chromium. */
    public static Browser launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium is not installed");
        Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var b = pw.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        return new Browser(pw, b);
    }

    /** A new isolated page (own cookies) with the given viewport. */
    public com.microsoft.playwright.Page page(int width, int height) {
        return browser.newContext(new NewContextOptions().setViewportSize(width, height)).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
