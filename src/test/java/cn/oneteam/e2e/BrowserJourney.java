package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the application on a random port, Debian's Chromium driven by Playwright (never a
 * downloaded browser), a fresh page per test, sign-in as a demo account, screenshots in {@code target/e2e}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney extends IntegrationTest {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	private Officers officers;

	@Autowired
	private Accounts accounts;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		assertThat(CHROMIUM).as("Debian chromium (installed by .ci/run)").exists();
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The person id of a demo account, as a form's option value. */
	protected String person(String username) {
		return String.valueOf(officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value());
	}

	/**
	 * Signs in from a fresh session; lands on the workbench. The previous page is left first, so that none of its
	 * requests still in flight (an htmx fragment) opens another session under the sign-in form.
	 */
	protected void signIn(String username) {
		page.navigate("about:blank");
		context.clearCookies();
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		page.fill("#username", username);
		page.fill("#password", "OneTeam@2026");
		page.click("#login-submit");
		assertThat(page.locator("#workbench-heading")).isVisible();
	}

	protected void screenshot(String name) throws Exception {
		Path dir = Paths.get("target", "e2e");
		Files.createDirectories(dir);
		page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
	}

	protected void openCase(String id) {
		page.navigate(url("/cases/" + id));
		assertThat(page.locator("#case-heading")).isVisible();
	}

	/** Opens the action's form on the case page, fills it, submits it, and waits for the page to show the record. */
	protected void act(String slug, Consumer<Page> fill, String recorded) {
		page.click("#act-" + slug);
		assertThat(page.locator("#action-form")).isVisible();
		fill.accept(page);
		page.click("#action-submit");
		assertThat(page.locator("#record tr[data-action='" + recorded + "']")).hasCount(1);
	}

	/** Approves the case's pending request from the approver's inbox. */
	protected void approveInInbox(String approver, String id) {
		signIn(approver);
		page.click("#nav-worklist");
		page.click("#tab-approvals");
		page.fill(".approval-request[data-case='" + id + "'] form:has(.approve) input[name=comment]", "同意");
		page.click(".approval-request[data-case='" + id + "'] .approve");
		assertThat(page.locator(".approval-request[data-case='" + id + "']")).hasCount(0);
	}
}
