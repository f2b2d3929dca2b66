package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.JurisdictionScope;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator onboards a new 湟源县 bureau in the browser (docs/adr/0048-onboarding-a-county.md): forms its
 * brigade and a stationed group, sets its posts, checks a roster (dry run) and imports it, and sees the row report; the
 * page passes the accessibility check.
 */
class OnboardingJourneyTest extends BrowserJourney {

	@Autowired
	Organizations organizations;

	@Test
	void theAdministratorFormsTeamsSetsPostsAndImportsTheRoster() throws Exception {
		String code = "630123-onbj-" + UUID.randomUUID().toString().substring(0, 8);
		long body = SystemActor.call(() -> organizations.register(new NewOrganization(code, "湟源县综合行政执法局（旅程）",
				OrganizationKind.ENFORCEMENT_BUREAU, BodyType.OWN_POWER, DivisionCode.of("630123"), null, List.of()),
				JurisdictionScope.nationwide()))
			.id()
			.value();
		signIn("admin");
		page.navigate(url("/organizations/" + body));
		page.click("#onboard-link");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#onboard-heading")).containsText("机构接入");

		page.fill("#team-name", "湟源县综合行政执法大队");
		page.selectOption("#team-kind", "BRIGADE");
		page.click("#team-form button[type=submit]");
		assertThat(page.locator("#team-formed")).isVisible();
		page.fill("#team-name", "城关镇派驻执法组");
		page.selectOption("#team-kind", "STATIONED_GROUP");
		page.selectOption("#team-township", "630123100");
		page.click("#team-form button[type=submit]");
		assertThat(page.locator("#onboard-teams tbody tr")).hasCount(2);

		page.fill("#posts-administrative", "3");
		page.fill("#posts-public", "2");
		page.fill("#posts-service", "1");
		page.click("#posts-form button[type=submit]");
		assertThat(page.locator("#posts-saved")).isVisible();
		assertThat(page.locator("#posts-public")).hasValue("2");

		Path roster = Files.createTempFile("roster", ".csv");
		Files.writeString(roster, "姓名,身份证号码,人员类别,编制类别,所属队伍\n"
				+ "旅甲," + IdNumber.complete("63012319910101001").value() + ",在编,行政,湟源县综合行政执法大队\n"
				+ "旅乙," + IdNumber.complete("63012319920202002").value() + ",辅助,,城关镇派驻执法组\n", StandardCharsets.UTF_8);
		page.setInputFiles("#roster-file", roster);
		page.check("#roster-dry-run");
		page.click("#roster-form button[type=submit]");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#roster-totals")).containsText("未写入");
		page.setInputFiles("#roster-file", roster);
		page.click("#roster-form button[type=submit]");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#roster-totals")).containsText("新增 2 人");
		assertThat(page.locator("#roster-report tbody tr")).hasCount(2);
		assertThat(page.locator("#onboard-teams tbody tr").first()).containsText("1");
		assertThat(page.locator("#roster-report")).containsText("旅甲");
		AxeCheck.assertAccessible(page, "onboarding");
		screenshot("onboarding");

		// in English, a refused roster names the row, the column and the reason
		page.navigate(url("/organizations/" + body + "/onboard?lang=en"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#onboard-heading")).containsText("Onboarding");
		Files.writeString(roster, "name,id_number,category,team\n旅丙,630123199303030030,ESTABLISHMENT,no such team\n",
				StandardCharsets.UTF_8);
		page.setInputFiles("#roster-file", roster);
		page.click("#roster-form button[type=submit]");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#roster-rejected tbody tr")).hasCount(2);
		assertThat(page.locator("#roster-rejected")).containsText("has no team named");
		AxeCheck.assertAccessible(page, "onboarding-rejected");
		Files.deleteIfExists(roster);
	}
}
