package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The resolver across modes, dates and gaps, the boundary report, and the rules on entries (demo catalogue of 德令哈). */
class CatalogIntegrationTests extends IntegrationTest {

	private static final String FUMES = "DEMO-DQ-118-1";

	private static final String FUMES_PROJECT = "DEMO-DQ-118-2";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	Organizations organizations;

	private Responsibility resolve(String matter, String place, String day) {
		return catalog.responsible(matter, DivisionCode.of(place), LocalDate.parse(day));
	}

	@Test
	void anEmpoweredTownshipActsInItsOwnName() {
		Responsibility r = resolve(FUMES, "632802001", "2026-11-24");
		assertThat(r.mode()).isEqualTo(EnforcementMode.EMPOWERED);
		assertThat(r.enforcingBody()).isEqualTo("河西街道办事处");
		assertThat(r.documentName()).isEqualTo("河西街道办事处");
		assertThat(r.instrument()).isNotNull();
		assertThat(r.explanationZh()).contains("第二十四条");
		assertThat(r.explanationEn()).contains("Article 24");
	}

	@Test
	void beforeItsEmpowermentTheCountyBureauEnforces() {
		Responsibility r = resolve(FUMES, "632802001", "2022-03-31");
		assertThat(r.mode()).isEqualTo(EnforcementMode.OWN_POWER);
		assertThat(r.enforcingBody()).isEqualTo("德令哈市综合行政执法局");
		assertThat(resolve(FUMES, "632802001", "2022-04-01").mode()).isEqualTo(EnforcementMode.EMPOWERED);
	}

	@Test
	void aDelegateActsInTheDelegatorsNameWithinTheTerm() {
		Responsibility r = resolve(FUMES, "632802100", "2026-12-31");
		assertThat(r.mode()).isEqualTo(EnforcementMode.DELEGATED);
		assertThat(r.enforcingBody()).isEqualTo("尕海镇人民政府");
		assertThat(r.documentName()).isEqualTo("德令哈市综合行政执法局");
		assertThat(r.explanationZh()).contains("第二十条");
		// the day after the delegation's term the county bureau enforces again
		assertThat(resolve(FUMES, "632802100", "2027-01-01").mode()).isEqualTo(EnforcementMode.OWN_POWER);
	}

	@Test
	void aStationedTeamActsInTheCountyBodysName() {
		Responsibility r = resolve(FUMES, "632802200", "2026-11-24");
		assertThat(r.mode()).isEqualTo(EnforcementMode.STATIONED);
		assertThat(r.documentName()).isEqualTo("德令哈市综合行政执法局");
	}

	@Test
	void nobodyAndSeveralAreProblemsNotGuesses() throws Exception {
		mvc.perform(get("/api/v1/catalog/responsible").param("matter", FUMES_PROJECT).param("division", "632802102")
			.param("date", "2026-11-24").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:catalog.nobody-responsible"));
		mvc.perform(get("/api/v1/catalog/responsible").param("matter", FUMES).param("division", "632802101")
			.param("date", "2026-11-24").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:catalog.several-responsible"));
		mvc.perform(get("/api/v1/catalog/responsible").param("matter", FUMES).param("division", "632802001")
			.param("date", "2018-10-25").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:matter.not-in-force"));
		mvc.perform(get("/api/v1/catalog/responsible").param("matter", "NO-SUCH-1").param("division", "632802001")
			.header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:matter.unknown"));
	}

	@Test
	void importedRealMattersAreEnforcedByEachCountyBureauUnlessATownshipIsEmpowered() {
		Matter food = catalog.require("HX-SJ-001");
		assertThat(food.latest().penaltyLaw()).isEqualTo("《中华人民共和国食品安全法》");
		assertThat(resolve("HX-SJ-001", "632801", "2026-11-24").enforcingBody()).isEqualTo("格尔木市综合行政执法局");
		assertThat(resolve("HX-SJ-001", "632857", "2026-11-24").enforcingBody()).isEqualTo("大柴旦行政委员会综合行政执法局");
		assertThat(resolve("HX-CG-001", "632802001", "2026-11-24").mode()).isEqualTo(EnforcementMode.EMPOWERED);
		assertThat(resolve("HX-CG-001", "632802001", "2025-01-31").mode()).isEqualTo(EnforcementMode.OWN_POWER);
		assertThat(resolve("HX-NY-001", "632802100", "2026-11-24").documentName()).isEqualTo("德令哈市综合行政执法局");
		assertThat(catalog.matters().stream().filter(m -> m.code().startsWith("HX-")).map(Matter::domain).distinct())
			.hasSize(7);
	}

	@Test
	void theApiAnswersWithTheNameOnDocumentsAndTheInstrument() throws Exception {
		mvc.perform(get("/api/v1/catalog/responsible").param("matter", FUMES).param("division", "632802100")
			.param("date", "2026-11-24").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value("DELEGATED"))
			.andExpect(jsonPath("$.documentName").value("德令哈市综合行政执法局"))
			.andExpect(jsonPath("$.place").value("632802100"))
			.andExpect(jsonPath("$.instrument.termTo").value("2026-12-31"))
			.andExpect(jsonPath("$.explanationEn").value(containsString("delegat")));
	}

	@Test
	void theBoundaryReportFindsTheSeededGapAndOverlap() {
		BoundaryReport report = catalog.boundaryReport(DivisionCode.of("632802"), LocalDate.of(2026, 11, 24),
				JurisdictionScope.nationwide());
		assertThat(report.townships()).isEqualTo(7);
		// other tests add matters of their own: look at the demo matters only
		assertThat(report.gaps().stream().filter(f -> f.matterCode().startsWith("DEMO-")))
			.extracting(f -> f.matterCode() + "@" + f.township().value())
			.containsExactly(FUMES_PROJECT + "@632802102");
		assertThat(report.overlaps().stream().filter(f -> f.matterCode().startsWith("DEMO-"))).singleElement().satisfies(f -> {
			assertThat(f.matterCode()).isEqualTo(FUMES);
			assertThat(f.township().value()).isEqualTo("632802101");
			assertThat(f.records()).hasSize(2);
		});
	}

	@Test
	void overlappingEmpowermentPeriodsAreRefused() {
		// 火车站街道 and matter 2: used by no other test
		DivisionCode station = DivisionCode.of("632802003");
		long township = organizations.findByCode("632802003-gov").orElseThrow().id().value();
		SystemActor.call(() -> catalog.empower(station, FUMES_PROJECT, EnforcementMode.EMPOWERED, township, township,
				new LegalInstrument("X-1", LocalDate.of(2025, 1, 1), null), LocalDate.of(2025, 1, 1), null,
				JurisdictionScope.nationwide()));
		assertThatThrownBy(() -> SystemActor.call(() -> catalog.empower(station, FUMES_PROJECT,
				EnforcementMode.EMPOWERED, township, township, new LegalInstrument("X-2", LocalDate.of(2024, 1, 1), null),
				LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), JurisdictionScope.nationwide())))
			.isInstanceOfSatisfying(CatalogViolation.class, v -> assertThat(v.code()).isEqualTo("empowerment.overlap"));
		// ending the day before the existing entry starts is allowed
		Empowerment earlier = SystemActor.call(() -> catalog.empower(station, FUMES_PROJECT, EnforcementMode.EMPOWERED,
				township, township, new LegalInstrument("X-0", LocalDate.of(2024, 1, 1), null), LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), JurisdictionScope.nationwide()));
		assertThat(earlier.effectiveTo()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void aDelegationNeedsATermAndTheRightBodies() {
		long gahai = organizations.findByCode("632802100-gov").orElseThrow().id().value();
		long bureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		assertThatThrownBy(() -> SystemActor.call(() -> catalog.empower(DivisionCode.of("632802100"), FUMES_PROJECT,
				EnforcementMode.DELEGATED, gahai, bureau, new LegalInstrument("W-1", LocalDate.of(2025, 1, 1), null),
				LocalDate.of(2025, 1, 1), null, JurisdictionScope.nationwide())))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("empowerment.mode-mismatch"));
		assertThatThrownBy(() -> SystemActor.call(() -> catalog.empower(DivisionCode.of("632802100"), FUMES_PROJECT,
				EnforcementMode.EMPOWERED, bureau, bureau, new LegalInstrument("W-2", LocalDate.of(2025, 1, 1), null),
				LocalDate.of(2025, 1, 1), null, JurisdictionScope.nationwide())))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("empowerment.mode-mismatch"));
	}

	@Test
	void aRevisionKeepsHistoryAndEachDayHasItsVersion() {
		String code = "TEST-REV-0001";
		SystemActor.call(() -> catalog.register(new NewMatter(code, EnforcementDomain.TRANSPORT, MatterKind.PENALTY,
				MatterLevel.COUNTY, version("测试事项（旧）", "1000", LocalDate.of(2020, 1, 1)))));
		Matter revised = SystemActor.call(() -> catalog.revise(code, version("测试事项（新）", "2000", LocalDate.of(2025, 7, 1))));
		assertThat(revised.versions()).hasSize(2);
		assertThat(revised.versionOn(LocalDate.of(2025, 6, 30)).orElseThrow().name()).isEqualTo("测试事项（旧）");
		assertThat(revised.versionOn(LocalDate.of(2025, 7, 1)).orElseThrow().name()).isEqualTo("测试事项（新）");
		assertThat(revised.versions().get(0).effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThatThrownBy(() -> SystemActor.call(() -> catalog.revise(code, version("回溯", "3000", LocalDate.of(2025, 7, 1)))))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("matter.revision-not-later"));
	}

	@Test
	void aMatterWithABrokenFineRangeIsRefusedThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/catalog/matters").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "TEST-BAD-0001", "domain": "TRANSPORT", "kind": "PENALTY", "level": "COUNTY",
					 "version": {"name": "测试", "penaltyLaw": "测试法", "penaltyArticle": "第一条",
					   "penaltyKinds": ["FINE"], "fineKind": "AMOUNT", "fineMin": 5000, "fineMax": 500,
					   "effectiveFrom": "2026-01-01"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:matter.fine-range-invalid"));
		assertThat(catalog.find("TEST-BAD-0001")).isEmpty();
		mvc.perform(post("/api/v1/catalog/matters").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aTownshipAccountSeesOnlyItsOwnEmpowermentEntries() throws Exception {
		mvc.perform(get("/api/v1/catalog/empowerments").param("division", "632802").with(as("hexi.dispatch")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(6)) // the demo matter and five imported urban-management matters
			.andExpect(jsonPath("$[*].township", everyItem(is("632802001"))));
	}

	@Test
	void anAdministratorAddsAnEntryFromTheBoundaryPage() throws Exception {
		mvc.perform(post("/catalog/empowerments").with(as("admin")).with(csrf())
			.param("township", "632802102").param("matter", "HX-CG-010").param("mode", "EMPOWERED")
			.param("actingOrg", "632802102-gov").param("nameOrg", "632802102-gov")
			.param("instrumentNumber", "（测试）赋权决定").param("instrumentPublished", "2026-01-05")
			.param("effectiveFrom", "2026-02-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("empowered"));
		assertThat(resolve("HX-CG-010", "632802102", "2026-11-24").enforcingBody()).isEqualTo("柯鲁柯镇人民政府");
		mvc.perform(post("/catalog/empowerments").with(as("admin")).with(csrf())
			.param("township", "632802102").param("matter", "HX-CG-010").param("mode", "EMPOWERED")
			.param("actingOrg", "632802102-gov").param("nameOrg", "632802102-gov")
			.param("instrumentNumber", "（测试）重复").param("instrumentPublished", "2026-01-05")
			.param("effectiveFrom", "2026-03-01"))
			.andExpect(flash().attributeExists("error"));
	}

	@Test
	void aCoerciveMatterNeedsNoPenaltyKindButAPenaltyMatterDoes() {
		MatterVersion noKinds = new MatterVersion(1, "测试：扣押", null, null, "测试法", "第二条", Set.of(), StatutoryFine.NONE,
				LocalDate.of(2020, 1, 1), null);
		assertThat(SystemActor.call(() -> catalog.register(new NewMatter("TEST-COE-0002", EnforcementDomain.TRANSPORT,
				MatterKind.COERCION, MatterLevel.COUNTY, noKinds))).kind()).isEqualTo(MatterKind.COERCION);
		assertThatThrownBy(() -> SystemActor.call(() -> catalog.register(new NewMatter("TEST-PEN-0002",
				EnforcementDomain.TRANSPORT, MatterKind.PENALTY, MatterLevel.COUNTY, noKinds))))
			.isInstanceOfSatisfying(CatalogViolation.class, v -> assertThat(v.code()).isEqualTo("matter.no-penalty-kind"));
	}

	@Test
	void coercivePowersAreNeverDelegated() {
		SystemActor.call(() -> catalog.register(new NewMatter("TEST-COE-0001", EnforcementDomain.URBAN_MANAGEMENT,
				MatterKind.COERCION, MatterLevel.COUNTY, version("测试：查封场所", "1000", LocalDate.of(2020, 1, 1)))));
		long gahai = organizations.findByCode("632802100-gov").orElseThrow().id().value();
		long bureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		assertThatThrownBy(() -> SystemActor.call(() -> catalog.empower(DivisionCode.of("632802100"), "TEST-COE-0001",
				EnforcementMode.DELEGATED, gahai, bureau,
				new LegalInstrument("W-9", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)), LocalDate.of(2025, 1, 1),
				null, JurisdictionScope.nationwide())))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("empowerment.coercion-not-delegable"));
	}

	@Test
	void codesFollowTheConfiguredScheme() {
		assertThatThrownBy(() -> SystemActor.call(() -> catalog.register(new NewMatter("坏编码", EnforcementDomain.TRANSPORT,
				MatterKind.PENALTY, MatterLevel.COUNTY, version("测试", "100", LocalDate.of(2020, 1, 1))))))
			.isInstanceOfSatisfying(CatalogViolation.class, v -> assertThat(v.code()).isEqualTo("matter.code-malformed"));
	}

	@Test
	void boundaryListsKeepToTheJurisdiction() throws Exception {
		mvc.perform(get("/api/v1/catalog/boundaries").param("division", "6328").with(as("hexi.dispatch")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].territory", everyItem(oneOf("632802", "632802001"))));
		mvc.perform(get("/api/v1/catalog/boundaries").param("division", "6328").with(as("dlh.officer1")))
			.andExpect(jsonPath("$[*].territory", everyItem(startsWith("632802"))));
	}

	private static MatterVersion version(String name, String max, LocalDate from) {
		return new MatterVersion(1, name, null, null, "测试法", "第一条", Set.of(PenaltyKind.FINE),
				StatutoryFine.amount(null, new BigDecimal(max)), from, null);
	}
}
