package cn.oneteam.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 海西州 figures of the reform report come out of the seeded people, posts and teams when counted. */
class StaffingTests extends IntegrationTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Officers officers;

	@Autowired
	Organizations organizations;

	@Autowired
	FormerTeams formerTeams;

	@Test
	void haixiTotalsMatchTheReformReport() {
		StaffingFigures total = staffing.report(DivisionCode.of("6328"), DAY,
				JurisdictionScope.nationwide()).total();
		assertThat(total.authorised()).isEqualTo(650);
		assertThat(total.filled()).isEqualTo(368);
		assertThat(total.vacant()).isEqualTo(282);
		assertThat(total.vacancyRate()).isEqualByComparingTo("43.4");
		assertThat(total.certifiedOfficers()).isEqualTo(284);
		assertThat(total.auxiliaries()).isEqualTo(254);
		assertThat(total.auxiliaryRatio()).isEqualByComparingTo("69.0");
		assertThat(total.stationedGroups()).isEqualTo(30);
		assertThat(total.stationedShare()).isGreaterThanOrEqualTo(new BigDecimal("60"));
		assertThat(total.legalReviewerShare()).isGreaterThanOrEqualTo(new BigDecimal("5"));
	}

	@Test
	void figuresPerBureauThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/organization/staffing").param("division", "6328").param("date", "2026-11-24")
			.header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bodies.length()").value(7))
			.andExpect(jsonPath("$.bodies[?(@.code == '632802-zhzf')].figures.consolidationRatio").value(87.5))
			.andExpect(jsonPath("$.bodies[?(@.code == '632803-zhzf')].figures.consolidationRatio").value(80.0))
			.andExpect(jsonPath("$.bodies[?(@.code == '632823-zhzf')].figures.consolidationRatio").value(85.7))
			.andExpect(jsonPath("$.bodies[?(@.code == '632857-zhzf')].figures.consolidationRatio").value(75.0))
			.andExpect(jsonPath("$.bodies[?(@.code == '632801-zhzf')].figures.stationedGroups").value(10))
			.andExpect(jsonPath("$.counties.length()").value(7))
			.andExpect(jsonPath("$.total.filled").value(368));
	}

	@Test
	void certificatesCountOnlyOnTheDaysTheyAreValid() {
		// on 2023-12-31 only the old 德令哈 certificate (valid 2019-01-01 to 2023-12-31) is valid;
		// on 2024-01-01 it has expired and the 285 issued that day are valid
		assertThat(certified(LocalDate.of(2023, 12, 31))).isEqualTo(1);
		assertThat(certified(LocalDate.of(2024, 1, 1))).isEqualTo(285);
		// one 德令哈 certificate is suspended from 2026-09-01: it still counts the day before
		assertThat(certified(LocalDate.of(2026, 8, 31))).isEqualTo(285);
		assertThat(certified(LocalDate.of(2026, 9, 1))).isEqualTo(284);
	}

	private int certified(LocalDate day) {
		return staffing.report(DivisionCode.of("6328"), day, JurisdictionScope.nationwide()).total().certifiedOfficers();
	}

	/**
	 * Teams before and after come from the former-team register (docs/adr/0051-reform-report.md), by the day: a bureau
	 * of 尖扎县 that absorbed three teams in 2021 and one in 2099 shows 3 → 1 now and nothing in 2020.
	 */
	@Test
	void teamsBeforeAndAfterComeFromTheRegister() {
		JurisdictionScope all = JurisdictionScope.nationwide();
		SystemActor.call(() -> {
			OrganizationId body = organizations.register(new NewOrganization("st-jianzha", "尖扎县综合行政执法局（测试）",
					OrganizationKind.ENFORCEMENT_BUREAU, null, DivisionCode.of("632322"), null,
					List.of(DivisionCode.of("632322"))), all).id();
			for (String team : List.of("城管大队", "市场监管大队", "文化市场大队")) {
				formerTeams.record(body, team, "尖扎县测试局", 4, LocalDate.of(2021, 1, 1), all);
			}
			formerTeams.record(body, "交通运输大队", "尖扎县测试局", 4, LocalDate.of(2099, 1, 1), all);
			return null;
		});
		StaffingFigures now = staffing.report(DivisionCode.of("632322"), DAY, all).total();
		assertThat(now.teamsBefore()).isEqualTo(3);
		assertThat(now.teamsAfter()).isEqualTo(1);
		assertThat(now.consolidationRatio()).isEqualByComparingTo("66.7");
		StaffingFigures before = staffing.report(DivisionCode.of("632322"), LocalDate.of(2020, 12, 31), all).total();
		assertThat(before.teamsBefore()).isZero();
		assertThat(before.teamsAfter()).isZero();
	}

	@Test
	void aTownshipAccountSeesNoCountyBureauFigures() throws Exception {
		mvc.perform(get("/api/v1/organization/staffing").param("division", "6328").with(as("hexi.dispatch")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bodies.length()").value(0));
	}

	@Test
	void aHeadSuspendsACertificateFromThePersonsPageAndTheOfficerNoLongerQualifies() throws Exception {
		// a department's officer: departments are not in the bureaus' staffing figures other tests count
		OrganizationId market = organizations.findByCode("632802-scjg").orElseThrow().id();
		EnforcementDomain domain = EnforcementDomain.MARKET_SUPERVISION;
		PersonId officer = SystemActor.call(() -> officers.register(new NewPerson(market, null, "测试执法员",
				PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, false, false, null, LocalDate.of(2020, 1, 1)),
				JurisdictionScope.nationwide()));
		Certificate certificate = SystemActor.call(() -> officers.issueCertificate(officer, new NewCertificate(
				"TEST-CERT-0001", "青海省人民政府", Set.of(domain), LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)),
				JurisdictionScope.nationwide()));
		assertThat(officers.asOfficer(officer, domain, DAY).qualified()).isTrue();
		mvc.perform(post("/people/{id}/certificate-events", officer.value()).with(as("admin")).with(csrf())
			.param("certificate", String.valueOf(certificate.id())).param("kind", "SUSPENDED")
			.param("effectiveOn", "2026-11-01").param("note", "测试暂停"))
			.andExpect(status().is3xxRedirection());
		Qualification after = officers.asOfficer(officer, domain, DAY);
		assertThat(after.qualified()).isFalse();
		assertThat(after.reasons()).containsExactly("officer.no-valid-certificate");
		assertThat(officers.asOfficer(officer, domain, LocalDate.of(2026, 10, 31)).qualified()).isTrue();
		mvc.perform(get("/people/{id}", officer.value()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测试暂停")));
	}

	@Test
	void auxiliariesNeverQualifyAsOfficers() {
		long auxiliary = officers.people(organizations.findByCode("632802-zhzf").orElseThrow().id(),
				JurisdictionScope.nationwide())
			.stream()
			.filter(p -> p.category() == PersonCategory.AUXILIARY)
			.findFirst()
			.orElseThrow()
			.id()
			.value();
		Qualification q = officers.asOfficer(new PersonId(auxiliary), EnforcementDomain.URBAN_MANAGEMENT, DAY);
		assertThat(q.qualified()).isFalse();
		assertThat(q.reasons()).contains("officer.not-establishment", "officer.no-valid-certificate");
	}
}
