package cn.oneteam.supervision.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rectification tasks (docs/adr/0035-review-campaigns-and-rectification.md): opened by the supervisor for a body of
 * the jurisdiction, answered by the body's staff, closed only with evidence (refused with the reason otherwise),
 * reopened for follow-up, overdue flagged; a supervisor elsewhere and another body see nothing of it.
 */
class RectificationTests extends IntegrationTest {

	private static final String SUPERVISOR = "hx.supervisor";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Accounts accounts;

	@Autowired
	private FullProcessRecord record;

	private final int unique = ThreadLocalRandom.current().nextInt(1_000_000);

	private long delingha() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	private static LocalDate today() {
		return LocalDate.now(ChinaTime.ZONE);
	}

	private ResultActions open(Map<String, Object> task) throws Exception {
		return mvc.perform(post("/api/v1/supervision/rectifications").with(as(SUPERVISOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(task)));
	}

	private Map<String, Object> task(long body, String title) {
		Map<String, Object> t = new LinkedHashMap<>();
		t.put("bodyId", body);
		t.put("source", "CAMPAIGN");
		t.put("sourceRef", "评查测试〔" + unique + "〕1号");
		t.put("title", title);
		t.put("dueOn", today().plusDays(10).toString());
		return t;
	}

	private long opened(String title) throws Exception {
		return body(open(task(delingha(), title)).andExpect(status().isCreated())).get("id").asLong();
	}

	private ResultActions step(long id, String step, String content) throws Exception {
		return mvc.perform(post("/api/v1/supervision/rectifications/{id}/" + step, id).with(as(SUPERVISOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(content));
	}

	@Test
	void closingWithoutEvidenceIsRefusedWithEvidenceItCloses() throws Exception {
		long id = opened("补正询问笔录（测试）" + unique);
		// the body's page offers the answer, the supervisor's does not
		mvc.perform(get("/supervision/rectifications/{id}", id).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"rectification-answer-form\"")));
		mvc.perform(get("/supervision/rectifications/{id}", id).with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("id=\"rectification-answer-form\""))));
		step(id, "close", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.rectification-out-of-order"));
		mvc.perform(multipart("/api/v1/supervision/rectifications/{id}/answer", id).param("whatWasDone", "已补正笔录")
			.with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ANSWERED"));
		step(id, "close", "{\"note\":\"同意\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.rectification-no-evidence"))
			.andExpect(jsonPath("$.detail").value(
					"最新的整改反馈没有佐证材料（说明和文件），不能办结；请退回复查或等待执法主体补充。"));
		byte[] file = ("整改报告 " + unique).getBytes(StandardCharsets.UTF_8);
		// a file without its description is refused
		mvc.perform(multipart("/api/v1/supervision/rectifications/{id}/answer", id)
			.file(new MockMultipartFile("file", "report.txt", "text/plain", file)).param("whatWasDone", "已补正笔录")
			.with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.rectification-evidence-description"));
		JsonNode answered = body(mvc.perform(multipart("/api/v1/supervision/rectifications/{id}/answer", id)
			.file(new MockMultipartFile("file", "report.txt", "text/plain", file)).param("whatWasDone", "已补正笔录并培训")
			.param("evidenceDescription", "整改报告及培训签到表").with(as("dlh.head")).with(csrf()))
			.andExpect(status().isOk()));
		JsonNode latest = answered.get("answers").get(0);
		assertThat(latest.get("sha256").asString()).isEqualTo(Sha256.hex(file));
		mvc.perform(get("/api/v1/supervision/rectifications/{id}/answers/{a}/evidence", id, latest.get("id").asLong())
			.with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("report.txt")))
			.andExpect(content().bytes(file));
		step(id, "close", "{\"note\":\"整改到位\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.overdue").value(false));
		mvc.perform(multipart("/api/v1/supervision/rectifications/{id}/answer", id).param("whatWasDone", "再次反馈")
			.with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isConflict());
		// follow-up: reopened with a new due day, answered again without evidence, closing refused again
		step(id, "reopen", "{\"note\":\"复查发现仍有问题\",\"dueOn\":\"" + today().plusDays(5) + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.reopened").value(1));
		mvc.perform(multipart("/api/v1/supervision/rectifications/{id}/answer", id).param("whatWasDone", "已再次整改")
			.with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isOk());
		step(id, "close", "{}").andExpect(status().isUnprocessableContent());
		assertThat(record.entries(StepRecorded.RECTIFICATION, id)).extracting(RecordEntry::action)
			.containsExactly("opened", "answered", "answered", "closed", "reopened", "answered");
		assertThat(jdbc.sql("select count(*) from supervision_rectification_answer where rectification_id = ?")
			.param(id).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void anOpenTaskPastItsDueDayIsFlaggedOverdue() throws Exception {
		long id = opened("逾期测试" + unique);
		mvc.perform(get("/api/v1/supervision/rectifications/{id}", id).with(as(SUPERVISOR)))
			.andExpect(jsonPath("$.overdue").value(false));
		// the due day passed (set in the table: a task cannot be opened with a past due day)
		jdbc.sql("update supervision_rectification set due_on = ? where id = ?").params(today().minusDays(1), id).update();
		mvc.perform(get("/api/v1/supervision/rectifications/{id}", id).with(as(SUPERVISOR)))
			.andExpect(jsonPath("$.overdue").value(true));
		JsonNode mine = body(mvc.perform(get("/api/v1/supervision/rectifications").with(as("dlh.officer1")))
			.andExpect(status().isOk()));
		assertThat(mine.valueStream().filter(t -> t.get("id").asLong() == id).findFirst().orElseThrow()
			.get("overdue").asBoolean()).isTrue();
		mvc.perform(get("/supervision/rectifications").with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-rectification=\"" + id
					+ "\" data-state=\"OPEN\" data-overdue=\"true\"")));
		assertThat(Rectifications.overdue(Rectification.State.OPEN, today(), null, today())).isFalse();
		assertThat(Rectifications.overdue(Rectification.State.ANSWERED, today().minusDays(1), today(), today())).isTrue();
		assertThat(Rectifications.overdue(Rectification.State.ANSWERED, today(), today(), today())).isFalse();
		assertThat(Rectifications.overdue(Rectification.State.CLOSED, today().minusDays(9), today(), today())).isFalse();
	}

	@Test
	void badTasksAreRefusedWithTheirReason() throws Exception {
		Map<String, Object> past = task(delingha(), "过期测试" + unique);
		past.put("dueOn", today().minusDays(1).toString());
		open(past).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.rectification-due-past"));
		Map<String, Object> untitled = task(delingha(), " ");
		open(untitled).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.rectification-input"));
		long xiningBody = SystemActor.call(() -> organizations.register(new NewOrganization("6301-zhzf-rect-" + unique,
				"西宁执法局（整改测试）", OrganizationKind.ENFORCEMENT_BUREAU, null, DivisionCode.of("6301"), null,
				List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide())).id().value();
		open(task(xiningBody, "辖区外" + unique)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.rectification-body-unknown"));
		// the 司法局 itself is in the jurisdiction but enforces nothing: nobody there would answer
		long judicial = organizations.findByCode("6328-sfj").orElseThrow().id().value();
		open(task(judicial, "司法局自身" + unique)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.rectification-not-a-body"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("司法局")));
		mvc.perform(post("/api/v1/supervision/rectifications").with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(task(delingha(), "自己下达"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSupervisorElsewhereAndAnotherBodySeeNothing() throws Exception {
		long id = opened("管辖测试" + unique);
		String username = "xn.rect" + unique;
		SystemActor.call(() -> {
			var xining = organizations.register(new NewOrganization("6301-sfj-rect-" + unique, "西宁市司法局（整改测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of("6301"), null,
					List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide());
			return accounts.open(new NewAccount(username, "西宁执法监督员", "Secret-Pass-2026!", xining.id(),
					Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide());
		});
		mvc.perform(get("/api/v1/supervision/rectifications/{id}", id).with(as(username)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("supervision.rectification-unknown"));
		step(id, "reopen", "{}").andExpect(status().isConflict()); // as 海西's supervisor: open, nothing to reopen
		mvc.perform(post("/api/v1/supervision/rectifications/{id}/close", id).with(as(username)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/rectifications/{id}", id).with(as("grm.officer1")))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/supervision/rectifications/{id}/answer", id).param("whatWasDone", "不是我的")
			.with(as("grm.officer1")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(body(mvc.perform(get("/api/v1/supervision/rectifications").with(as("grm.officer1"))))
			.findValues("id").stream().map(JsonNode::asLong)).doesNotContain(id);
		assertThat(body(mvc.perform(get("/api/v1/supervision/rectifications").with(as(username))))
			.findValues("id").stream().map(JsonNode::asLong)).doesNotContain(id);
		assertThat(body(mvc.perform(get("/api/v1/supervision/rectifications").with(as("dlh.squad"))))
			.findValues("id").stream().map(JsonNode::asLong)).contains(id);
	}

	@Test
	void theNewTaskFormTakesItsSourceFromTheLink() throws Exception {
		mvc.perform(get("/supervision/rectifications/new").param("body", String.valueOf(delingha()))
			.param("source", "ALERT").param("ref", "预警-" + unique).with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"预警-" + unique + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"ALERT\" selected=\"selected\"")));
	}
}
