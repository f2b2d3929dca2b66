package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.ApprovingRole;
import cn.oneteam.casehandling.web.ActionForms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import cn.oneteam.IntegrationTest;
import cn.oneteam.MessageFiles;
import cn.oneteam.casehandling.CaseInputs.InvestigationKind;
import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.CaseInputs.ReviewOpinion;
import cn.oneteam.casehandling.CaseInputs.ServiceMethod;
import cn.oneteam.casehandling.CaseMeasures.MeasureKind;
import cn.oneteam.casehandling.CaseMeasures.PauseKind;
import cn.oneteam.casehandling.MeasureInputs.PreservationOutcome;
import cn.oneteam.casehandling.MeasureInputs.RemedyKind;
import cn.oneteam.casehandling.MeasureInputs.SeizureEnd;
import cn.oneteam.casehandling.MeasureInputs.SeizureKind;
import cn.oneteam.casehandling.MeasureInputs.SuspensionGround;
import cn.oneteam.casehandling.MeasureInputs.TerminationGround;
import cn.oneteam.casehandling.MeasureInputs.TestingKind;
import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ScopedPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The general procedure's pages: worklist, clue registration, the case page with its action forms, the approval inbox
 * and chains, in Chinese and English; a refused action comes back with its reasons and changes nothing; a township
 * officer cannot open a case of the 德令哈 bureau.
 */
class ProcedurePagesTests extends IntegrationTest {

	private static final String PANEL = "action-panel";

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseProcedure procedure;

	@Autowired
	CaseWork work;

	@Autowired
	ActionForms forms;

	@Autowired
	Officers officers;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	private String person(String username) {
		return String.valueOf(officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value());
	}

	private long clue(String party, LocalDate discoveredOn) {
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		return actingAs("dlh.officer1", () -> procedure.registerClue(new NewClue("HX-CG-009", "632802003",
				PartyKind.ORGANISATION, party + " " + System.nanoTime(), "在禁止时段露天烧烤", ClueSource.INSPECTION, discoveredOn,
				null), officer)).id();
	}

	private String page(String user, String path) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder fileCase(long id, String filedOn) {
		return post("/cases/" + id + "/actions/file").with(as("dlh.officer1")).with(csrf())
			.param("filedOn", filedOn)
			.param("actOn", "2026-05-30")
			.param("officers", person("dlh.officer1"), person("dlh.officer2"));
	}

	private long pendingRequest(long id) throws Exception {
		String body = mvc.perform(get("/api/v1/cases/" + id + "/procedure").with(as("dlh.officer1"))).andReturn()
			.getResponse().getContentAsString();
		return json.readTree(body).get("pendingApproval").get("id").asLong();
	}

	@Test
	void theProcedurePagesRenderInChineseAndEnglish() throws Exception {
		assertThat(page("dlh.officer1", "/cases/worklist")).contains("我的待办").doesNotContain("??");
		assertThat(page("dlh.officer1", "/cases/worklist?lang=en")).contains("My worklist").doesNotContain("??");
		assertThat(page("dlh.head", "/cases/approvals")).contains("我的审批").doesNotContain("??");
		assertThat(page("dlh.head", "/cases/approvals?lang=en")).contains("My approvals").doesNotContain("??");
		assertThat(page("dlh.officer1", "/cases/alerts")).contains("期限预警").doesNotContain("??");
		assertThat(page("dlh.officer1", "/cases/alerts?lang=en")).contains("Deadline alerts").doesNotContain("??");
		assertThat(page("dlh.officer1", "/cases/new")).contains("线索登记（普通程序）", "632802003", "巡查发现")
			.doesNotContain("??");
		assertThat(page("dlh.officer1", "/cases/new?lang=en")).contains("Register a clue", "Patrol inspection")
			.doesNotContain("??");
		assertThat(page("dlh.officer1", "/")).contains("id=\"nav-worklist\"", "id=\"workbench-approvals\"");
		assertThat(page("hx.leader", "/")).doesNotContain("id=\"nav-worklist\"");
	}

	@Test
	void aClueRegisteredOnThePageOpensTheCasePageWithItsClock() throws Exception {
		MvcResult registered = mvc.perform(post("/cases/new").with(as("dlh.officer1")).with(csrf())
			.param("matter", "HX-CG-009")
			.param("place", "632802003")
			.param("partyKind", "ORGANISATION")
			.param("partyName", "某烧烤城（页面测试）" + System.nanoTime())
			.param("source", "COMPLAINT")
			.param("facts", "在禁止时段露天烧烤")
			.param("discoveredOn", "2026-06-01"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String path = registered.getResponse().getRedirectedUrl();
		assertThat(path).matches("/cases/\\d+");

		String zh = page("dlh.officer1", path);
		assertThat(zh).contains("id=\"case-stage\">线索<", "线索核查", "2026-06-23", "投诉举报", "data-action=\"register-clue\"",
				"id=\"act-file\"", "哈希链校验通过").doesNotContain("??");
		String en = page("dlh.officer1", path + "?lang=en");
		assertThat(en).contains("id=\"case-stage\">Clue<", "Clue verification", "Register clue", "File the case")
			.doesNotContain("??");
	}

	@Test
	void aClueWithoutItsFactsComesBackWithTheFieldNamed() throws Exception {
		String body = mvc.perform(post("/cases/new").with(as("dlh.officer1")).with(csrf())
			.param("matter", "HX-CG-009")
			.param("place", "632802003")
			.param("partyKind", "ORGANISATION")
			.param("partyName", "某烧烤城")
			.param("source", "GRID")
			.param("discoveredOn", "2026-06-01"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("id=\"refusal\"", "违法事实", "某烧烤城");
	}

	@Test
	void everyActionShowsItsFormInBothLanguages() throws Exception {
		long id = clue("某烧烤城（表单测试）", LocalDate.of(2026, 6, 1));
		for (CaseAction action : CaseAction.values()) {
			if (action == CaseAction.REGISTER_CLUE) {
				continue;
			}
			for (String lang : List.of("zh-CN", "en")) {
				String body = mvc.perform(get("/cases/" + id + "/actions/" + action.slug()).param("lang", lang)
					.header("HX-Target", PANEL).with(as("dlh.officer1")))
					.andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString();
				assertThat(body).as(action + " " + lang).doesNotContain("??").doesNotContain("<html");
				assertThat(body).as(action + " has its form").contains("id=\"action-form\"")
					.doesNotContain("id=\"action-no-form\"");
			}
		}
	}

	@Test
	void aRefusedActionComesBackWithItsReasonsAndChangesNothing() throws Exception {
		long id = clue("某烧烤城（拒绝测试）", LocalDate.of(2026, 6, 1));
		String refused = mvc.perform(fileCase(id, "2026-05-31").header("HX-Target", PANEL))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"refusal-reasons\"", "不能立案", "立案日期早于发现日期", "立案日期不能早于线索发现日期",
				"value=\"2026-05-31\"").doesNotContain("<html");

		String english = mvc.perform(fileCase(id, "2026-05-31").param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("<html", "Filed before discovery");

		String after = page("dlh.officer1", "/cases/" + id);
		assertThat(after).contains("id=\"case-stage\">线索<", "data-action=\"refused:file\"", "未通过：立案")
			.doesNotContain("id=\"pending-approval\"");
	}

	@Test
	void filingGoesThroughTheInboxAndTheCasePage() throws Exception {
		long id = clue("某烧烤城（审批测试）", LocalDate.of(2026, 6, 1));
		mvc.perform(fileCase(id, "2026-06-03")).andExpect(redirectedUrl("/cases/" + id));
		long request = pendingRequest(id);
		assertThat(page("dlh.officer1", "/cases/" + id)).contains("id=\"pending-approval\"", "报请审批：立案")
			.doesNotContain("id=\"approve-" + request + "\"");
		assertThat(page("dlh.squad", "/cases/approvals")).contains("data-request=\"" + request + "\"", "立案");

		MvcResult early = mvc.perform(post("/cases/approvals/" + request + "/approve").with(as("dlh.head")).with(csrf())
			.param("caseId", String.valueOf(id)).param("from", "inbox"))
			.andExpect(redirectedUrl("/cases/approvals"))
			.andReturn();
		assertThat(((FlashMessage) early.getFlashMap().get("error")).code()).isEqualTo("approval.not-your-step");
		MvcResult unexplained = mvc.perform(post("/cases/approvals/" + request + "/reject").with(as("dlh.squad"))
			.with(csrf()).param("caseId", String.valueOf(id)).param("comment", " "))
			.andExpect(redirectedUrl("/cases/" + id))
			.andReturn();
		assertThat(((FlashMessage) unexplained.getFlashMap().get("error")).code()).isEqualTo("approval.comment-invalid");

		mvc.perform(post("/cases/approvals/" + request + "/approve").with(as("dlh.squad")).with(csrf())
			.param("caseId", String.valueOf(id)).param("from", "inbox").param("comment", "同意立案"))
			.andExpect(redirectedUrl("/cases/approvals"));
		assertThat(page("dlh.head", "/cases/" + id)).contains("id=\"approve-" + request + "\"", "同意立案");
		mvc.perform(post("/cases/approvals/" + request + "/approve").with(as("dlh.head")).with(csrf())
			.param("caseId", String.valueOf(id)))
			.andExpect(redirectedUrl("/cases/" + id));

		String filed = page("dlh.officer1", "/cases/" + id);
		assertThat(filed).contains("id=\"case-stage\">调查取证<", "id=\"case-filed-on\">2026-06-03<", "办案期限", "2026-09-01",
				"data-action=\"approved:file\"", "审批同意：立案", "id=\"act-record-investigation\"");
		assertThat(page("dlh.officer1", "/cases/" + id + "?lang=en")).contains("Approved: File the case",
				"Decision period", "Investigation record").doesNotContain("??");
	}

	@Test
	void aTownshipOfficerCannotOpenACaseOfTheDelinghaBureau() throws Exception {
		long id = clue("某烧烤城（管辖测试）", LocalDate.of(2026, 6, 1));
		mvc.perform(get("/cases/" + id).with(as("gahai.officer"))).andExpect(status().isForbidden());
		mvc.perform(get("/cases/" + id + "/actions/file").with(as("gahai.officer"))).andExpect(status().isForbidden());
	}

	@Test
	void theWorklistPutsTheNearestDeadlineFirstAndMarksOverdueAndAlerts() throws Exception {
		long later = clue("某烧烤城（待办测试乙）", LocalDate.of(2026, 6, 1));
		long sooner = clue("某烧烤城（待办测试甲）", LocalDate.of(2026, 5, 11));
		work.scan();
		String worklist = page("dlh.officer1", "/cases/worklist");
		int soonerAt = worklist.indexOf("data-case=\"" + sooner + "\"");
		int laterAt = worklist.indexOf("data-case=\"" + later + "\"");
		assertThat(soonerAt).isPositive().isLessThan(laterAt);
		assertThat(worklist.substring(laterAt, worklist.indexOf('>', laterAt))).contains("table-danger");
		assertThat(worklist.substring(laterAt)).contains("已超期", "1 条预警");
		assertThat(page("dlh.officer1", "/cases/alerts")).contains("data-case=\"" + later + "\"", "已超期", "线索核查");
	}

	@Test
	void theHeadIsToldWhenAChainSkipsTheStatutoryApprover() throws Exception {
		assertThat(page("dlh.officer1", "/cases/approval-chains")).contains("立案", "中队长")
			.doesNotContain("id=\"chain-save-file\"");
		assertThat(page("dlh.head", "/cases/approval-chains")).contains("id=\"chain-save-file\"");
		MvcResult refused = mvc.perform(post("/cases/approval-chains/FILE").with(as("dlh.head")).with(csrf())
			.param("steps", "SQUAD_HEAD"))
			.andExpect(redirectedUrl("/cases/approval-chains"))
			.andReturn();
		FlashMessage error = (FlashMessage) refused.getFlashMap().get("error");
		assertThat(error.code()).isEqualTo("approval.chain-skips-statutory-step");
		assertThat(error.arguments()).containsExactly("立案", "局长");
		String shown = mvc.perform(get("/cases/approval-chains").with(as("dlh.head")).flashAttr("error", error))
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("审批链缺少法定环节", "“立案”依法须经 局长 审批");
	}

	@Test
	void everyLabelOfTheProcedureHasANameInBothLanguages() {
		Properties chinese = MessageFiles.chinese();
		Properties english = MessageFiles.english();
		List<String> keys = new ArrayList<>();
		Arrays.stream(CaseStage.values()).forEach(s -> keys.add("case.stage." + s.name()));
		Arrays.stream(ClockKind.values()).forEach(k -> keys.add("case.clock." + k.name()));
		Arrays.stream(ClockKind.ClockUnit.values()).forEach(u -> keys.add("case.clock.unit." + u.name()));
		Arrays.stream(CaseClock.State.values()).forEach(s -> keys.add("case.clock.state." + s.name()));
		Arrays.stream(CaseAction.values()).forEach(a -> keys.add("case.action." + a.slug()));
		Stream.of("requested", "approved", "rejected", "refused").forEach(p -> keys.add("case.action." + p));
		Arrays.stream(CaseOutcome.values()).forEach(o -> keys.add("case.outcome." + o.name()));
		Arrays.stream(MentalCapacity.values()).forEach(o -> keys.add("case.capacity." + o.name()));
		Arrays.stream(InvestigationKind.values()).forEach(k -> keys.add("case.investigation." + k.name()));
		Arrays.stream(ReviewOpinion.values()).forEach(o -> keys.add("case.opinion." + o.name()));
		Arrays.stream(ServiceMethod.values()).forEach(m -> keys.add("case.service." + m.name()));
		Arrays.stream(CaseAlert.Kind.values()).forEach(k -> keys.add("case.alert." + k.name()));
		Arrays.stream(ApprovingRole.values()).forEach(r -> keys.add("role." + r.name()));
		Arrays.stream(ClueSource.values()).forEach(s -> keys.add("case.source." + s.name()));
		Arrays.stream(MeasureKind.values()).forEach(k -> keys.add("case.measure.kind." + k.name()));
		Arrays.stream(CaseMeasures.State.values()).forEach(s -> keys.add("case.measure.state." + s.name()));
		Arrays.stream(PauseKind.values()).forEach(k -> keys.add("case.pause.kind." + k.name()));
		Arrays.stream(PreservationOutcome.values()).forEach(o -> keys.add("case.preservation.outcome." + o.name()));
		Arrays.stream(SeizureKind.values()).forEach(k -> keys.add("case.seizure.kind." + k.name()));
		Arrays.stream(SeizureEnd.values()).forEach(e -> keys.add("case.seizure.end." + e.name()));
		Arrays.stream(TestingKind.values()).forEach(k -> keys.add("case.testing.kind." + k.name()));
		Arrays.stream(SuspensionGround.values()).forEach(g -> keys.add("case.suspension.ground." + g.name()));
		Arrays.stream(TerminationGround.values()).forEach(g -> keys.add("case.termination.ground." + g.name()));
		Arrays.stream(TransferKind.values()).forEach(k -> keys.add("case.transfer.kind." + k.name()));
		Arrays.stream(RemedyKind.values()).forEach(k -> keys.add("case.remedy.kind." + k.name()));
		Arrays.stream(ExecutionInputs.PaymentChannel.values()).forEach(c -> keys.add("case.payment.channel." + c.name()));
		Arrays.stream(ExecutionInputs.Danger.values()).forEach(d -> keys.add("case.danger." + d.name()));
		Arrays.stream(ExecutionInputs.SuspensionGround.values()).forEach(g -> keys.add("case.suspension-ground." + g.name()));
		Arrays.stream(ExecutionInputs.EndGround.values()).forEach(g -> keys.add("case.end-ground." + g.name()));
		Stream.of("ENFORCEMENT", "SUBSTITUTE").forEach(k -> keys.add("case.execution.kind." + k));
		Arrays.stream(CaseAction.values())
			.flatMap(a -> forms.input(a).stream())
			.flatMap(input -> Arrays.stream(input.getRecordComponents()))
			.forEach(c -> keys.add("case.field." + c.getName()));
		assertThat(chinese.stringPropertyNames()).containsAll(keys);
		assertThat(english.stringPropertyNames()).containsAll(keys);
	}
}
