package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * From plan to published result in the browser (docs/adr/0025-inspection-items-and-plans.md, Pages;
 * docs/adr/0030-recording-and-publishing-inspections.md): 德令哈's market department writes and publishes an item,
 * creates this year's plan and a task over the licensees of one issuer; the head approves it (the task's page once in
 * English); an officer draws it with all six of the department's certified inspectors per subject, sees the planned
 * visits with their inspection codes on the task's page, and the draw's public page recomputes it: "matches". The drawn
 * inspector dlh.market.inspector1 (QH632802SJ01) opens a visit, records it on a phone with the code, sees the company's
 * rating secret on the receipt and publishes; an anonymous visitor finds the result on the public results page, checks
 * the code and rates the visit with the secret. No Content-Security-Policy violation.
 */
class PlanToVisitJourneyTest extends BrowserJourney {

	@Autowired
	private Organizations organizations;

	@Autowired
	private Subjects subjects;

	@Autowired
	private Licences licences;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcClient jdbc;

	private static String randomCode(String prefix) {
		StringBuilder digits = new StringBuilder(prefix);
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(digits.toString()).value();
	}

	/** A licensee of the issuer in 德令哈 with that name, registered as the officer would; its code. */
	private String licensee(String issuer, String name) {
		String code = randomCode("91632802");
		actingAs("dlh.officer1", () -> {
			ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
			long id = subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code, name,
					"632802100", "长江路 11 号", null, null), officer).id();
			licences.record(id, new LicenceInputs.Licence("食品经营许可证", "JY" + code.substring(2, 16), issuer,
					"德令哈市市场监督管理局", LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE).plusYears(5), null),
					LicenceSource.MANUAL, officer);
			return id;
		});
		return code;
	}

	@Test
	void aPlanBecomesATaskApprovedDrawnVerifiedPlannedAsCodedVisitsRecordedPublishedAndRated() throws Exception {
		List<String> violations = InspectionResultSteps.cspViolations(page);
		String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
		String issuer = randomCode("11632802");
		List<String> licensees = List.of(licensee(issuer, "旅程抽查有限公司" + suffix),
				licensee(issuer, "旅程抽查有限公司" + suffix));
		String market = String.valueOf(organizations.findByCode("632802-scjg").orElseThrow().id().value());
		int year = LocalDate.now(ChinaTime.ZONE).getYear();
		String itemName = "旅程检查事项" + suffix;
		String planName = year + " 年度旅程抽查计划" + suffix;

		long started = System.nanoTime();
		signIn("dlh.market");
		page.click("#nav-inspections");
		page.fill("#item-name", itemName);
		page.fill("#item-basis", "《食品安全法》第八十七条（测试）");
		page.fill("#item-content", "经营条件与进货查验记录");
		page.check("#inspection-item-add input[name=subjectKinds][value=LEGAL_PERSON]");
		page.click("#inspection-item-add button[type=submit]");
		Locator itemRow = page.locator("#inspection-items tr", new Page.LocatorOptions().setHasText(itemName));
		itemRow.locator("button[type=submit]").click();
		assertThat(page.locator("#inspection-saved")).isVisible();
		assertThat(itemRow.locator("button[type=submit]")).hasCount(0);

		page.click("#inspection-nav-plans");
		page.selectOption("#plan-body", market);
		page.fill("#plan-year", String.valueOf(year));
		page.fill("#plan-name", planName);
		page.check("input.plan-department[value='" + market + "']");
		page.selectOption("#plan-lead", market);
		page.click("#plan-submit");
		assertThat(page.locator("#plan-heading")).containsText(planName);

		page.fill("#task-name", "旅程抽查任务");
		page.check("input.task-department[value='" + market + "']");
		page.locator("#task-form label.form-check", new Page.LocatorOptions().setHasText(itemName))
			.locator("input")
			.check();
		page.check("input.task-kind[value=LEGAL_PERSON]");
		assertThat(page.locator("#task-division")).hasValue("632802");
		page.fill("#task-issuers", issuer);
		page.fill("#task-count-A", "2");
		page.fill("#task-ratio-B", "5");
		// from today: the licensees hold their licences from today, and the window holds the day of recording
		page.fill("#task-from", LocalDate.now(ChinaTime.ZONE).toString());
		page.fill("#task-until", LocalDate.of(year, 12, 31).toString());
		page.click("#task-submit");
		assertThat(page.locator("#task-state")).hasAttribute("data-state", "DRAFT");
		String task = page.url();
		long created = System.nanoTime();

		signIn("dlh.head");
		page.navigate(task);
		page.click("#task-approve-submit");
		assertThat(page.locator("#task-state")).hasAttribute("data-state", "APPROVED");
		assertThat(page.locator("#task-state")).hasText("已批准");
		page.click("#lang-en");
		assertThat(page.locator("#task-state")).hasText("Approved");
		assertThat(page.locator("#inspection-nav-plans")).hasText("Annual inspection plans and tasks");
		screenshot("task-approved-en");
		page.click("#lang-zh");
		assertThat(page.locator("#task-state")).hasText("已批准");
		long approved = System.nanoTime();

		signIn("dlh.officer1");
		page.navigate(task);
		page.fill("#draw-reason", "年度双随机抽查（旅程测试）");
		// all six certified inspectors of the department (docs/adr/0032-inspectors-library-and-recusal.md), so the
		// inspector who signs in below is drawn
		page.fill("#draw-inspectors", "6");
		page.click("#draw-submit");
		assertThat(page.locator("#task-drawn")).isVisible();
		assertThat(page.locator("#task-state")).hasAttribute("data-state", "DRAWN");
		long taskId = Long.parseLong(task.substring(task.lastIndexOf('/') + 1));
		List<String> codes = jdbc.sql("""
				select v.code from inspection_visit v join inspection_visit_part p on p.visit_id = v.id
				where p.task_id = ? order by v.id""").param(taskId).query(String.class).list();
		assertThat(codes).hasSize(2);
		assertThat(page.locator("#task-visits tr.task-visit")).hasCount(2);
		List<String> shown = new ArrayList<>(page.locator("#task-visits .visit-code").allTextContents());
		assertThat(shown).containsExactlyInAnyOrderElementsOf(codes);
		for (String code : licensees) {
			assertThat(page.locator("#task-visits")).containsText(code);
		}
		assertThat(page.locator("#task-visits-all")).hasAttribute("href", "/inspections/visits");
		Locator visit = page.locator("#task-visits tr.task-visit").first();
		assertThat(visit).containsText("QH632802SJ01");
		long visitId = Long.parseLong(visit.getAttribute("data-visit-id"));
		String visitCode = visit.locator(".visit-code").textContent();
		String subjectName = visit.locator("td a").first().textContent();
		screenshot("task-drawn-visits");
		long drawn = System.nanoTime();

		page.click("#task-drawn-link");
		assertThat(page.locator("#draw-heading")).isVisible();
		assertThat(page.locator("#draw-verify[data-result='matches']")).isVisible();
		for (String code : licensees) {
			assertThat(page.locator("#draw-strata")).containsText(code);
		}
		long verified = System.nanoTime();

		InspectionResultSteps steps = new InspectionResultSteps(this);
		signIn("dlh.market.inspector1");
		steps.phone();
		page.navigate(url("/inspections/visits/" + visitId));
		assertThat(page.locator("#visit-code")).hasText(visitCode);
		assertThat(page.locator("#visit-record")).hasText("录入检查结果");
		page.click("#visit-record");
		long itemId = Long.parseLong(page.locator(".record-item", new Page.LocatorOptions().setHasText(itemName))
			.getAttribute("data-item-id"));
		steps.fill(itemId, visitCode);
		screenshot("journey-record-phone");
		String secret = steps.record(jdbc, visitId);
		steps.publish();
		long published = System.nanoTime();

		page.navigate("about:blank");
		context.clearCookies();
		steps.publicResult(subjectName, visitId, itemName);
		steps.rate(jdbc, visitId, visitCode, secret, 5);
		screenshot("journey-rated");
		long rated = System.nanoTime();
		assertThat(violations).isEmpty();
		System.out.printf("plan-to-visit journey: market %d ms, head %d ms, draw %d ms, verify %d ms, record %d ms, "
				+ "public %d ms, total %d ms%n", (created - started) / 1_000_000, (approved - created) / 1_000_000,
				(drawn - approved) / 1_000_000, (verified - drawn) / 1_000_000, (published - verified) / 1_000_000,
				(rated - published) / 1_000_000, (rated - started) / 1_000_000);
	}
}
