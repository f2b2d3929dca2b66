package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisor confirms an enforcement body in the browser (docs/adr/0037-enforcement-bodies-qualification.md): from
 * the supervision hub to the qualification page, the body shows as unconfirmed, the form confirms it for the year, the
 * body then shows as confirmed, the confirmation is announced and appears on the public list without an account.
 */
class QualificationJourneyTest extends BrowserJourney {

	@Autowired
	private Organizations organizations;

	@Test
	void theSupervisorConfirmsABodyAndAnnouncesIt() throws Exception {
		String name = "资格浏览器测试局" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Organization body = SystemActor.call(() -> organizations.register(new NewOrganization(
				"T-QLB-" + UUID.randomUUID().toString().substring(0, 8), name, OrganizationKind.DEPARTMENT,
				BodyType.OWN_POWER, DivisionCode.of("632802"), null, List.of()), JurisdictionScope.nationwide()));
		int year = LocalDate.now(ChinaTime.ZONE).getYear();

		signIn("hx.supervisor");
		page.click("#nav-supervision");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.click("#hub-qualifications");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#qualifications-heading")).hasText("执法主体资格确认");
		Locator row = page.locator("#qualifications-table tr[data-body='" + body.id().value() + "']");
		assertThat(row).hasAttribute("data-state", "UNCONFIRMED");

		page.selectOption("#qualification-body", new SelectOption().setLabel(name));
		page.fill("#qualification-year", String.valueOf(year));
		page.fill("#qualification-from", year + "-01-01");
		page.fill("#qualification-to", (year + 1) + "-03-31");
		page.fill("#qualification-basis", "《中华人民共和国行政处罚法》第十七条（浏览器测试）");
		page.check("#qualification-all");
		page.click("#qualification-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#qualification-done")).isVisible();
		assertThat(row).hasAttribute("data-state", "CONFIRMED");
		assertThat(row).containsText((year + 1) + "-03-31");
		screenshot("qualification-confirmed");

		row.locator(".qualification-publish").click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(row.locator(".qualification-publish")).hasCount(0);

		page.navigate("about:blank");
		context.clearCookies();
		page.navigate(url("/public/qualifications?division=632802&year=" + year));
		assertThat(page.locator("#qualifications-public-table")).containsText(name);
	}
}
