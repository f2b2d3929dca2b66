package cn.oneteam.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing townships' empowerment lists: all rows or none, a re-import that changes nothing, CSV and Excel, rows
 * repeated in a file, the caller's county and permission (docs/adr/0049-importing-empowerment-lists.md). The rows
 * written here are for townships of 茫崖市 (632803) and 大柴旦 (632857) that no demo grant and no other test uses;
 * the shipped example file is for 天峻县 (632823).
 */
class EmpowermentImportTests extends IntegrationTest {

	private static final String HEADER = "乡镇代码,事项编码,方式,实施机关代码,名义机关代码,文号,发文日期,委托期限至,生效日期,终止日期\n";

	private static final String DECISION = "（测试）青海省乡镇（街道）赋权决定第9号";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	Organizations organizations;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private int entries(String township) {
		return jdbc.sql("select count(*) from empowerment where township_code = ?").param(township)
			.query(Integer.class).single();
	}

	private ResultActions upload(String filename, byte[] content, String... params) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/catalog/empowerments/import");
		request.file(new MockMultipartFile("file", filename, "application/octet-stream", content));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request.header("Authorization", "Bearer " + ADMIN_TOKEN));
	}

	private static byte[] csv(String rows) {
		return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
	}

	private static String empowered(String township, String matter, String from) {
		return township + "," + matter + ",赋权,,," + DECISION + ",2025-02-10,," + from + ",\n";
	}

	@Test
	void theShippedExampleImportsIntoTheDemoAndAgainUnchanged() throws Exception {
		byte[] example = Files.readAllBytes(Path.of("docs/examples/empowerments-example.csv"));
		int before = entries("632823100") + entries("632823101") + entries("632823102") + entries("632823200");
		JsonNode first = body(upload("empowerments-example.csv", example).andExpect(status().isOk()));
		assertThat(first.get("rows").asInt()).isEqualTo(7);
		assertThat(first.get("created").asInt()).isEqualTo(7); // no demo grant and no other test uses 天峻县's townships
		int held = entries("632823100") + entries("632823101") + entries("632823102") + entries("632823200");
		assertThat(held - before).isEqualTo(7);
		upload("empowerments-example.csv", example).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(7))
			.andExpect(jsonPath("$.lines[0].row").value(2))
			.andExpect(jsonPath("$.lines[0].outcome").value("UNCHANGED"));
		assertThat(entries("632823100") + entries("632823101") + entries("632823102") + entries("632823200"))
			.isEqualTo(held);
		LocalDate day = LocalDate.of(2026, 6, 1);
		Responsibility empowered = catalog.responsible("HX-CG-001", DivisionCode.of("632823100"), day);
		assertThat(empowered.mode()).isEqualTo(EnforcementMode.EMPOWERED);
		assertThat(empowered.documentName()).isEqualTo("新源镇人民政府");
		Responsibility delegated = catalog.responsible("HX-NY-001", DivisionCode.of("632823101"), day);
		assertThat(delegated.mode()).isEqualTo(EnforcementMode.DELEGATED);
		assertThat(delegated.documentName()).isEqualTo("天峻县综合行政执法局");
		assertThat(catalog.responsible("HX-SJ-001", DivisionCode.of("632823200"), day).mode())
			.isEqualTo(EnforcementMode.STATIONED);
	}

	@Test
	void oneBadRowWritesNothingAndTheProblemNamesRowAndColumn() throws Exception {
		byte[] file = csv(empowered("632803100", "HX-CG-004", "2025-03-01")
				+ empowered("632803100", "HX-XX-999", "2025-03-01")
				+ empowered("632803100", "HX-CG-009", "2025-02-30"));
		upload("bad.csv", file).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:empowerImport.rows-rejected"))
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].column").value("事项编码"))
			.andExpect(jsonPath("$.rows[0].code").value("matter.unknown"))
			.andExpect(jsonPath("$.rows[0].message").value(containsString("HX-XX-999")))
			.andExpect(jsonPath("$.rows[1].row").value(4))
			.andExpect(jsonPath("$.rows[1].column").value("生效日期"));
		assertThat(entries("632803100")).isZero(); // the good first row was not written either
		mvc.perform(multipart("/api/v1/catalog/empowerments/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", file))
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows[0].message").value("There is no matter with code HX-XX-999."));
	}

	@Test
	void aRuleOfTheSingleGrantRefusesItsRow() throws Exception {
		// 委托 without the delegation's term: refused by Catalog.empower as a single grant is (处罚法 §20)
		byte[] file = csv(empowered("632803100", "HX-CG-010", "2025-03-01")
				+ "632803100,HX-CG-011,委托,,632803-zhzf,（测试）委托书,2025-02-10,,2025-03-01,\n");
		upload("rule.csv", file).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].column").value("方式"))
			.andExpect(jsonPath("$.rows[0].code").value("empowerment.mode-mismatch"));
		assertThat(entries("632803100")).isZero();
	}

	@Test
	void reimportingChangesNothingAndADryRunWritesNothing() throws Exception {
		String rows = empowered("632803101", "HX-CG-005", "2025-03-01")
				+ "632803101,HX-SJ-002,派驻,632803-zhzf,,（测试）茫崖市派驻执法组设置决定,2025-02-10,,2025-03-01,\n";
		upload("list.csv", csv(rows)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.dryRun").value(false));
		int held = entries("632803101");
		List<Empowerment> before = catalog.empowerments(DivisionCode.of("632803101"), JurisdictionScope.nationwide());
		upload("list.csv", csv(rows)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(entries("632803101")).isEqualTo(held);
		assertThat(catalog.empowerments(DivisionCode.of("632803101"), JurisdictionScope.nationwide()))
			.isEqualTo(before);

		upload("more.csv", csv(rows + empowered("632803101", "HX-CG-012", "2025-03-01")), "dryRun", "true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(entries("632803101")).isEqualTo(held);

		// the same township, matter and day under another instrument: an import never rewrites an entry
		upload("changed.csv", csv(rows.replace(DECISION, "（测试）另一份决定"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows[0].column").value("文号"))
			.andExpect(jsonPath("$.rows[0].code").value("empowerImport.grant-differs"));
		assertThat(entries("632803101")).isEqualTo(held);
	}

	@Test
	void anExcelWorkbookWithEnglishHeadersAndDateCellsImportsLikeACsv() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "OneTeam", "1.0");
		Worksheet sheet = workbook.newWorksheet("empowerments");
		List<String> header = List.of("township", "matter", "mode", "instrument_number", "instrument_published",
				"effective_from");
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
		}
		sheet.value(1, 0, "632803102");
		sheet.value(1, 1, "HX-CG-006");
		sheet.value(1, 2, "EMPOWERED");
		sheet.value(1, 3, DECISION);
		sheet.value(1, 4, LocalDate.of(2025, 2, 10));
		sheet.value(1, 5, LocalDate.of(2025, 3, 1));
		workbook.finish();
		byte[] xlsx = out.toByteArray();
		upload("list.xlsx", xlsx).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		assertThat(catalog.empowerments(DivisionCode.of("632803102"), JurisdictionScope.nationwide()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.matterCode()).isEqualTo("HX-CG-006");
				assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
				assertThat(e.instrument().published()).isEqualTo(LocalDate.of(2025, 2, 10));
				assertThat(organizations.find(new cn.oneteam.organization.OrganizationId(e.actingOrgId())).orElseThrow()
					.code()).isEqualTo("632803102-gov");
			});
		upload("list.xlsx", xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(1))
			.andExpect(jsonPath("$.created").value(0));
		assertThat(entries("632803102")).isEqualTo(1);
	}

	@Test
	void aRowRepeatedInTheFileIsRefused() throws Exception {
		String row = empowered("632857100", "HX-CG-007", "2025-03-01");
		upload("twice.csv", csv(row + row)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].code").value("empowerImport.duplicate-in-file"))
			.andExpect(jsonPath("$.rows[0].message").value(containsString("2")));
		assertThat(entries("632857100")).isZero();
	}

	@Test
	void aCountyCatalogueManagerImportsForTheTownshipsOfItsCountyOnly() throws Exception {
		String username = countyAdministrator("632857");
		byte[] mixed = csv(empowered("632857101", "HX-CG-008", "2025-03-01")
				+ empowered("632802102", "HX-CG-008", "2025-03-01"));
		mvc.perform(multipart("/api/v1/catalog/empowerments/import")
			.file(new MockMultipartFile("file", "mixed.csv", "text/csv", mixed)).with(as(username)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].column").value("乡镇代码"))
			.andExpect(jsonPath("$.rows[0].code").value("catalog.outside-jurisdiction"));
		assertThat(entries("632857101")).isZero();
		mvc.perform(multipart("/api/v1/catalog/empowerments/import")
			.file(new MockMultipartFile("file", "own.csv", "text/csv", csv(empowered("632857101", "HX-CG-008", "2025-03-01"))))
			.with(as(username)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		assertThat(entries("632857101")).isEqualTo(1);
	}

	@Test
	void anOfficerMayNotImport() throws Exception {
		byte[] file = csv(empowered("632857100", "HX-CG-013", "2025-03-01"));
		mvc.perform(multipart("/api/v1/catalog/empowerments/import")
			.file(new MockMultipartFile("file", "list.csv", "text/csv", file))
			.header("Authorization", "Bearer ot_demo_dlh_officer1_token_for_local_use_only"))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/catalog/empowerments/import")
			.file(new MockMultipartFile("file", "list.csv", "text/csv", file)).with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(entries("632857100")).isZero();
	}

	@Test
	void anUnknownFileTypeAMissingColumnAndTooManyRowsAreRefused() throws Exception {
		upload("list.txt", csv(empowered("632857100", "HX-CG-014", "2025-03-01"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.file-type"));
		upload("list.csv", "乡镇代码,事项编码\n632857100,HX-CG-014\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:empowerImport.header-invalid"))
			.andExpect(jsonPath("$.detail").value(containsString("文号")));
		String row = empowered("632857100", "HX-CG-014", "2025-03-01");
		upload("many.csv", csv(row.repeat(EmpowermentImport.MAX_ROWS + 1))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.too-many-rows"));
		assertThat(entries("632857100")).isZero();
	}

	@Test
	void tooManyRowsOfAWorkbookAreRefusedWhileReading() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "OneTeam", "1.0");
		Worksheet sheet = workbook.newWorksheet("empowerments");
		String[] header = HEADER.strip().split(",");
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		for (int r = 1; r <= EmpowermentImport.MAX_ROWS + 1; r++) {
			sheet.value(r, 0, "632857100");
		}
		workbook.finish();
		upload("many.xlsx", out.toByteArray()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.too-many-rows"))
			.andExpect(jsonPath("$.detail").value(containsString(String.valueOf(EmpowermentImport.MAX_ROWS))));
	}

	@Test
	void blankRowsAreSkippedAndRowsKeepTheirNumbersAndARepeatedColumnIsRefused() throws Exception {
		byte[] file = csv(empowered("632857100", "HX-CG-015", "2025-03-01") + "\n,,,,,,,,,\n"
				+ empowered("632857100", "HX-XX-998", "2025-03-01"));
		upload("blank.csv", file).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:empowerImport.rows-rejected"))
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].row").value(5))
			.andExpect(jsonPath("$.rows[0].code").value("matter.unknown"));
		upload("twice.csv", (HEADER.strip() + ",文号\n" + empowered("632857100", "HX-CG-015", "2025-03-01"))
			.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:upload.header-repeated"))
			.andExpect(jsonPath("$.detail").value(containsString("文号")));
		assertThat(entries("632857100")).isZero();
	}

	@Test
	void theBoundaryPageUploadsAndShowsTheProblems() throws Exception {
		mvc.perform(get("/catalog/boundary-report").param("county", "632857").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"empower-import-form\"")));
		var rejected = mvc.perform(multipart("/catalog/empowerments/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv(empowered("632857100", "HX-NO-000", "2025-03-01"))))
			.param("county", "632857").with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("empowerProblems"))
			.andReturn();
		mvc.perform(get("/catalog/boundary-report").param("county", "632857").with(as("admin"))
			.flashAttrs(rejected.getFlashMap()))
			.andExpect(content().string(containsString("id=\"empower-import-problems\"")))
			.andExpect(content().string(containsString("HX-NO-000")));
		var checked = mvc.perform(multipart("/catalog/empowerments/import")
			.file(new MockMultipartFile("file", "ok.csv", "text/csv", csv(empowered("632857100", "HX-CG-015", "2025-03-01"))))
			.param("dryRun", "true").param("county", "632857").with(as("admin")).with(csrf()))
			.andExpect(flash().attributeExists("empowerImported"))
			.andReturn();
		mvc.perform(get("/catalog/boundary-report").param("county", "632857").with(as("admin"))
			.flashAttrs(checked.getFlashMap()))
			.andExpect(content().string(containsString("id=\"empower-import-rows\"")));
		assertThat(entries("632857100")).isZero();
	}

	/** An administrator whose organisation's territory is the county: a county's catalogue manager. */
	private String countyAdministrator(String county) {
		String code = "t-emp-" + UUID.randomUUID().toString().substring(0, 8);
		return SystemActor.call(() -> {
			Organization office = organizations.register(new NewOrganization(code, "赋权导入测试机构" + code,
					OrganizationKind.GOVERNMENT, null, DivisionCode.of(county), null, List.of()),
					JurisdictionScope.nationwide());
			accounts.open(new Accounts.NewAccount(code, "县级目录管理员（测试）", "OneTeam@2026", office.id(),
					Set.of(Role.ADMINISTRATOR)), JurisdictionScope.nationwide());
			return code;
		});
	}
}
