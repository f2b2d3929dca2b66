package cn.oneteam.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages satisfy their Content-Security-Policy (issue 11 §5, docs/adr/0011-sign-in-protection.md): the main pages
 * of the public, the administrator, a leader (charts, with their tooltips), an officer (case page with its htmx
 * sections, document print frame) and a dispatcher, reached by address and by htmx-boosted links, each answered with
 * the policy, and not one violation reported by Chromium — neither on the console ("Refused to …") nor as a
 * {@code securitypolicyviolation} event. The session cookie is SameSite=Lax.
 */
class ContentSecurityPolicyJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	private final List<String> violations = new CopyOnWriteArrayList<>();

	private final List<String> visited = new ArrayList<>();

	@BeforeEach
	void listenForViolations() {
		page.onConsoleMessage(message -> {
			String text = message.text();
			if (text.contains("Content Security Policy") || text.contains("Refused to")) {
				violations.add(page.url() + " console: " + text);
			}
		});
		context.exposeBinding("reportCspViolation", (source, args) -> {
			violations.add(source.frame().url() + " event: " + args[0]);
			return null;
		});
		context.addInitScript("document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation("
				+ "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '') + ' ' + e.sourceFile + ':' + e.lineNumber));");
	}

	@Test
	void everyMainPageOfEveryRoleSatisfiesThePolicy() throws Exception {
		visit("/login");
		// the listeners hear a violation: a style attribute put in by script is refused
		page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");
		page.waitForCondition(() -> violations.stream().anyMatch(v -> v.contains("event: style-src")));
		assertThat(violations).anyMatch(v -> v.contains("console: ") && v.contains("style"));
		violations.clear();
		visit("/public/report");
		visit("/public/track");

		signIn("admin");
		assertThat(sessionCookie().sameSite).isEqualTo(SameSiteAttribute.LAX);
		long bureau = jdbc.sql("select id from organization where name = '德令哈市综合行政执法局'").query(Long.class).single();
		long person = jdbc.sql("select id from person where organization_id = ? order by id limit 1").param(bureau)
			.query(Long.class).single();
		for (String path : List.of("/", "/regions?code=632802", "/calendar", "/organizations", "/organizations/" + bureau,
				"/people/" + person, "/catalog", "/catalog/boundary-report?county=632802", "/catalog/responsible",
				"/documents/templates", "/documents/codes", "/documents/forms", "/intake/rules", "/me/tokens",
				"/sign-in/protection", "/cases/approval-chains", "/swagger-ui/index.html")) {
			visit(path);
		}
		// boosted navigation: htmx swaps the body in, scripts and all
		visit("/");
		page.click("#nav-intake");
		assertThat(page).hasURL(url("/intake"));
		page.click("text=编制统计");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.click("#lang-en");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		visited.add("boosted: /intake, /staffing, ?lang=en");

		signIn("hx.leader");
		for (String path : List.of("/staffing", "/intake/indicators", "/whistles/scores")) {
			visit(path);
			hoverCharts();
		}

		signIn("dlh.officer1");
		var document = jdbc.sql("""
				select d.case_id, d.id from issued_document d join penalty_case c on c.id = d.case_id
				where c.place_code like '632802%' order by d.id limit 1""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		for (String path : List.of("/cases", "/cases/worklist", "/cases/approvals", "/cases/alerts", "/cases/new",
				"/cases/on-the-spot", "/cases/" + document[0])) {
			visit(path);
		}
		assertThat(page.locator("#evidence")).isVisible();
		visit("/cases/" + document[0] + "/documents/" + document[1] + "/print");

		signIn("dlh.dispatch");
		long event = jdbc.sql("select id from intake_event where assigned_org_id = ? order by id limit 1").param(bureau)
			.query(Long.class).optional().orElseGet(() -> jdbc.sql("select min(id) from intake_event").query(Long.class).single());
		for (String path : List.of("/intake", "/intake/inbox", "/intake/new", "/intake/new?grid=true",
				"/intake/events/" + event, "/intake/disputes", "/whistles", "/whistles/new")) {
			visit(path);
		}

		assertThat(violations).as("CSP violations on %s", visited).isEmpty();
		assertThat(visited).hasSize(41);
	}

	/** Opens a page by address, waits for its htmx sections, and checks it was served with the policy. */
	private void visit(String path) {
		Response response = page.navigate(url(path));
		assertThat(response.headers().get("content-security-policy")).as("CSP of %s", path)
			.contains("script-src 'self'")
			.contains("style-src 'self'");
		assertThat(response.headers().get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		visited.add(path);
	}

	/** Moves the mouse over each chart, so that ECharts draws its tooltips. */
	private void hoverCharts() {
		var charts = page.locator("[data-chart] canvas");
		assertThat(charts.count()).as("charts drawn on %s", page.url()).isGreaterThan(0);
		for (int i = 0; i < charts.count(); i++) {
			var box = charts.nth(i).boundingBox();
			page.mouse().move(box.x + box.width / 3, box.y + box.height / 2);
			page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
		}
		page.waitForTimeout(300);
	}

	private Cookie sessionCookie() {
		return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
	}
}
