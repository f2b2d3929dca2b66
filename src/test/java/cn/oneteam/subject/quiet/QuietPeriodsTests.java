package cn.oneteam.subject.quiet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quiet entries and caps through the API and the page as 德令哈's officer (jurisdiction 632802), 格尔木's (632801) and
 * the administrator: set, listed and checked within the jurisdiction only; ended, never deleted, each change in the
 * subject's record; caps set by the administrator only and honoured by the check
 * (docs/adr/0024-quiet-periods-and-caps.md).
 */
class QuietPeriodsTests extends IntegrationTest {

	private static final String DELINGHA = "dlh.officer1";

	private static final String GOLMUD = "grm.officer1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FullProcessRecord record;

	private static LocalDate today() {
		return LocalDate.now(ChinaTime.ZONE);
	}

	private String code;

	private long subject() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		code = CreditCode.complete("91632802" + body).value();
		String answer = mvc.perform(post("/api/v1/subjects").with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "LEGAL_PERSON", "code", code, "name", "静默测试有限公司",
					"divisionCode", "632802100", "streetAddress", "长江路 9 号"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(answer).get("id").asLong();
	}

	private ResultActions addEntry(String user, long subject, String kind, LocalDate from, LocalDate until)
			throws Exception {
		return mvc.perform(post("/api/v1/subjects/{id}/quiet-periods", subject).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", kind, "validFrom", from.toString(), "validUntil",
					until.toString(), "reason", "信用风险分类 A 类", "decidingBody", "德令哈市市场监督管理局"))));
	}

	private ResultActions check(String user, long subject, String body, String trigger, int made) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/inspection-check", subject).with(as(user))
			.param("body", body)
			.param("day", today().toString())
			.param("trigger", trigger)
			.param("made", String.valueOf(made)));
	}

	@Test
	void anEntryIsSetListedAndCheckedWithinTheJurisdictionOnly() throws Exception {
		long subject = subject();
		long entry = json.readTree(addEntry(DELINGHA, subject, "EXEMPT", today().minusDays(1), today().plusDays(30))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("EXEMPT"))
			.andExpect(jsonPath("$.endedOn").doesNotExist())
			.andReturn().getResponse().getContentAsString()).get("id").asLong();

		mvc.perform(get("/api/v1/subjects/{id}/quiet-periods", subject).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(entry))
			.andExpect(jsonPath("$[0].decidingBody").value("德令哈市市场监督管理局"));
		check(DELINGHA, subject, "632802-scjg", "ROUTINE", 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("BLOCKED"))
			.andExpect(jsonPath("$.reasons[0].code").value("quiet-entry"));
		check(DELINGHA, subject, "632802-scjg", "COMPLAINT", 0).andExpect(jsonPath("$.outcome").value("ALLOWED"))
			.andExpect(jsonPath("$.reasons[0].code").value("quiet-passed"));

		mvc.perform(get("/api/v1/subjects/{id}/quiet-periods", subject).with(as(GOLMUD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("subject.unknown"));
		addEntry(GOLMUD, subject, "NO_DISTURB", today(), today().plusDays(3)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/subjects/{id}/quiet-periods/{e}/end", subject, entry).with(as(GOLMUD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"越权\"}")).andExpect(status().isNotFound());
		check(GOLMUD, subject, "632802-scjg", "ROUTINE", 0).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from subject_quiet_period where subject_id = ?").param(subject)
			.query(Long.class).single()).isEqualTo(1);

		addEntry(DELINGHA, subject, "EXEMPT", today(), today().minusDays(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("quiet.until-before-from"));
	}

	@Test
	void anEntryIsEndedNeverDeletedAndEveryChangeIsRecorded() throws Exception {
		long subject = subject();
		long entry = json.readTree(addEntry(DELINGHA, subject, "NO_DISTURB", today().minusDays(10), today().plusDays(10))
			.andReturn().getResponse().getContentAsString()).get("id").asLong();

		mvc.perform(post("/api/v1/subjects/{id}/quiet-periods/{e}/end", subject, entry).with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("endedOn", today().minusDays(1).toString(), "reason", "倒签"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("quiet.end-out-of-range"));
		mvc.perform(post("/api/v1/subjects/{id}/quiet-periods/{e}/end", subject, entry).with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"投诉核实后复核\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endedOn").value(today().toString()))
			.andExpect(jsonPath("$.endReason").value("投诉核实后复核"));
		mvc.perform(post("/api/v1/subjects/{id}/quiet-periods/{e}/end", subject, entry).with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"再次\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("quiet.already-ended"));

		mvc.perform(get("/api/v1/subjects/{id}/quiet-periods", subject).with(as(DELINGHA)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].endedOn").value(today().toString()));
		check(DELINGHA, subject, "632802-scjg", "ROUTINE", 0).andExpect(jsonPath("$.outcome").value("ALLOWED"));
		assertThatThrownBy(() -> jdbc.sql("delete from subject_quiet_period where id = ?").param(entry).update())
			.hasMessageContaining("never deleted");
		assertThat(jdbc.sql("select count(*) from subject_quiet_period where id = ?").param(entry).query(Long.class)
			.single()).isEqualTo(1);

		List<RecordEntry> entries = record.entries("market_subject", subject);
		assertThat(entries).extracting(RecordEntry::action)
			.containsExactly("registered", "quiet-period-set", "quiet-period-ended");
		assertThat(record.verify("market_subject", subject).intact()).isTrue();
	}

	@Test
	void onlyTheAdministratorSetsCapsAndTheCheckHonoursThem() throws Exception {
		long subject = subject();
		String body = "cap-" + ThreadLocalRandom.current().nextInt(1_000_000);
		String cap = json.writeValueAsString(Map.of("scope", "BODY", "scopeKey", body, "year", today().getYear(),
				"cap", 2, "onReach", "BLOCK", "exemptTriggers", List.of("COMPLAINT", "OWN_REQUEST"), "basis",
				"某部门公布的年度检查上限"));
		mvc.perform(post("/api/v1/inspection-caps").with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(cap)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspection-caps").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(cap))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cap").value(2));

		check(DELINGHA, subject, body, "ROUTINE", 1).andExpect(jsonPath("$.outcome").value("ALLOWED"));
		check(DELINGHA, subject, body, "ROUTINE", 2).andExpect(jsonPath("$.outcome").value("BLOCKED"))
			.andExpect(jsonPath("$.reasons[0].code").value("cap-reached"));
		check(DELINGHA, subject, body, "OWN_REQUEST", 5).andExpect(jsonPath("$.outcome").value("ALLOWED"))
			.andExpect(jsonPath("$.reasons[0].code").value("cap-exempt"));

		String raised = cap.replace("\"cap\":2", "\"cap\":3");
		mvc.perform(post("/api/v1/inspection-caps").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(raised)).andExpect(status().isOk());
		check(DELINGHA, subject, body, "ROUTINE", 2).andExpect(jsonPath("$.outcome").value("ALLOWED"));
		assertThat(jdbc.sql("select count(*) from inspection_cap where scope_key = ?").param(body).query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void thePageListsAddsAndEndsWithinTheJurisdiction() throws Exception {
		long subject = subject();
		mvc.perform(post("/subjects/quiet/{s}", subject).with(as(DELINGHA)).with(csrf())
			.param("code", code).param("kind", "REMOTE_ONLY").param("validFrom", today().toString())
			.param("reason", "远程监测依据甲").param("decidingBody", "德令哈市市场监督管理局"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/subjects/quiet").param("code", code).with(as(DELINGHA)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("远程监测依据甲", "quiet-entries");
		long entry = jdbc.sql("select id from subject_quiet_period where subject_id = ?").param(subject)
			.query(Long.class).single();

		mvc.perform(post("/subjects/quiet/{s}/{e}/end", subject, entry).with(as(GOLMUD)).with(csrf())
			.param("code", code).param("reason", "越权")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select ended_on is null from subject_quiet_period where id = ?").param(entry)
			.query(Boolean.class).single()).isTrue();
		mvc.perform(post("/subjects/quiet/{s}/{e}/end", subject, entry).with(as(DELINGHA)).with(csrf())
			.param("code", code).param("reason", "名单调整")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select end_reason from subject_quiet_period where id = ?").param(entry)
			.query(String.class).single()).isEqualTo("名单调整");
		assertThat(mvc.perform(get("/subjects/quiet").param("code", code).with(as(GOLMUD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("远程监测依据甲");
	}
}
