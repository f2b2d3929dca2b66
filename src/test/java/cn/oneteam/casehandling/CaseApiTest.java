package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import cn.oneteam.PdfText;
import cn.oneteam.casehandling.events.CaseChanged;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of tests that drive general-procedure cases through the API as the 德令哈 demo accounts: register a clue,
 * perform an action, approve through the chain, and take a fresh case to a stage.
 */
public abstract class CaseApiTest extends IntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JsonMapper json;

	@Autowired
	private Officers officers;

	@Autowired
	private Accounts accounts;

	private static final Map<String, String> APPROVERS = Map.of("SQUAD_HEAD", "dlh.squad", "BUREAU_HEAD", "dlh.head",
			"LEGAL_REVIEWER", "dlh.legal");

	protected long person(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value();
	}

	protected long officer1() {
		return person("dlh.officer1");
	}

	protected long officer2() {
		return person("dlh.officer2");
	}

	/** The two certified 德令哈 officers, as a JSON array. */
	protected String pair() {
		return "[" + person("dlh.officer1") + "," + person("dlh.officer2") + "]";
	}

	protected JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** POSTs an action; the response as JSON (a case detail, or a problem). */
	protected ResultActions perform(String user, long caseId, String action, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + caseId + "/" + action)
			.with(as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** Performs an action that must succeed. */
	protected JsonNode act(String user, long caseId, String action, String body) throws Exception {
		return body(perform(user, caseId, action, body).andExpect(status().isOk()));
	}

	/** Performs an action as dlh.officer1 that must succeed. */
	protected JsonNode act(long caseId, String action, String body) throws Exception {
		return act("dlh.officer1", caseId, action, body);
	}

	/** The reasons of an action dlh.officer1 is refused (422). */
	protected List<String> refused(long caseId, String action, String body) throws Exception {
		return body(perform("dlh.officer1", caseId, action, body).andExpect(status().isUnprocessableContent()))
			.get("reasons").valueStream().map(JsonNode::asString).toList();
	}

	protected JsonNode detail(long caseId) throws Exception {
		return detail("dlh.officer1", caseId);
	}

	protected List<JsonNode> record(long caseId) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + caseId + "/record").with(as("dlh.officer1")))).valueStream()
			.toList();
	}

	/** The clocks of a kind, oldest first. */
	protected static List<JsonNode> clocks(JsonNode detail, String kind) {
		return detail.get("clocks").valueStream().filter(k -> k.get("kind").asString().equals(kind)).toList();
	}

	/** The latest clock of a kind. */
	protected static JsonNode clock(JsonNode detail, String kind) {
		List<JsonNode> of = clocks(detail, kind);
		assertThat(of).as(kind).isNotEmpty();
		return of.get(of.size() - 1);
	}

	protected JsonNode detail(String user, long caseId) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + caseId + "/procedure").with(as(user))).andExpect(status().isOk()));
	}

	/** Each approver in turn approves the case's pending request. */
	protected JsonNode approveAll(long caseId, String... approvers) throws Exception {
		JsonNode detail = null;
		for (String approver : approvers) {
			long request = detail(approver, caseId).get("pendingApproval").get("id").asLong();
			detail = body(mvc.perform(post("/api/v1/cases/approvals/" + request + "/approve").with(as(approver))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"同意\"}")).andExpect(status().isOk()));
		}
		return detail;
	}

	/** Approves the pending request step by step, each by the demo account holding the step's role. */
	protected JsonNode approved(long caseId) throws Exception {
		JsonNode detail = detail(caseId);
		while (!detail.get("pendingApproval").isNull()) {
			JsonNode pending = detail.get("pendingApproval");
			String approver = APPROVERS.get(pending.get("steps").get(pending.get("nextStep").asInt() - 1).asString());
			detail = body(mvc.perform(post("/api/v1/cases/approvals/" + pending.get("id").asLong() + "/approve")
				.with(as(approver))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"同意\"}")).andExpect(status().isOk()));
		}
		return detail;
	}

	/** A clue of 露天烧烤 at 德令哈 registered by dlh.officer1. */
	protected long clue(String partyKind, String partyName, String discoveredOn) throws Exception {
		return clue("HX-CG-009", partyKind, partyName, discoveredOn);
	}

	/** A clue of the matter at 德令哈 (632802003) registered by dlh.officer1. */
	protected long clue(String matter, String partyKind, String partyName, String discoveredOn) throws Exception {
		return body(mvc.perform(post("/api/v1/cases/clues").with(as("dlh.officer1"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"%s","place":"632802003","partyKind":"%s","partyName":"%s",
					 "facts":"违法行为","source":"INSPECTION","discoveredOn":"%s"}"""
				.formatted(matter, partyKind, partyName, discoveredOn)))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	/** A clue filed on {@code filedOn} (act three days before discovery), approved by the squad head and the head. */
	protected long filed(String partyKind, String partyName, String discoveredOn, String filedOn) throws Exception {
		long id = clue(partyKind, partyName, discoveredOn);
		act("dlh.officer1", id, "file", """
				{"filedOn":"%s","actOn":"%s","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(filedOn, java.time.LocalDate.parse(discoveredOn).minusDays(3), pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		return id;
	}

	/** A filed case reported, reviewed and its proposal approved: at NOTICE. */
	protected long atNotice(String partyKind, String partyName, String filedOn, String reportOn, String fine,
			String flags) throws Exception {
		long id = filed(partyKind, partyName, filedOn, filedOn);
		act("dlh.officer1", id, "submit-report", """
				{"on":"%s","outcome":"PENALTY","kinds":["FINE"],"fine":%s,"circumstances":[],%s
				 "summary":"事实清楚，证据确凿"}""".formatted(reportOn, fine, flags));
		act("dlh.legal", id, "review-case", "{\"on\":\"%s\",\"opinion\":\"AGREE\",\"text\":\"同意\"}".formatted(reportOn));
		act("dlh.officer1", id, "propose", "{\"on\":\"%s\"}".formatted(reportOn));
		approveAll(id, "dlh.head");
		return id;
	}

	/** Issues a document of the case on demand as dlh.officer1 (its type as in the path: {@code service-receipt}). */
	protected ResultActions issue(long id, String type, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + id + "/documents/" + type).with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** The case's issued documents, oldest first. */
	protected List<JsonNode> documents(long id) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + id + "/documents").with(as("dlh.officer1")))
			.andExpect(status().isOk())).valueStream().toList();
	}

	/** The latest document of a type the case issued. */
	protected JsonNode latest(long id, String type) throws Exception {
		return documents(id).stream().filter(d -> d.get("type").asString().equals(type)).reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError(type + " not issued"));
	}

	protected MockHttpServletResponse download(long id, long document) throws Exception {
		return mvc.perform(get("/api/v1/cases/" + id + "/documents/" + document).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andReturn().getResponse();
	}

	/** The text of an issued document as its PDF shows it. */
	protected String textOf(long id, JsonNode document) throws Exception {
		return PdfText.of(download(id, document.get("id").asLong()).getContentAsByteArray());
	}

	protected static final String ORDINARY = "\"complexOrMajor\":false,\"majorPublicInterest\":false,\"majorRights\":false,"
			+ "\"multipleRelations\":false,\"reviewRequiredByLaw\":false,";

	/** The events of the type published for the case while the test ran (the test class records them). */
	static <T extends CaseChanged> List<T> published(ApplicationEvents events, Class<T> type, long caseId) {
		return events.stream(type).filter(e -> e.caseId() == caseId).toList();
	}

	/** The one event of the type published for the case. */
	static <T extends CaseChanged> T publishedOnce(ApplicationEvents events, Class<T> type, long caseId) {
		List<T> found = published(events, type, caseId);
		assertThat(found).as(type.getSimpleName() + " of case " + caseId).hasSize(1);
		return found.get(0);
	}
}
