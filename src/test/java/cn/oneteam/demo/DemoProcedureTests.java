package cn.oneteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import cn.oneteam.IntegrationTest;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.Cases;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's general-procedure cases, made by the real procedure at start: every stage, suspended and transferred
 * included, shown by 德令哈 and 格尔木 (and one case of 河西街道); a decision period overdue and alerted, a hearing held, every record intact,
 * the officer's worklist in due-date order, and the published tokens acting as their accounts.
 */
class DemoProcedureTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void everyStageAtTwoBodiesAndATownship() {
		List<String> stages = jdbc.sql("""
				select distinct stage from penalty_case where procedure = 'GENERAL' and party_name like '（演示）%'""")
			.query(String.class)
			.list();
		assertThat(stages).containsAll(EnumSet.allOf(CaseStage.class).stream().map(Enum::name).toList());
		// the two bureaus, and the empowered 河西街道 with its one case (DemoTownshipTests)
		assertThat(jdbc.sql("""
				select distinct o.code from penalty_case c join organization o on o.id = c.acting_org_id
				where c.procedure = 'GENERAL' and c.party_name like '（演示）%'""").query(String.class).list())
			.containsExactlyInAnyOrder("632802-zhzf", "632801-zhzf", "632802001-gov");
		assertThat(jdbc.sql("""
				select count(*) from penalty_case
				where procedure = 'GENERAL' and party_name like '（演示）%' and hearing_held""")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void demoCasesShowTheirIssuedDocuments() {
		List<String> types = jdbc.sql("""
				select distinct d.doc_type from issued_document d join penalty_case c on c.id = d.case_id
				where c.party_name like '（演示）%'""")
			.query(String.class)
			.list();
		assertThat(types).contains("FILING_APPROVAL", "INSPECTION_RECORD", "PENALTY_NOTICE", "PENALTY_DECISION",
				"SERVICE_RECEIPT", "CLOSING_APPROVAL");
		assertThat(jdbc.sql("""
				select count(*) from issued_document d join penalty_case c on c.id = d.case_id
				where c.party_name like '（演示）%' and c.stage = 'CLOSED' and d.doc_type = 'SERVICE_RECEIPT'
				  and d.refers_to is null""").query(Long.class).single()).isZero();
	}

	@Test
	void everyDemoRecordIsIntact() {
		List<Long> ids = jdbc.sql("select id from penalty_case where party_name like '（演示）%' order by id")
			.query(Long.class)
			.list();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
		// read as the prefecture's supervisor: reading a case needs case:read (docs/adr/0009-who-may-do-what.md)
		assertThat(ids).allSatisfy(id -> assertThat(actingAs("hx.supervisor",
				() -> cases.verifyRecord(id, JurisdictionScope.nationwide())).intact())
			.as("record of case %d", id)
			.isTrue());
	}

	@Test
	void officersWorklistIsInDueDateOrderWithAnOverdueDecisionPeriod() throws Exception {
		JsonNode worklist = json.readTree(mvc.perform(get("/api/v1/cases/worklist").with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<JsonNode> items = worklist.valueStream().toList();
		List<LocalDate> due = items.stream()
			.map(i -> i.get("nextDue").isNull() ? null : LocalDate.parse(i.get("nextDue").asString()))
			.toList();
		assertThat(due).isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
		assertThat(items).anySatisfy(i -> {
			assertThat(i.get("partyName").asString()).startsWith("（演示）");
			assertThat(i.get("nextClock").asString()).isEqualTo("DECISION");
			assertThat(i.get("overdue").asBoolean()).isTrue();
		});
		String alerts = mvc.perform(get("/api/v1/cases/alerts").with(as("dlh.officer1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(alerts).contains("\"kind\":\"OVERDUE\"").contains("\"kind\":\"DUE_SOON\"");
	}

	/**
	 * One 德令哈 clue was transferred to 德令哈市市场监督管理局 on the platform and sent: its staff see that demo case,
	 * in the list and in full, and no other demo case (docs/adr/0009-who-may-do-what.md).
	 */
	@Test
	void theMarketRegulatorSeesTheOneDemoCaseTransferredToIt() throws Exception {
		List<Long> transferred = jdbc.sql("""
				select c.id from penalty_case c join case_transfer t on t.case_id = c.id
				join organization o on o.id = t.receiver_org_id
				where c.party_name like '（演示）%' and o.code = '632802-scjg' and t.kind = 'BODY'
				  and t.sent_at is not null and c.stage = 'TRANSFERRING' and c.place_code like '632802%'""")
			.query(Long.class)
			.list();
		assertThat(transferred).hasSize(1);
		long caseId = transferred.get(0);
		List<Long> demo = jdbc.sql("select id from penalty_case where party_name like '（演示）%'").query(Long.class).list();
		JsonNode listed = json.readTree(mvc.perform(get("/api/v1/cases").with(as("dlh.market")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(listed.valueStream().map(c -> c.get("id").asLong()).filter(demo::contains)).containsExactly(caseId);
		mvc.perform(get("/api/v1/cases/{id}/procedure", caseId).with(as("dlh.market")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("TRANSFERRING"));
		mvc.perform(get("/cases/{id}", caseId).with(as("dlh.market"))).andExpect(status().isOk());
		for (long other : demo.stream().filter(id -> id != caseId).toList()) {
			assertThat(mvc.perform(get("/api/v1/cases/{id}", other).with(as("dlh.market")))
				.andReturn().getResponse().getStatus()).as("demo case %d", other).isEqualTo(403);
		}
	}

	@Test
	void publishedTokensActAsTheirAccounts() throws Exception {
		for (String username : Arrays.asList("dlh.officer1", "dlh.squad", "dlh.head", "dlh.legal", "hx.payment")) {
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + DemoData.token(username)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(Objects.requireNonNull(username)));
		}
	}
}
