package cn.oneteam.catalog;

import java.nio.charset.StandardCharsets;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Export and import round trips, and an import with broken rows that applies nothing. */
class CatalogTransferTests extends IntegrationTest {

	private static final String HEADER = String.join(",", CatalogTransfer.COLUMNS) + "\n";

	@Autowired
	CatalogTransfer transfer;

	@Autowired
	Catalog catalog;

	@Autowired
	MockMvc mvc;

	@Test
	void reimportingAnExportedCsvChangesNothing() {
		byte[] csv = transfer.exportCsv();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("DEMO-DQ-118-1", "第一百一十八条第一款");
		ImportReport report = SystemActor.call(() -> transfer.importFile("matters.csv", csv));
		assertThat(report.rows()).isEqualTo(catalog.matters().stream().mapToInt(m -> m.versions().size()).sum());
		assertThat(report.unchanged()).isEqualTo(report.rows());
		assertThat(report.created() + report.revised() + report.rejected()).isZero();
	}

	@Test
	void reimportingAnExportedWorkbookChangesNothing() {
		byte[] xlsx = transfer.exportXlsx();
		assertThat(xlsx).startsWith(0x50, 0x4B); // a zip container
		ImportReport report = SystemActor.call(() -> transfer.importFile("matters.xlsx", xlsx));
		assertThat(report.unchanged()).isEqualTo(report.rows()).isPositive();
	}

	@Test
	void exportedCellsThatLookLikeFormulasAreEscapedAndImportBackUnchanged() throws Exception {
		String csv = HEADER
				+ "TEST-INJ-0001,TRANSPORT,PENALTY,COUNTY,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,,"
				+ "@SUM(1+1),-2+3+cmd|' /C calc'!A0,FINE,AMOUNT,100,1000,,2020-01-01,\n";
		SystemActor.call(() -> transfer.importFile("inj.csv", csv.getBytes(StandardCharsets.UTF_8)));
		String exported = new String(transfer.exportCsv(), StandardCharsets.UTF_8);
		String row = exported.lines().filter(line -> line.startsWith("TEST-INJ-0001")).findFirst().orElseThrow();
		assertThat(row).contains("\"'=HYPERLINK(", ",'@SUM(1+1),", "'-2+3+cmd|")
			.doesNotContain(",=", ",@", ",-2");
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(transfer.exportXlsx()))) {
			assertThat(workbook.getFirstSheet().read().stream()
				.filter(r -> r.getCellText(0).equals("TEST-INJ-0001"))
				.map(r -> r.getCellText(4))).containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")");
		}
		ImportReport again = SystemActor.call(() -> transfer.importFile("matters.csv", exported.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.unchanged()).isEqualTo(again.rows());
		assertThat(catalog.require("TEST-INJ-0001").latest().name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
		assertThat(CatalogTransfer.cell("-12.5")).isEqualTo("-12.5");
		assertThat(CatalogTransfer.uncell(CatalogTransfer.cell("'=x"))).isEqualTo("'=x");
	}

	@Test
	void newMattersAndVersionsAreImported() {
		String csv = HEADER
				+ "TEST-IMP-0001,TRANSPORT,PENALTY,COUNTY,导入测试事项,,,测试法,第一条,FINE|WARNING,AMOUNT,100,1000,,2020-01-01,2024-12-31\n"
				+ "TEST-IMP-0001,TRANSPORT,PENALTY,COUNTY,导入测试事项（修订）,,,测试法,第一条,FINE,AMOUNT,200,2000,,2025-01-01,\n";
		ImportReport report = SystemActor.call(() -> transfer.importFile("new.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(report.created()).isEqualTo(1);
		assertThat(report.revised()).isEqualTo(1);
		assertThat(catalog.require("TEST-IMP-0001").versions()).hasSize(2);
		ImportReport again = SystemActor.call(() -> transfer.importFile("new.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.unchanged()).isEqualTo(2);
	}

	@Test
	void aHandWrittenFileWithOpenVersionsImportsTwiceUnchanged() {
		String csv = HEADER
				+ "TEST-IMP-0005,TRANSPORT,PENALTY,COUNTY,旧文本,,,测试法,第一条,FINE,AMOUNT,100,1000,,2020-01-01,\n"
				+ "TEST-IMP-0005,TRANSPORT,PENALTY,COUNTY,新文本,,,测试法,第一条,FINE,AMOUNT,100,2000,,2025-01-01,\n";
		SystemActor.call(() -> transfer.importFile("open.csv", csv.getBytes(StandardCharsets.UTF_8)));
		ImportReport again = SystemActor.call(() -> transfer.importFile("open.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.unchanged()).isEqualTo(2);
	}

	@Test
	void overlongTextIsARowProblemNotAServerError() {
		String csv = HEADER + "TEST-IMP-0006,TRANSPORT,PENALTY,COUNTY," + "长".repeat(301)
				+ ",,,测试法,第一条,FINE,AMOUNT,100,1000,,2020-01-01,\n";
		assertThatThrownBy(() -> SystemActor.call(() -> transfer.importFile("long.csv", csv.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(ImportRejected.class, r -> assertThat(r.report().lines().get(0).problem())
				.isEqualTo("catalog.text-too-long"));
	}

	@Test
	void aFileWithBrokenRowsAppliesNothingAndReportsEachRow() throws Exception {
		String csv = HEADER
				+ "TEST-IMP-0002,TRANSPORT,PENALTY,COUNTY,好的一行,,,测试法,第二条,FINE,AMOUNT,100,1000,,2020-01-01,\n"
				+ "TEST-IMP-0003,TRANSPORT,PENALTY,COUNTY,坏的一行,,,测试法,第三条,FINE,AMOUNT,5000,500,,2020-01-01,\n"
				+ "TEST-IMP-0004,NOWHERE,PENALTY,COUNTY,坏的领域,,,测试法,第四条,FINE,AMOUNT,1,2,,2020-01-01,\n"
				+ "DEMO-DQ-118-1,URBAN_MANAGEMENT,PENALTY,COUNTY,改写历史,,,测试法,第五条,FINE,AMOUNT,1,2,,2018-10-26,\n";
		assertThatThrownBy(() -> SystemActor.call(() -> transfer.importFile("broken.csv", csv.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(ImportRejected.class, rejected -> {
				assertThat(rejected.report().rejected()).isEqualTo(3);
				assertThat(rejected.report().lines()).extracting(ImportReport.Row::problem)
					.containsExactly(null, "matter.fine-range-invalid", "import.value-malformed", "import.version-differs");
				assertThat(rejected.report().lines().get(1).row()).isEqualTo(3);
			});
		assertThat(catalog.find("TEST-IMP-0002")).isEmpty(); // the good row was not applied either
		mvc.perform(multipart("/api/v1/catalog/matters/import")
			.file(new MockMultipartFile("file", "broken.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:import.rows-rejected"))
			.andExpect(jsonPath("$.report.rejected").value(3))
			.andExpect(jsonPath("$.report.lines[1].problem").value("matter.fine-range-invalid"));
		assertThat(catalog.find("TEST-IMP-0002")).isEmpty();
	}

	@Test
	void aFileWithoutTheColumnsIsRefused() {
		assertThatThrownBy(() -> SystemActor.call(() -> transfer.importFile("x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(CatalogViolation.class, v -> assertThat(v.code()).isEqualTo("import.header-invalid"));
		assertThatThrownBy(() -> SystemActor.call(() -> transfer.importFile("x.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("upload.file-unreadable"));
	}

	@Test
	void theExportDownloadsAsAFile() throws Exception {
		mvc.perform(get("/api/v1/catalog/matters/export").param("format", "xlsx").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("matters.xlsx")));
	}
}
