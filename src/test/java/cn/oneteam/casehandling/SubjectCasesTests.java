package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectTimelineEntry;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * What the cases say about a subject (docs/adr/0023-case-party-from-register.md): the approval-hold check an approval
 * department's system asks (审管联动) at its boundaries, and the subject's cases on its timeline for those who may
 * read them.
 */
class SubjectCasesTests extends CaseApiTest {

	/** An approval department's system account of 德令哈市市场监督管理局 (role APPROVAL_SYSTEM: licence:push). */
	private static final String APPROVER = "test.scjg.approval";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CaseTimeline timeline;

	@Autowired
	private UserDetailsService users;

	@BeforeEach
	void approvalSystemAccount() {
		jdbc.sql("""
				insert into account (username, display_name, password_hash, organization_id, created_at)
				select ?, '市场监管审批系统（测试）', '{noop}unused', id, now() from organization where code = '632802-scjg'
				on conflict (username) do nothing""").param(APPROVER).update();
		jdbc.sql("""
				insert into account_role (account_id, role) select id, 'APPROVAL_SYSTEM' from account where username = ?
				on conflict do nothing""").param(APPROVER).update();
	}

	private long subject(String code, String name) throws Exception {
		return body(mvc.perform(post("/api/v1/subjects").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "LEGAL_PERSON", "code", code, "name", name, "divisionCode",
					"632802003", "streetAddress", "长江路8号"))))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	private ResultActions hold(String user, String code) throws Exception {
		return mvc.perform(get("/api/v1/subjects/approval-hold").param("code", code).with(as(user)));
	}

	private long clueOf(long subject) throws Exception {
		return body(mvc.perform(post("/api/v1/cases/clues").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"HX-CG-009","place":"632802003","subjectId":%d,"facts":"违法行为","source":"INSPECTION",
					 "discoveredOn":"2026-06-01"}""".formatted(subject)))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	private ResultActions onTheSpot(long subject, String form, String collection) throws Exception {
		Map<String, Object> decision = new LinkedHashMap<>(Map.of("matter", "HX-CG-018", "place", "632802003",
				"decidedOn", "2026-06-02", "partyKind", "ORGANISATION", "partyName", "现场记名", "facts",
				"擅自占用城市道路堆放货物", "penaltyKinds", List.of("FINE"), "fine", 100, "formNumber", form, "officers",
				List.of(officer1(), officer2())));
		decision.put("partyInformed", true);
		decision.put("subjectId", subject);
		if (collection != null) {
			decision.put("collection", Map.of("ground", "SMALL_FINE", "financeReceipt", collection));
		}
		return mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(decision)));
	}

	private static String freshCode() {
		return CreditCode.complete("91632802" + String.format("%08d", System.nanoTime() % 100_000_000)).value();
	}

	@Test
	void noCaseNoHoldAClueNoHoldAFiledCaseHoldsNamingOnlyTheCaseAndDay() throws Exception {
		String code = freshCode();
		long subject = subject(code, "（测试）审批限制有限公司" + System.nanoTime() % 100000);
		JsonNode none = body(hold(APPROVER, code).andExpect(status().isOk()));
		assertThat(none.get("held").asBoolean()).isFalse();
		assertThat(none.get("openCases").isEmpty()).isTrue();
		assertThat(none.get("unperformedPenalties").isEmpty()).isTrue();

		long id = clueOf(subject); // a clue is not yet a case
		assertThat(body(hold(APPROVER, code)).get("held").asBoolean()).isFalse();
		act("dlh.officer1", id, "file", """
				{"filedOn":"2026-06-03","actOn":"2026-05-29","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		JsonNode held = body(hold(APPROVER, code).andExpect(status().isOk()));
		assertThat(held.get("held").asBoolean()).isTrue();
		assertThat(held.get("openCases").size()).isEqualTo(1);
		assertThat(held.get("openCases").get(0).get("caseId").asLong()).isEqualTo(id);
		assertThat(held.get("openCases").get(0).get("filedOn").asString()).isEqualTo("2026-06-03");
		assertThat(held.toString()).doesNotContain("违法行为", "HX-CG-009", "facts", "officer");
		// a case reader asks the same
		assertThat(body(hold("dlh.officer1", code).andExpect(status().isOk())).get("held").asBoolean()).isTrue();
	}

	@Test
	void aPenaltyHoldsUntilPaidAPaidAndClosedCaseHoldsNothing() throws Exception {
		String code = freshCode();
		long subject = subject(code, "（测试）未履行处罚有限公司" + System.nanoTime() % 100000);
		String form = "OTS-HOLD-" + System.nanoTime();
		onTheSpot(subject, form, null).andExpect(status().isCreated());
		JsonNode held = body(hold(APPROVER, code).andExpect(status().isOk()));
		assertThat(held.get("held").asBoolean()).isTrue();
		JsonNode penalty = held.get("unperformedPenalties").get(0);
		assertThat(penalty.get("decisionNumber").asString()).isEqualTo(form);
		assertThat(penalty.get("decidedOn").asString()).isEqualTo("2026-06-02");
		assertThat(penalty.get("fineUnpaid").asBoolean()).isTrue();

		String paidCode = freshCode();
		long paid = subject(paidCode, "（测试）当场缴纳有限公司" + System.nanoTime() % 100000);
		onTheSpot(paid, form + "-P", "青财罚票" + System.nanoTime() % 1_000_000).andExpect(status().isCreated());
		assertThat(body(hold(APPROVER, paidCode)).get("held").asBoolean()).isFalse();

		// the demo's general-procedure cases: paid and closed holds nothing; decided and not closed holds
		String closed = jdbc.sql("""
				select s.code from market_subject s where exists (select 1 from penalty_case c where c.subject_id = s.id)
				  and not exists (select 1 from penalty_case c where c.subject_id = s.id and (c.stage <> 'CLOSED'
				    or coalesce(c.fine, 0) > coalesce(c.paid_amount, 0))) and s.division_code like '632802%'
				  and exists (select 1 from penalty_case c where c.subject_id = s.id and c.paid_amount > 0)
				limit 1""").query(String.class).single();
		assertThat(body(hold(APPROVER, closed)).get("held").asBoolean()).isFalse();
		Map<String, Object> open = jdbc.sql("""
				select s.code, c.decision_number from market_subject s join penalty_case c on c.subject_id = s.id
				where c.stage = 'EXECUTION' and c.outcome = 'PENALTY' and s.division_code like '632802%' limit 1""")
			.query().singleRow();
		JsonNode decided = body(hold(APPROVER, (String) open.get("code")));
		assertThat(decided.get("held").asBoolean()).isTrue();
		assertThat(decided.get("unperformedPenalties").valueStream().map(p -> p.get("decisionNumber").asString()))
			.contains((String) open.get("decision_number"));
	}

	@Test
	void anInvalidCodeIsA400WithTheReasonAnUnknownOrForeignOneA404OthersAreRefused() throws Exception {
		String valid = freshCode();
		hold(APPROVER, valid).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.hold-subject-unknown"));
		String altered = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		hold(APPROVER, altered).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(Matchers.startsWith("urn:oneteam:problem:creditcode.")));
		String golmud = jdbc.sql("select code from market_subject where division_code like '632801%' and kind = 'LEGAL_PERSON' limit 1")
			.query(String.class).single();
		hold(APPROVER, golmud).andExpect(status().isNotFound());
		hold("grm.officer1", golmud).andExpect(status().isOk());
		hold("admin", golmud).andExpect(status().isForbidden());
	}

	@Test
	void theTimelineListsTheSubjectsCasesForThoseWhoReadThem() throws Exception {
		String code = freshCode();
		long subject = subject(code, "（测试）时间线有限公司" + System.nanoTime() % 100000);
		long id = clueOf(subject);
		act("dlh.officer1", id, "file", """
				{"filedOn":"2026-06-03","actOn":"2026-05-29","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		List<SubjectTimelineEntry> seen = about(subject, "dlh.officer1");
		assertThat(seen).extracting(SubjectTimelineEntry::summaryKey)
			.containsExactlyInAnyOrder("case.timeline.clue", "case.timeline.filed");
		assertThat(seen).filteredOn(e -> e.summaryKey().equals("case.timeline.filed")).singleElement().satisfies(e -> {
			assertThat(e.kindKey()).isEqualTo("subject.timeline.case");
			assertThat(e.summaryKey()).isEqualTo("case.timeline.filed");
			assertThat(e.arguments()).containsExactly(String.valueOf(id), "HX-CG-009");
			assertThat(e.href()).isEqualTo("/cases/" + id);
			assertThat(e.at()).isEqualTo(OffsetDateTime.parse("2026-06-03T00:00+08:00"));
		});
		assertThat(about(subject, "grm.officer1")).isEmpty(); // another jurisdiction
		assertThat(about(subject, "dlh.market")).isEmpty(); // department staff: only cases transferred to them
		assertThat(about(subject, "admin")).isEmpty(); // reads no case

		// the demo clue transferred to the market regulator: its staff see it on the subject's timeline
		Map<String, Object> transferred = jdbc.sql("""
				select c.id, c.subject_id from penalty_case c join case_transfer t on t.case_id = c.id
				join organization o on o.id = t.receiver_org_id
				where o.code = '632802-scjg' and t.sent_at is not null and c.subject_id is not null limit 1""")
			.query().singleRow();
		long transferredSubject = ((Number) transferred.get("subject_id")).longValue();
		assertThat(about(transferredSubject, "dlh.market")).isNotEmpty()
			.allMatch(e -> e.href().equals("/cases/" + transferred.get("id")));
	}

	private List<SubjectTimelineEntry> about(long subject, String username) {
		return actingAs(username, () -> timeline.about(subject,
				(ScopedPrincipal) users.loadUserByUsername(username)));
	}
}
