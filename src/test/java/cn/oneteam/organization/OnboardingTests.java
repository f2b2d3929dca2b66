package cn.oneteam.organization;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.JurisdictionScope;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Onboarding a county (docs/adr/0048-onboarding-a-county.md): teams and authorised posts checked, the roster imported
 * all or nothing, again without change, as CSV and .xlsx, a changed row updating its person. Each test has its own
 * bureau in 湟源县 (630123), outside the demo's 海西.
 */
class OnboardingTests extends IntegrationTest {

	private static final String OFFICER_TOKEN = "ot_demo_dlh_officer1_token_for_local_use_only";

	private static final String HEADER = "姓名,身份证号码,人员类别,编制类别,所属队伍,法制审核人员,法律职业资格,入职日期,执法证号,发证机关,执法领域,有效期起,有效期至\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Officers officers;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void theShippedExampleImportsAndImportingItAgainChangesNothing() throws Exception {
		long body = bureau();
		formTeams(body);
		mvc.perform(put("/api/v1/organizations/{id}/authorised-posts", body).header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"administrative\":4,\"publicInstitution\":3,\"service\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(8));
		byte[] example = Files.readAllBytes(Path.of("docs/examples/roster-example.csv"));

		JsonNode first = body(importRoster(body, "roster-example.csv", example).andExpect(status().isOk()));
		assertThat(first.get("created").asInt()).isEqualTo(8);
		assertThat(first.get("unchanged").asInt()).isZero();
		assertThat(first.get("lines").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(first.get("lines").get(0).get("idNumber").asString()).doesNotContain("19850312"); // masked
		List<Person> people = officers.people(new OrganizationId(body), JurisdictionScope.nationwide());
		assertThat(people).hasSize(8);
		Person ma = people.stream().filter(p -> p.name().equals("马建国")).findFirst().orElseThrow();
		assertThat(ma.legalReviewer()).isTrue();
		assertThat(ma.legalQualified()).isTrue();
		assertThat(ma.postKind()).isEqualTo(PostKind.ADMINISTRATIVE);
		assertThat(ma.joinedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
		long certificates = certificates(body);
		assertThat(certificates).isEqualTo(3);
		assertThat(recordEntries(body)).isEqualTo(1);

		// the staffing figures count the imported people: 5 on the establishment, 2 of them stationed, 3 certified
		StaffingFigures figures = staffing.report(DivisionCode.of("630123"), LocalDate.of(2026, 12, 7),
				JurisdictionScope.nationwide())
			.bodies()
			.stream()
			.filter(l -> l.code().equals(code(body)))
			.findFirst()
			.orElseThrow()
			.figures();
		assertThat(figures.authorised()).isEqualTo(8);
		assertThat(figures.filled()).isEqualTo(5);
		assertThat(figures.certifiedOfficers()).isEqualTo(3);
		assertThat(figures.auxiliaries()).isEqualTo(2);
		assertThat(figures.gridWorkers()).isEqualTo(1);
		assertThat(figures.stationed()).isEqualTo(2);
		assertThat(figures.legalReviewers()).isEqualTo(1);

		JsonNode again = body(importRoster(body, "roster-example.csv", example).andExpect(status().isOk()));
		assertThat(again.get("unchanged").asInt()).isEqualTo(8);
		assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).isEqualTo(people);
		assertThat(certificates(body)).isEqualTo(certificates);
		assertThat(recordEntries(body)).isEqualTo(1);
	}

	@Test
	void oneBadRowAmongGoodOnesWritesNothingAndNamesTheRow() throws Exception {
		long body = bureau();
		formTeams(body);
		String csv = HEADER + row("甲一", person(1), "在编", "行政", "湟源县综合行政执法大队", "") // good
				+ row("乙二", person(2), "在编", "事业", "城关镇派驻执法组", "") // good
				+ row("丙三", person(3).substring(0, 17) + wrongCheck(person(3)), "在编", "行政", "", "") // bad check digit
				+ row("丁四", person(4), "辅助", "", "城关镇派驻执法组", certificate(body, 4)) // an auxiliary never holds one
				+ row("戊五", person(5), "在编", "行政", "不存在的中队", ""); // no such team
		long recorded = recordEntries(body);
		importRoster(body, "roster.csv", csv.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:onboard.rows-rejected"))
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.rows[0].row").value(4))
			.andExpect(jsonPath("$.rows[0].column").value("身份证号码"))
			.andExpect(jsonPath("$.rows[0].code").value("idnumber.check"))
			.andExpect(jsonPath("$.rows[1].row").value(5))
			.andExpect(jsonPath("$.rows[1].column").value("执法证号"))
			.andExpect(jsonPath("$.rows[1].code").value("certificate.holder-not-eligible"))
			.andExpect(jsonPath("$.rows[1].message").value(containsString("丁四")))
			.andExpect(jsonPath("$.rows[2].row").value(6))
			.andExpect(jsonPath("$.rows[2].code").value("onboard.team-unknown"));
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).isEmpty();
		assertThat(recordEntries(body)).isEqualTo(recorded);
		// in English the messages are English
		importRoster(body, "roster.csv", csv.getBytes(StandardCharsets.UTF_8), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows[2].message").value(containsString("has no team named")));
	}

	@Test
	void anXlsxRosterImportsAndAChangedRowUpdatesItsPerson() throws Exception {
		long body = bureau();
		formTeams(body);
		String cert = "T-ONB-" + body + "-1";
		byte[] file = xlsx(List.of(
				List.of("name", "id_number", "category", "post_kind", "team", "legal_reviewer", "certificate_number",
						"certificate_issuer", "certificate_domains", "certificate_valid_from", "certificate_valid_to"),
				List.of("己六", person(1), "ESTABLISHMENT", "PUBLIC_INSTITUTION", "城关镇派驻执法组", "no", cert,
						"青海省人民政府", "城市管理、Market supervision", "2024-01-01", "2028-12-31"),
				List.of("庚七", person(2), "网格员", "", "", "否", "", "", "", "", "")));
		JsonNode first = body(importRoster(body, "roster.xlsx", file).andExpect(status().isOk()));
		assertThat(first.get("created").asInt()).isEqualTo(2);
		Person before = only(body, "己六");
		assertThat(officers.person(before.id(), JurisdictionScope.nationwide()).certificates().get(0).domains())
			.hasSize(2);
		assertThat(recordEntries(body)).isEqualTo(1);

		// 己六 moves to the brigade and becomes a legal reviewer; a dry run reports it and writes nothing
		byte[] changed = xlsx(List.of(
				List.of("name", "id_number", "category", "post_kind", "team", "legal_reviewer", "certificate_number",
						"certificate_issuer", "certificate_domains", "certificate_valid_from", "certificate_valid_to"),
				List.of("己六", person(1), "在编", "事业", "湟源县综合行政执法大队", "是", cert, "青海省人民政府",
						"MARKET_SUPERVISION;城市管理", "2024-01-01", "2028-12-31"),
				List.of("庚七", person(2), "网格员", "", "", "否", "", "", "", "", ""),
				List.of("辛八", person(3), "辅助", "", "", "", "", "", "", "", "")));
		JsonNode dry = body(importRoster(body, "roster.xlsx", changed, "zh-CN", true).andExpect(status().isOk()));
		assertThat(dry.get("dryRun").asBoolean()).isTrue();
		assertThat(List.of(dry.get("created").asInt(), dry.get("updated").asInt(), dry.get("unchanged").asInt()))
			.containsExactly(1, 1, 1);
		assertThat(only(body, "己六")).isEqualTo(before);
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).hasSize(2);

		JsonNode second = body(importRoster(body, "roster.xlsx", changed).andExpect(status().isOk()));
		assertThat(second.get("lines").get(0).get("outcome").asString()).isEqualTo("UPDATED");
		assertThat(second.get("lines").get(1).get("outcome").asString()).isEqualTo("UNCHANGED");
		assertThat(second.get("lines").get(2).get("outcome").asString()).isEqualTo("CREATED");
		Person after = only(body, "己六");
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.legalReviewer()).isTrue();
		assertThat(after.teamId()).isNotEqualTo(before.teamId());
		assertThat(after.joinedOn()).isEqualTo(before.joinedOn());
		assertThat(certificates(body)).isEqualTo(1);
		assertThat(recordEntries(body)).isEqualTo(2);
		// the record names the fields the update changed, never an ID number
		String payload = lastPayload(body);
		assertThat(payload).contains("\"changed\"", "team", "legalReviewer").doesNotContain("\"name\"");
		assertThat(payload).doesNotContain(person(1), person(2), person(3), person(1).substring(6, 14));
	}

	@Test
	void anOfficerMayNotOnboard() throws Exception {
		long body = bureau();
		mvc.perform(multipart("/api/v1/organizations/{id}/people/import", body)
			.file(new MockMultipartFile("file", "roster.csv", "text/csv",
					Files.readAllBytes(Path.of("docs/examples/roster-example.csv"))))
			.header("Authorization", "Bearer " + OFFICER_TOKEN))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations/{id}/teams", body).header("Authorization", "Bearer " + OFFICER_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"某大队\",\"kind\":\"BRIGADE\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organizations/{id}/authorised-posts", body).header("Authorization", "Bearer " + OFFICER_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"administrative\":1,\"publicInstitution\":1,\"service\":1}"))
			.andExpect(status().isForbidden());
		assertThat(officers.teams(new OrganizationId(body), JurisdictionScope.nationwide())).isEmpty();
	}

	@Test
	void teamsAndPostsAreChecked() throws Exception {
		long body = bureau();
		formTeams(body);
		team(body, "{\"name\":\"尕海镇派驻执法组\",\"kind\":\"STATIONED_GROUP\",\"township\":\"632802100\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:team.township-outside-territory"));
		team(body, "{\"name\":\"东峡乡派驻执法组\",\"kind\":\"STATIONED_GROUP\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:team.township-mismatch"));
		team(body, "{\"name\":\"东峡乡派驻执法组\",\"kind\":\"STATIONED_GROUP\",\"township\":\"6301232\"}")
			.andExpect(status().isBadRequest());
		team(body, "{\"name\":\" \",\"kind\":\"SQUAD\"}").andExpect(status().isBadRequest());
		team(body, "{\"name\":\"城关镇派驻执法组\",\"kind\":\"STATIONED_GROUP\",\"township\":\"630123100\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:onboard.team-name-taken"));
		assertThat(officers.teams(new OrganizationId(body), JurisdictionScope.nationwide())).hasSize(3);

		mvc.perform(put("/api/v1/organizations/{id}/authorised-posts", body).header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"administrative\":-1,\"publicInstitution\":1,\"service\":1}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/organizations/{id}/authorised-posts", body).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aFileOfAnotherTypeTooLongOrWithoutTheColumnsIsRefused() throws Exception {
		long body = bureau();
		importRoster(body, "roster.txt", "姓名\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.file-type"));
		importRoster(body, "roster.csv", "姓名,人员类别\n张三,在编\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:onboard.header-invalid"))
			.andExpect(jsonPath("$.detail").value(containsString("身份证号码")));
		StringBuilder many = new StringBuilder("姓名,身份证号码,人员类别\n");
		for (int i = 0; i <= RosterImport.MAX_ROWS; i++) {
			many.append("某人,").append(person(i)).append(",网格员\n");
		}
		importRoster(body, "roster.csv", many.toString().getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.too-many-rows"));
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).isEmpty();
	}

	@Test
	void theOnboardingPageImportsAndShowsTheRowReport() throws Exception {
		long body = bureau();
		formTeams(body);
		mvc.perform(get("/organizations/{id}", body).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/organizations/" + body + "/onboard")));
		mvc.perform(get("/organizations/{id}/onboard", body).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roster-form\"")))
			.andExpect(content().string(containsString("东峡乡")));
		String csv = HEADER + row("壬九", person(9), "在编", "行政", "湟源县综合行政执法大队", "")
				+ row("癸十", person(10), "辅助", "行政", "", "");
		mvc.perform(multipart("/organizations/{id}/onboard/roster", body)
			.file(new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as("admin"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roster-rejected\"")))
			.andExpect(content().string(containsString("编制类别")));
		String good = HEADER + row("壬九", person(9), "在编", "行政", "湟源县综合行政执法大队", "");
		mvc.perform(multipart("/organizations/{id}/onboard/roster", body)
			.file(new MockMultipartFile("file", "roster.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(as("admin"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roster-report\"")))
			.andExpect(content().string(containsString("壬九")));
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).hasSize(1);
	}

	@Test
	void anAdministratorOfAnotherCountyMayNotImportIntoThisBody() throws Exception {
		long body = bureau(); // in 湟源县 630123; dlh.head manages personnel in 德令哈市 632802 only
		mvc.perform(multipart("/api/v1/organizations/{id}/people/import", body)
			.file(new MockMultipartFile("file", "roster.csv", "text/csv",
					(HEADER + row("甲一", person(1), "网格员", "", "", "")).getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer ot_demo_dlh_head_token_for_local_use_only"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.not(containsString("rows-rejected"))));
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).isEmpty();
		assertThat(recordEntries(body)).isZero();
	}

	@Test
	void theRulesOnCertificatesAndIdNumbersNameTheirRowsAndADryRunWritesNothing() throws Exception {
		long body = bureau();
		long other = bureau();
		String first = HEADER + row("甲一", person(1), "在编", "行政", "", certificate(body, 1))
				+ row("乙二", person(2), "在编", "行政", "", certificate(body, 2))
				+ row("丙三", person(6), "在编", "行政", "", certificate(body, 6));
		importRoster(body, "roster.csv", first.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());
		// someone in another body holds certificate 7 already
		importRoster(other, "roster.csv",
				(HEADER + row("子一", person(40), "在编", "行政", "", certificate(body, 7))).getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk());
		List<Person> before = officers.people(new OrganizationId(body), JurisdictionScope.nationwide());
		long recorded = recordEntries(body);
		String second = HEADER
				+ row("甲一", person(1), "在编", "行政", "", certificate(body, 1).replace("2028-12-31", "2029-12-31")) // 2
				+ row("丁四", person(3), "在编", "行政", "", certificate(body, 7)) // 3: another body's holder has it
				+ row("戊五", person(4), "在编", "行政", "", certificate(body, 5)) // 4
				+ row("己六", person(5), "在编", "行政", "", certificate(body, 5)) // 5: the number of row 4 again
				+ row("戊五", person(4), "网格员", "", "", "") // 6: the ID number of row 4 again
				+ row("乙二", person(2), "辅助", "", "", "") // 7: a certificate holder cannot become an auxiliary
				+ row("丙三", person(6), "在编", "工勤", "", ""); // 8: nor a 工勤 post
		JsonNode refused = body(importRoster(body, "roster.csv", second.getBytes(StandardCharsets.UTF_8), "zh-CN", true)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:onboard.rows-rejected")));
		java.util.Map<Integer, String> codes = new java.util.TreeMap<>();
		refused.get("rows").forEach(r -> codes.merge(r.get("row").asInt(), r.get("code").asString(), (a, b) -> a + "," + b));
		assertThat(codes).containsEntry(2, "onboard.certificate-differs")
			.containsEntry(3, "onboard.certificate-taken")
			.containsEntry(5, "onboard.certificate-repeated")
			.containsEntry(6, "onboard.id-number-repeated")
			.containsEntry(7, "certificate.holder-not-eligible")
			.containsEntry(8, "certificate.holder-not-eligible")
			.doesNotContainKey(4);
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).isEqualTo(before);
		assertThat(certificates(body)).isEqualTo(3);
		assertThat(recordEntries(body)).isEqualTo(recorded);
	}

	@Test
	void aBomPrefixedCsvWithTheCommonHeaderAndBlankLinesKeepsTheSpreadsheetsRowNumbers() throws Exception {
		long body = bureau();
		String csv = "\uFEFF姓名,身份证号,人员类别,,\n" + "甲一," + person(1) + ",网格员,,\n" + ",,,,\n\n" + "乙二," + person(2)
				+ ",网格员,,\n";
		JsonNode report = body(importRoster(body, "roster.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk()));
		assertThat(report.get("created").asInt()).isEqualTo(2);
		assertThat(report.get("lines").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(report.get("lines").get(1).get("row").asInt()).isEqualTo(5);
		String payload = lastPayload(body);
		assertThat(payload).contains("\"created\"").doesNotContain(person(1), person(2), person(1).substring(6, 14));
	}

	@Test
	void aGb18030CsvOrARepeatedColumnIsRefusedWithAFixedMessage() throws Exception {
		long body = bureau();
		String csv = HEADER + row("甲一", person(1), "网格员", "", "", "");
		importRoster(body, "roster.csv", csv.getBytes(java.nio.charset.Charset.forName("GB18030")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.file-encoding"))
			.andExpect(jsonPath("$.detail").value(containsString("CSV UTF-8")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("Input length"))));
		importRoster(body, "roster.csv", ("姓名,身份证号码,人员类别,姓名\n甲一," + person(1) + ",网格员,甲一\n")
			.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.header-repeated"));
		assertThat(officers.people(new OrganizationId(body), JurisdictionScope.nationwide())).isEmpty();
	}

	@Test
	void aJoiningDayInTheFutureOrOutsideThePlausibleYearsIsRefused() throws Exception {
		long body = bureau();
		String header = "姓名,身份证号码,人员类别,入职日期\n";
		String csv = header + "甲一," + person(1) + ",网格员," + LocalDate.now(clock).plusDays(1) + "\n" + "乙二," + person(2)
				+ ",网格员,2999/1/1\n" + "丙三," + person(3) + ",网格员,1899-12-31\n" + "丁四," + person(4) + ",网格员,45717\n";
		JsonNode refused = body(importRoster(body, "roster.csv", csv.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest()));
		assertThat(refused.get("rows")).hasSize(3);
		assertThat(refused.get("rows").get(0).get("code").asString()).isEqualTo("onboard.joined-in-future");
		assertThat(refused.get("rows").get(1).get("code").asString()).isEqualTo("onboard.date-malformed");
		assertThat(refused.get("rows").get(2).get("code").asString()).isEqualTo("onboard.date-malformed");
		assertThat(refused.get("rows").get(2).get("row").asInt()).isEqualTo(4);
	}

	@Test
	void thePageAndTheApiShareTheBoundOnAuthorisedPosts() throws Exception {
		long body = bureau();
		mvc.perform(post("/organizations/{id}/onboard/posts", body).param("administrative", "100001")
			.param("publicInstitution", "1")
			.param("service", "1")
			.with(as("admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(staffing.authorisedPosts(new OrganizationId(body), JurisdictionScope.nationwide()).values())
			.containsOnly(0);
		mvc.perform(post("/organizations/{id}/onboard/posts", body).param("administrative", "100000")
			.param("publicInstitution", "1")
			.param("service", "1")
			.with(as("admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(staffing.authorisedPosts(new OrganizationId(body), JurisdictionScope.nationwide()))
			.containsEntry(PostKind.ADMINISTRATIVE, 100_000);
	}

	// --- fixture

	/** A new bureau for 湟源县 with a unique code. */
	private long bureau() {
		String code = "630123-onb-" + UUID.randomUUID().toString().substring(0, 8);
		return SystemActor.call(() -> organizations.register(new NewOrganization(code, "湟源县综合行政执法局（测试" + code
				+ "）", OrganizationKind.ENFORCEMENT_BUREAU, BodyType.OWN_POWER, DivisionCode.of("630123"), null,
				List.of()), JurisdictionScope.nationwide()))
			.id()
			.value();
	}

	private String code(long body) {
		return organizations.require(new OrganizationId(body), JurisdictionScope.nationwide()).code();
	}

	/** The brigade and the two stationed groups the example file names. */
	private void formTeams(long body) throws Exception {
		team(body, "{\"name\":\"湟源县综合行政执法大队\",\"kind\":\"BRIGADE\"}").andExpect(status().isCreated());
		team(body, "{\"name\":\"城关镇派驻执法组\",\"kind\":\"STATIONED_GROUP\",\"township\":\"630123100\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.townshipCode").value("630123100"));
		team(body, "{\"name\":\"大华镇派驻执法组\",\"kind\":\"STATIONED_GROUP\",\"township\":\"630123101\"}")
			.andExpect(status().isCreated());
	}

	private ResultActions team(long body, String json) throws Exception {
		return mvc.perform(post("/api/v1/organizations/{id}/teams", body).header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions importRoster(long body, String name, byte[] content) throws Exception {
		return importRoster(body, name, content, "zh-CN");
	}

	private ResultActions importRoster(long body, String name, byte[] content, String language) throws Exception {
		return importRoster(body, name, content, language, false);
	}

	private ResultActions importRoster(long body, String name, byte[] content, String language, boolean dryRun)
			throws Exception {
		return mvc.perform(multipart("/api/v1/organizations/{id}/people/import", body)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("dryRun", String.valueOf(dryRun))
			.header("Accept-Language", language)
			.header("Authorization", "Bearer " + ADMIN_TOKEN));
	}

	/** A CSV row of the header above; a certificate as the last five columns, or none. */
	private static String row(String name, String id, String category, String post, String team, String certificate) {
		return String.join(",", name, id, category, post, team, "否", "否", "2024-03-01",
				certificate.isEmpty() ? ",,,," : certificate.replace('|', ',')) + "\n";
	}

	/** A valid certificate's five columns, joined by |, with a number no other test uses. */
	private static String certificate(long body, int n) {
		return "T-ONB-" + body + "-" + n + "|青海省人民政府|城市管理|2024-01-01|2028-12-31";
	}

	/** An invented ID number of 湟源县 with a valid check character. */
	private static String person(int n) {
		return IdNumber.complete(String.format("630123199001%02d%03d", n % 28 + 1, n % 1000)).value();
	}

	private static char wrongCheck(String id) {
		return id.charAt(17) == '0' ? '1' : '0';
	}

	private Person only(long body, String name) {
		return officers.people(new OrganizationId(body), JurisdictionScope.nationwide())
			.stream()
			.filter(p -> p.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private long certificates(long body) {
		return jdbc.sql("select count(*) from certificate c join person p on p.id = c.person_id where p.organization_id = ?")
			.param(body)
			.query(Long.class)
			.single();
	}

	private long recordEntries(long body) {
		return jdbc.sql("select count(*) from execution_record where subject_type = ? and subject_id = ?")
			.params(RosterImported.SUBJECT, body)
			.query(Long.class)
			.single();
	}

	/** The payload of the body's latest roster record entry. */
	private String lastPayload(long body) {
		return jdbc.sql("select payload from execution_record where subject_type = ? and subject_id = ? order by seq desc limit 1")
			.params(RosterImported.SUBJECT, body)
			.query(String.class)
			.single();
	}

	private static byte[] xlsx(List<List<String>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "OneTeam", "1.0");
		Worksheet sheet = workbook.newWorksheet("roster");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				sheet.value(r, c, rows.get(r).get(c));
			}
		}
		workbook.finish();
		return out.toByteArray();
	}
}
