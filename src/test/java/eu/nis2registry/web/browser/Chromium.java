package eu.nis2registry.web.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's chromium and chromedriver, found on the PATH (never downloaded), headless, with a fresh profile that is
 * removed afterwards. Screenshots go to target/screenshots/, downloads to a fresh folder under target/.
 */
final class Chromium implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    private Chromium(Path profile, Path downloads, ChromeDriver driver) {
        this.profile = profile;
        this.downloads = downloads;
        this.driver = driver;
    }

    static Chromium start() {
        Path browser = onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
        Path chromedriver = onPath("chromedriver").orElse(null);
        if (browser == null || chromedriver == null) {
            fail("The browser tests need Debian's chromium and chromium-driver on the PATH (found chromium: " + browser
                    + ", chromedriver: " + chromedriver + "); install them with apt-get install chromium chromium-driver,"
                    + " as .ci/run does");
        }
        try {
            Path profile = Files.createTempDirectory("registry-chromium-");
            Files.createDirectories(Path.of("target"));
            Path downloads = Files.createTempDirectory(Path.of("target"), "downloads-").toAbsolutePath();
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "download.directory_upgrade", true));
            options.setBinary(browser.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,800", "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // Headless Chromium asks before saving a file unless told where downloads go.
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
            Files.createDirectories(SCREENSHOTS);
            return new Chromium(profile, downloads, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** The folder the browser saves downloaded files in. */
    Path downloads() {
        return downloads;
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the window shows now, as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, however long, by growing the window to the page's height for one shot. */
    Path fullPage(String name, int width) {
        Object height = driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        size(width, Math.min(4000, Math.max(800, ((Number) height).intValue() + 20)));
        Path file = screenshot(name);
        size(width, 800);
        return file;
    }


    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // A profile left in the temporary folder holds nothing of value.
            }
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
