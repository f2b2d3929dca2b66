package cn.oneteam.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.shared.CreditCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Importing subjects as 德令哈's officer (jurisdiction 632802): a valid CSV and .xlsx stored whole, with one record
 * entry; one bad row, a repeated code, a code already registered or a division outside the jurisdiction and nothing
 * is stored, the report naming the row, column and reason (docs/adr/0019-subject-register.md, import).
 */
class SubjectImportTests extends IntegrationTest {

	private static final String HEADER = "code,kind,name,division,address,representative,industry,status";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FullProcessRecord record;

	private static String freshCreditCode(String prefix) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(prefix + "632802" + body).value();
	}

	private static List<String> validRows(int n) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			boolean individual = i % 3 == 0;
			rows.add(String.join(",", freshCreditCode(individual ? "92" : "91"),
					individual ? "INDIVIDUAL_BUSINESS" : "LEGAL_PERSON", "导入商户" + i, "632802100",
					"长江路 " + i + " 号", "王某", "F5211", i % 5 == 0 ? "SUSPENDED" : ""));
		}
		return rows;
	}

	private static byte[] csv(List<String> rows) {
		return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private ResultActions upload(String format, byte[] body, Locale locale) throws Exception {
		return mvc.perform(post("/api/v1/subjects/import").with(as("dlh.officer1")).with(csrf())
			.param("format", format)
			.param("fileName", "subjects." + format)
			.header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(body));
	}

	private long stored(List<String> rows) {
		String[] codes = rows.stream().map(r -> r.substring(0, r.indexOf(','))).toArray(String[]::new);
		return jdbc.sql("select count(*) from market_subject where code = any(?)").param(codes)
			.query(Long.class)
			.single();
	}

	@Test
	void aValidCsvIsStoredWholeWithOneRecordEntry() throws Exception {
		List<String> rows = validRows(120);
		upload("csv", csv(rows), Locale.SIMPLIFIED_CHINESE).andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsRead").value(120))
			.andExpect(jsonPath("$.stored").value(120))
			.andExpect(jsonPath("$.refused").isEmpty())
			.andExpect(jsonPath("$.sha256").isString());
		assertThat(stored(rows)).isEqualTo(120);
		String first = rows.get(0).substring(0, 18);
		long id = jdbc.sql("select id from market_subject where code = ?").param(first).query(Long.class).single();
		assertThat(jdbc.sql("select status from market_subject where code = ?").param(first)
			.query(String.class).single()).isEqualTo("SUSPENDED");
		List<RecordEntry> entries = record.entries("market_subject", id);
		assertThat(entries).extracting(RecordEntry::action).containsExactly("imported");
		assertThat(entries.get(0).toString()).contains("subjects.csv").contains("120");
		long others = jdbc.sql("""
				select count(*) from market_subject s where s.code = any(?) and s.id <> ? and exists
				  (select 1 from execution_record e where e.subject_type = 'market_subject' and e.subject_id = s.id)""")
			.params(rows.stream().map(r -> r.substring(0, 18)).toArray(String[]::new), id)
			.query(Long.class)
			.single();
		assertThat(others).isZero();
	}

	@Test
	void aValidWorkbookIsStoredWhole() throws Exception {
		List<String> rows = validRows(30);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "OneTeam", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("subjects");
			String[] header = HEADER.split(",");
			for (int c = 0; c < header.length; c++) {
				sheet.value(0, c, header[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				String[] cells = rows.get(r).split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					if (!cells[c].isEmpty()) {
						sheet.value(r + 1, c, cells[c]);
					}
				}
			}
		}
		upload("xlsx", out.toByteArray(), Locale.SIMPLIFIED_CHINESE).andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsRead").value(30))
			.andExpect(jsonPath("$.stored").value(30));
		assertThat(stored(rows)).isEqualTo(30);
	}

	@Test
	void oneBadCheckCharacterAmongManyStoresNothingAndNamesRowColumnAndReason() throws Exception {
		List<String> rows = validRows(200);
		String good = freshCreditCode("91");
		char wrong = good.charAt(17) == '0' ? '1' : '0';
		rows.set(136, good.substring(0, 17) + wrong + ",LEGAL_PERSON,坏代码商户,632802100,长江路 9 号,,,");
		upload("csv", csv(rows), Locale.ENGLISH).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:subject.import.rows-rejected"))
			.andExpect(jsonPath("$.report.stored").value(0))
			.andExpect(jsonPath("$.report.rowsRead").value(200))
			.andExpect(jsonPath("$.report.refused.length()").value(1))
			.andExpect(jsonPath("$.report.refused[0].row").value(138))
			.andExpect(jsonPath("$.report.refused[0].column").value("code"))
			.andExpect(jsonPath("$.report.refused[0].problem").value("creditcode.check"))
			.andExpect(jsonPath("$.report.refused[0].reason")
				.value("Position 18 (the check character) should be \"" + good.charAt(17) + "\", not \"" + wrong + "\"."));
		assertThat(stored(rows)).isZero();
	}

	@Test
	void aCodeRepeatedInTheFileOrRegisteredAlreadyIsRefused() throws Exception {
		List<String> first = validRows(3);
		upload("csv", csv(first), Locale.SIMPLIFIED_CHINESE).andExpect(status().isOk());
		List<String> rows = validRows(10);
		rows.set(6, rows.get(2).replace("导入商户2", "重复商户"));
		rows.set(8, first.get(1));
		upload("csv", csv(rows), Locale.SIMPLIFIED_CHINESE).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.report.refused.length()").value(2))
			.andExpect(jsonPath("$.report.refused[0].row").value(8))
			.andExpect(jsonPath("$.report.refused[0].column").value("code"))
			.andExpect(jsonPath("$.report.refused[0].problem").value("subject.import.duplicate-in-file"))
			.andExpect(jsonPath("$.report.refused[0].reason").value("此代码已在第 4 行出现。"))
			.andExpect(jsonPath("$.report.refused[1].row").value(10))
			.andExpect(jsonPath("$.report.refused[1].problem").value("subject.duplicate-code"));
		List<String> fresh = new ArrayList<>(rows);
		fresh.remove(8);
		fresh.remove(6);
		assertThat(stored(fresh)).isZero();
	}

	@Test
	void aDivisionOutsideTheJurisdictionAndAKindThatDoesNotFitTheCodeAreRefused() throws Exception {
		List<String> rows = validRows(5);
		rows.set(1, rows.get(1).replace("632802100", "632801100"));
		rows.set(4, rows.get(4).replace("LEGAL_PERSON", "INDIVIDUAL_BUSINESS"));
		upload("csv", csv(rows), Locale.ENGLISH).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.report.refused.length()").value(2))
			.andExpect(jsonPath("$.report.refused[0].row").value(3))
			.andExpect(jsonPath("$.report.refused[0].column").value("division"))
			.andExpect(jsonPath("$.report.refused[0].problem").value("subject.outside-jurisdiction"))
			.andExpect(jsonPath("$.report.refused[0].reason").value("Division \"632801100\" lies outside your jurisdiction."))
			.andExpect(jsonPath("$.report.refused[1].row").value(6))
			.andExpect(jsonPath("$.report.refused[1].column").value("kind"))
			.andExpect(jsonPath("$.report.refused[1].problem").value("subject.kind-code-mismatch"));
		assertThat(stored(rows)).isZero();
	}

	@Test
	void aFileWithoutTheHeaderIsRefused() throws Exception {
		upload("csv", "code,name\n1,2\n".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:subject.import.header-invalid"));
	}

	@Test
	void thePageImportsAFileOrListsTheRefusedRows() throws Exception {
		List<String> rows = validRows(4);
		rows.set(2, rows.get(2).replace("632802100", "632801100"));
		SubjectImportReport refused = (SubjectImportReport) mvc.perform(multipart("/subjects/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv(rows))).with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("error"))
			.andReturn().getFlashMap().get("refused");
		assertThat(refused.refused()).extracting(SubjectImportReport.Refusal::row, SubjectImportReport.Refusal::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "division"));
		assertThat(stored(rows)).isZero();
		List<String> good = validRows(4);
		mvc.perform(multipart("/subjects/import")
			.file(new MockMultipartFile("file", "good.csv", "text/csv", csv(good))).with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("imported"));
		assertThat(stored(good)).isEqualTo(4);
	}
}
