package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (no driver downloads), with the page checks every browser test
 * makes: axe-core finds no serious or critical violation, and a screenshot of each step under
 * {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("citas.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("citas.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    final Path downloads;
    private final Path profile;
    private final String name;

    /** A browser whose user asks for {@code acceptLanguage}, on a window {@code width} x {@code height}. */
    Browser(String name, String acceptLanguage, int width, int height) {
        this(name, acceptLanguage, width, height, new String[0]);
    }

    /** The same, with Chromium flags of its own (such as an autoplay policy). */
    Browser(String name, String acceptLanguage, int width, int height, String... flags) {
        this.name = name;
        try {
            profile = Files.createTempDirectory("citas-chromium-");
            downloads = Files.createTempDirectory("citas-downloads-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--lang=" + acceptLanguage.split(",")[0],
                "--window-size=" + width + "," + height);
        options.addArguments(flags);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // headless Chromium only saves downloads where it is told to, whatever the profile's preferences say
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        // every page records what the content security policy blocked, from its first script on
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI); });"));
        driver = chrome;
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Opens {@code url} and waits until its document has loaded (not only until the navigation was answered). */
    void open(String url) {
        driver.get(url);
        waitFor(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && document.body !== null;"));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
    }

    WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** An element by its Faces client id ("b:givenNames"). */
    WebElement byId(String clientId) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(clientId)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    /** Clicks, then waits until the page that the click submitted has been replaced by the next one. */
    void clickAndWaitForPage(WebElement button) {
        submitAndWaitForPage(button::click);
    }

    /** Does what submits the page (a click, a key), then waits until the next page has loaded. */
    void submitAndWaitForPage(Runnable submit) {
        // a mark on the current document: gone once the next page has replaced it (more reliable than waiting for
        // an element to go stale, which chromedriver sometimes answers with an inspector error mid-navigation)
        ((JavascriptExecutor) driver).executeScript("window.citasOldPage = true;");
        submit.run();
        waitFor(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.citasOldPage === undefined && document.readyState === 'complete';"));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
    }

    /** Waits for PrimeFaces' ajax queue to be empty (after a click or change that updates part of the page). */
    void awaitAjax() {
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Runs axe-core on the page as it is now, saves a screenshot, and fails on serious or critical violations. */
    void checkStep(String step) {
        // a dialog fading in is half transparent: axe would measure the contrast of a frame of the animation
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !(window.jQuery && jQuery(':animated').length) && Array.from("
                        + "document.querySelectorAll('.ui-dialog')).every(function (e) {"
                        + " var s = getComputedStyle(e); return s.display === 'none' || s.opacity === '1'; });")));
        screenshot(step);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(String.valueOf(js.executeScript("return JSON.stringify(window.__cspViolations || []);")))
                .as("what the content security policy blocked on " + step).isEqualTo("[]");
        js.executeScript(AxeScript.SOURCE);
        Object raw = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(raw);
        assertThat(json).as("axe-core ran on " + step).doesNotStartWith("ERROR");
        List<String> serious = new ArrayList<>();
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        for (JsonValue value : violations) {
            JsonObject violation = value.asJsonObject();
            String impact = violation.isNull("impact") ? "" : violation.getString("impact");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = violation.getJsonArray("nodes").stream()
                        .map(n -> n.asJsonObject().getJsonArray("target").toString()).toList();
                serious.add(impact + " " + violation.getString("id") + ": " + violation.getString("help") + " at "
                        + targets);
            }
        }
        assertThat(serious).as("serious or critical accessibility violations on " + step).isEmpty();
    }

    Path screenshot(String step) {
        Path file = SCREENSHOTS.resolve(name + "-" + step + ".png");
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The file the browser downloaded whose name ends with {@code suffix}, once it is complete. */
    Path downloaded(String suffix) {
        return waitFor(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a test for
        }
    }

    /** axe-core's browser script, from the axe-core Selenium artifact (used only for this file). */
    private static final class AxeScript {

        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
