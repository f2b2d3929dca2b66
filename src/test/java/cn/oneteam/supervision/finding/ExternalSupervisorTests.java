package cn.oneteam.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.supervision.ComplaintInputs.NewComplaint;
import cn.oneteam.supervision.Complaints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * External supervisors (docs/adr/0038-external-supervisors-and-exams.md): they read the cases and complaints of their
 * jurisdiction (complainants masked, phones never), nothing outside it (cases 403 as always, complaints and
 * findings 404), are refused every write they try on cases,
 * complaints, inspections, organisation and exams, and record findings the 司法局 answers once.
 */
class ExternalSupervisorTests extends IntegrationTest {

	private static final String EXTERNAL = "hx.external1";

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
	private Complaints complaints;

	@Autowired
	private SupervisorFindings findings;

	private long bureau;

	private long caseId;

	@BeforeEach
	void delingha() {
		bureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		caseId = jdbc.sql("select min(id) from penalty_case where name_org_id = ?").param(bureau).query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	/** An external supervisor of 乌兰县 (a county of 海西州 other than 德令哈), opened by the administrator's service. */
	private String elsewhere() {
		String username = "wl.external" + ThreadLocalRandom.current().nextInt(1_000_000);
		SystemActor.call(() -> {
			var wulan = organizations.register(new NewOrganization("632821-sfj-" + username, "乌兰县司法局（测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of("632821"), null,
					List.of(DivisionCode.of("632821"))), JurisdictionScope.nationwide());
			return accounts.open(new NewAccount(username, "乌兰县行政执法监督员", "Secret-Pass-2026!", wulan.id(),
					Set.of(Role.EXTERNAL_SUPERVISOR)), JurisdictionScope.nationwide());
		});
		return username;
	}

	@Test
	void theRoleReadsAndFindsButHandlesNothing() {
		assertThat(Role.EXTERNAL_SUPERVISOR.permissions()).extracting(p -> p.authority())
			.containsExactlyInAnyOrder("case:read", "supervision:read", "supervision:find");
	}

	@Test
	void readsTheCasesOfItsJurisdictionAndNoneElsewhere() throws Exception {
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(as(EXTERNAL))).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(caseId));
		mvc.perform(get("/cases/{id}", caseId).with(as(EXTERNAL))).andExpect(status().isOk());
		mvc.perform(get("/supervision").with(as(EXTERNAL))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"hub-findings\"")));
		String outsider = elsewhere();
		// outside the jurisdiction a case is refused as cases always are (docs/adr/0009-who-may-do-what.md)
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(as(outsider))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.outside-jurisdiction"));
	}

	@Test
	void readsComplaintsMaskedWithoutThePhoneAndNoneElsewhere() throws Exception {
		var receipt = complaints.submit(new NewComplaint("司马光明", "13755556666", bureau, null, null, null,
				"执法人员态度粗暴（外部监督员测试）。"));
		long id = jdbc.sql("select id from supervision_complaint where tracking_number = ?")
			.param(receipt.trackingNumber()).query(Long.class).single();
		String one = mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(EXTERNAL)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complainantName").value("司马**"))
			.andExpect(jsonPath("$.complainantPhone").value(""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(one).doesNotContain("司马光明").doesNotContain("5555").doesNotContain("6666");
		String list = mvc.perform(get("/api/v1/supervision/complaints").with(as(EXTERNAL))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(receipt.trackingNumber()).doesNotContain("13755556666").doesNotContain("6666");
		// the 司法局 handling it still sees the masked phone
		mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(SUPERVISOR)))
			.andExpect(jsonPath("$.complainantPhone").value(org.hamcrest.Matchers.not("")));
		mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(elsewhere())))
			.andExpect(status().isNotFound());
	}

	@Test
	void readsThePersonalDataTypedIntoTheFactsMasked() throws Exception {
		String facts = "我的身份证号440524188001010014，电话13587654329，执法人员当场扣押未出具清单（外部监督员测试）。";
		var receipt = complaints.submit(new NewComplaint("欧阳明远", "13700001111", bureau, null, null, null, facts));
		long id = jdbc.sql("select id from supervision_complaint where tracking_number = ?")
			.param(receipt.trackingNumber()).query(Long.class).single();
		String one = mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(EXTERNAL)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facts").value(org.hamcrest.Matchers.containsString("执法人员当场扣押未出具清单")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(one).doesNotContain("440524188001010014").doesNotContain("18800101")
			.doesNotContain("13587654329").doesNotContain("7654329");
		String list = mvc.perform(get("/api/v1/supervision/complaints").with(as(EXTERNAL))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(receipt.trackingNumber()).doesNotContain("440524188001010014")
			.doesNotContain("13587654329");
		// the 司法局 handling it reads the facts as written
		mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(SUPERVISOR)))
			.andExpect(jsonPath("$.facts").value(facts));
	}

	@Test
	void everyWriteItTriesIsForbidden() throws Exception {
		long complaint = jdbc.sql("select min(id) from supervision_complaint").query(Long.class).single();
		long officer = jdbc.sql("select min(id) from person where organization_id = ?").param(bureau)
			.query(Long.class).single();
		List<MockHttpServletRequestBuilder> writes = List.of(
				json(post("/api/v1/cases/on-the-spot"), Map.of()),
				json(post("/api/v1/cases/clues"), Map.of("facts", "x")),
				json(post("/api/v1/cases/{id}/file", caseId), Map.of()),
				json(post("/api/v1/cases/{id}/record-payment", caseId), Map.of()),
				json(post("/api/v1/cases/{id}/transfer", caseId), Map.of()),
				json(post("/api/v1/cases/{id}/seize", caseId), Map.of()),
				json(post("/api/v1/supervision/complaints/{id}/accept", complaint), Map.of()),
				json(post("/api/v1/supervision/complaints/{id}/conclude", complaint),
						Map.of("finding", "UNFOUNDED", "answer", "x")),
				json(post("/api/v1/inspections/plans"), Map.of("bodyId", bureau)),
				json(post("/api/v1/inspections/inspectors/assistants"), Map.of()),
				json(post("/api/v1/inspections/visits/targeted"), Map.of()),
				json(post("/api/v1/intake/events"), Map.of()),
				json(post("/api/v1/organizations"), Map.of()),
				json(post("/api/v1/organizations/{id}/people", bureau), Map.of("name", "x")),
				json(post("/api/v1/people/{id}/exams", officer), Map.of()),
				json(post("/api/v1/people/{id}/certificates", officer), Map.of()),
				json(post("/api/v1/subjects/import"), Map.of()),
				json(post("/api/v1/supervision/exams"), Map.of()),
				json(put("/api/v1/supervision/exams/1/candidates/1/scores"), Map.of()),
				json(post("/api/v1/supervision/findings/1/answer"), Map.of("answer", "x")),
				delete("/api/v1/inspections/inspectors/assistants/1").with(csrf()),
				post("/supervision/complaints/{id}/accept", complaint).with(csrf()),
				post("/cases/{id}/actions/file", caseId).with(csrf()),
				post("/supervision/exams").with(csrf()).param("name", "x"));
		for (MockHttpServletRequestBuilder write : writes) {
			ResultActions result = mvc.perform(write.with(as(EXTERNAL)));
			var response = result.andReturn().getResponse();
			assertThat(response.getStatus()).as(result.andReturn().getRequest().getMethod() + " "
					+ result.andReturn().getRequest().getRequestURI()).isEqualTo(403);
		}
		// and the services themselves refuse, whatever the web layer
		long id = complaint;
		assertThatThrownBy(() -> actingAs(EXTERNAL, () -> complaints.accept(id, (cn.oneteam.shared.ScopedPrincipal)
				org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
					.getPrincipal())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("select state from supervision_complaint where id = ?").param(complaint)
			.query(String.class).single()).isNotNull();
	}

	@Test
	void recordsAFindingTheSupervisorAnswersOnce() throws Exception {
		String text = "检查记录未写明检查依据（外部监督测试 " + ThreadLocalRandom.current().nextInt(1_000_000) + "）";
		JsonNode finding = body(mvc.perform(json(post("/api/v1/supervision/findings"),
				Map.of("bodyId", bureau, "referenceKind", "CASE", "reference", String.valueOf(caseId), "text", text))
			.with(as(EXTERNAL))).andExpect(status().isCreated()));
		long id = finding.get("id").asLong();
		assertThat(finding.get("reference").asString()).isEqualTo(String.valueOf(caseId));
		assertThat(finding.get("recorderName").asString()).isEqualTo(EXTERNAL);
		assertThat(finding.get("answer").isNull()).isTrue();

		String list = mvc.perform(get("/api/v1/supervision/findings").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(text);
		String page = mvc.perform(get("/supervision/findings").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(text).contains("/supervision/rectifications/new?body=" + bureau
				+ "&amp;source=FINDING&amp;ref=" + id);

		mvc.perform(json(post("/api/v1/supervision/findings/{id}/answer", id), Map.of("answer", "已责令整改。"))
			.with(as(SUPERVISOR))).andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("已责令整改。"));
		mvc.perform(json(post("/api/v1/supervision/findings/{id}/answer", id), Map.of("answer", "再答一次"))
			.with(as(SUPERVISOR))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.finding-answered"));
		mvc.perform(get("/api/v1/supervision/findings/{id}", id).with(as(EXTERNAL)))
			.andExpect(jsonPath("$.answer").value("已责令整改。"));
		// the 司法局 supervisor answers but does not record findings; an outsider sees nothing of it
		mvc.perform(json(post("/api/v1/supervision/findings"), Map.of("bodyId", bureau, "text", "x"))
			.with(as(SUPERVISOR))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/supervision/findings/{id}", id).with(as(elsewhere())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFindingIsRefusedWithTheReason() throws Exception {
		mvc.perform(json(post("/api/v1/supervision/findings"),
				Map.of("bodyId", bureau, "referenceKind", "INSPECTION", "reference", "NOSUCHCODE", "text", "x"))
			.with(as(EXTERNAL)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.finding-reference-unknown"));
		mvc.perform(json(post("/api/v1/supervision/findings"), Map.of("bodyId", bureau, "text", " "))
			.with(as(EXTERNAL))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.finding-input"));
		mvc.perform(json(post("/api/v1/supervision/findings"),
				Map.of("bodyId", bureau, "text", "x", "observedOn", "2999-01-01"))
			.with(as(EXTERNAL))).andExpect(status().isBadRequest());
		// a body outside the recorder's jurisdiction
		mvc.perform(json(post("/api/v1/supervision/findings"), Map.of("bodyId", bureau, "text", "x"))
			.with(as(elsewhere()))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.finding-input"));
		assertThat(actingAs(EXTERNAL, () -> findings.bodies((cn.oneteam.shared.ScopedPrincipal)
				org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
					.getPrincipal()))).extracting(SupervisorFinding.Body::id).contains(bureau);
	}
}
