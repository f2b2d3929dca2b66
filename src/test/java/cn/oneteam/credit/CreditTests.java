package cn.oneteam.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.FinePaid;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.subject.SubjectTimeline;
import cn.oneteam.subject.SubjectTimelineEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject's credit record end to end (docs/adr/0022-credit-and-risk.md): a decided case published as the case
 * module publishes it changes the subject's class and history; repair refused before the waiting period and without
 * the fine paid, approved after; the two lists (the serious one forcing D); another jurisdiction sees nothing.
 */
class CreditTests extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String LEGAL = "dlh.legal";

	private static final String OFFICER = "dlh.officer1";

	private static final String GOLMUD_LEGAL = "grm.legal";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FullProcessRecord record;

	@Autowired
	List<SubjectTimeline> timelines;

	@Autowired
	CreditProperties properties;

	@Test
	void foodSafetyPenaltiesOfTheShippedCatalogueWaitTwelveMonthsForRepairOthersSix() {
		// docs/legal/credit.md#credit-repair: 12 months for food, drugs and special equipment
		assertThat(properties.repair().waitingFor("HX-SJ-001")).isEqualTo(java.time.Period.ofMonths(12));
		assertThat(properties.repair().waitingFor("HX-SJ-013")).isEqualTo(java.time.Period.ofMonths(12));
		assertThat(properties.repair().waitingFor("HX-SJ-014")).isEqualTo(java.time.Period.ofMonths(6));
		assertThat(properties.repair().waitingFor("HX-HB-001")).isEqualTo(java.time.Period.ofMonths(6));
	}

	@Autowired
	UserDetailsService users;

	/** A demo subject of 德令哈 with no credit record yet. */
	private long freshSubject() {
		return jdbc.sql("""
				select id from market_subject m where division_code like '632802%' and kind = 'LEGAL_PERSON'
				and not exists (select 1 from credit_fact f where f.subject_id = m.id)
				and not exists (select 1 from credit_list_entry e where e.subject_id = m.id)
				order by random() limit 1""").query(Long.class).single();
	}

	private static long caseIds = 900_000_000L + (System.nanoTime() % 1_000_000L) * 10;

	private static synchronized long nextCase() {
		return ++caseIds;
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> publisher.publishEvent(event));
	}

	private static CaseDecided decided(long caseId, @Nullable Long subjectId, Set<PenaltyKind> kinds, String fine,
			LocalDate on, String matter) {
		return new CaseDecided(caseId, PenaltyCase.Procedure.GENERAL, DivisionCode.of("632802003"), 1L, matter,
				PartyKind.ORGANISATION, "（演示）测试公司", subjectId, CaseOutcome.PENALTY, kinds,
				fine == null ? null : new BigDecimal(fine), "德市监罚〔2026〕" + caseId + "号", on,
				OffsetDateTime.now(ChinaTime.ZONE));
	}

	private int facts(long subjectId) {
		return jdbc.sql("select count(*) from credit_fact where subject_id = ?").param(subjectId).query(Integer.class)
			.single();
	}

	private void delivered() {
		await().atMost(PATIENCE).until(() -> jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and listener_id like '%CreditListener%'""").query(Integer.class).single() == 0);
	}

	private JsonNode credit(long subjectId) throws Exception {
		return body(mvc.perform(get("/api/v1/credit/subjects/" + subjectId).with(as(LEGAL))).andExpect(status().isOk()));
	}

	private ResultActions postAs(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private List<String> actions(long subjectId) {
		return record.entries(CreditRecorded.SUBJECT, subjectId).stream().map(RecordEntry::action).toList();
	}

	@Test
	void aDecidedCaseChangesTheSubjectsClassAndHistoryOnceHoweverOftenItIsDelivered() throws Exception {
		long subject = freshSubject();
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		assertThat(credit(subject).at("/now/creditClass").asString()).isEqualTo("A");

		CaseDecided fine = decided(nextCase(), subject, Set.of(PenaltyKind.FINE), "5000.00", today, "HX-SJ-001");
		publish(fine);
		await().atMost(PATIENCE).until(() -> facts(subject) == 1);
		delivered();
		JsonNode first = credit(subject);
		assertThat(first.at("/now/creditClass").asString()).isEqualTo("B");
		assertThat(first.at("/now/score").asInt()).isEqualTo(10);
		assertThat(first.at("/history/0/creditClass").asString()).isEqualTo("B");
		assertThat(first.at("/history/0/cause").asString()).isEqualTo("case:" + fine.caseId());
		assertThat(first.at("/history/0/reasons/0/kind").asString()).isEqualTo("PENALTY_GENERAL");
		assertThat(first.at("/facts/0/fact/publishUntilGsxt").asString()).isEqualTo(today.plusYears(3).toString());
		assertThat(first.at("/facts/0/fact/publishUntilNdrc").asString()).isEqualTo(today.plusYears(1).toString());

		// a revocation is a heavier penalty: 10 + 30 points, class C, and the history keeps both with their reasons
		publish(decided(nextCase(), subject, Set.of(PenaltyKind.REVOKE_LICENCE), null, today, "HX-SJ-002"));
		// a case whose party is free text, and one that ends without penalty, change nothing
		publish(decided(nextCase(), null, Set.of(PenaltyKind.FINE), "100", today, "HX-SJ-001"));
		publish(new CaseDecided(nextCase(), PenaltyCase.Procedure.GENERAL, DivisionCode.of("632802003"), 1L,
				"HX-SJ-001", PartyKind.ORGANISATION, "x", subject, CaseOutcome.NOT_ESTABLISHED, Set.of(), null, null,
				today, OffsetDateTime.now(ChinaTime.ZONE)));
		// the outbox delivers at least once: the first decision again records nothing twice
		publish(fine);
		await().atMost(PATIENCE).until(() -> facts(subject) == 2);
		delivered();
		assertThat(facts(subject)).isEqualTo(2);
		JsonNode second = credit(subject);
		assertThat(second.at("/now/creditClass").asString()).isEqualTo("C");
		assertThat(second.at("/now/score").asInt()).isEqualTo(40);
		assertThat(second.at("/history").size()).isEqualTo(2);
		assertThat(second.at("/history/0/creditClass").asString()).isEqualTo("C");
		assertThat(second.at("/history/0/reasons").size()).isEqualTo(2);
		assertThat(second.at("/history/1/creditClass").asString()).isEqualTo("B");
		assertThat(actions(subject)).containsSubsequence("credit-fact", "credit-class", "credit-fact", "credit-class");
		assertThat(record.verify(CreditRecorded.SUBJECT, subject).intact()).isTrue();

		String page = mvc.perform(get("/credit/subjects/" + subject).with(as(OFFICER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"credit-now\"", "data-class=\"C\"", "较重行政处罚", "一般程序行政处罚");
		String english = mvc.perform(get("/credit/subjects/" + subject).param("lang", "en").with(as(OFFICER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Class C (higher credit risk)", "Heavier penalty");
	}

	@Test
	void repairIsRefusedBeforeTheWaitingPeriodAndUnpaidAndApprovedAfterWithTheClassRecomputed() throws Exception {
		long subject = freshSubject();
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		CaseDecided recent = decided(nextCase(), subject, Set.of(PenaltyKind.FINE), "5000.00", today.minusMonths(5),
				"HX-SJ-014");
		CaseDecided older = decided(nextCase(), subject, Set.of(PenaltyKind.FINE), "8000.00", today.minusMonths(7),
				"HX-SJ-015");
		publish(recent);
		publish(older);
		await().atMost(PATIENCE).until(() -> facts(subject) == 2);
		delivered();
		long recentFact = factOf(recent.caseId());
		long olderFact = factOf(older.caseId());
		assertThat(credit(subject).at("/now/score").asInt()).isEqualTo(20);

		postAs(OFFICER, "/api/v1/credit/subjects/" + subject + "/repairs",
				"{\"factId\":%d,\"ground\":\"已整改，守信承诺书\"}".formatted(recentFact))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("credit.repair.too-early"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
					recent.decidedOn().plusMonths(6).toString())));
		postAs(OFFICER, "/api/v1/credit/subjects/" + subject + "/repairs",
				"{\"factId\":%d,\"ground\":\"已整改\"}".formatted(olderFact))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("credit.repair.not-performed"));

		publish(new FinePaid(older.caseId(), new BigDecimal("8000.00"), today.minusMonths(6), true,
				OffsetDateTime.now(ChinaTime.ZONE)));
		await().atMost(PATIENCE).until(() -> jdbc.sql("select fine_paid from credit_fact where id = ?")
			.param(olderFact).query(Boolean.class).single());
		long repair = body(postAs(OFFICER, "/api/v1/credit/subjects/" + subject + "/repairs",
				"{\"factId\":%d,\"ground\":\"罚款已缴清，守信承诺书\"}".formatted(olderFact))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))).get("id").asLong();
		// only credit:manage decides
		postAs(OFFICER, "/api/v1/credit/subjects/" + subject + "/repairs/" + repair + "/decision",
				"{\"approve\":true,\"reasons\":\"符合条件\"}").andExpect(status().isForbidden());
		postAs(LEGAL, "/api/v1/credit/subjects/" + subject + "/repairs/" + repair + "/decision",
				"{\"approve\":true,\"reasons\":\"满足修复条件，准予停止公示\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));

		JsonNode after = credit(subject);
		assertThat(after.at("/now/score").asInt()).isEqualTo(10);
		assertThat(after.at("/history/0/score").asInt()).isEqualTo(10);
		assertThat(after.at("/history/0/cause").asString()).isEqualTo("repair:" + repair);
		JsonNode repaired = fact(after, olderFact);
		assertThat(repaired.at("/countsToday").asBoolean()).isFalse();
		assertThat(repaired.at("/fact/endedOn").asString()).isEqualTo(today.toString());
		assertThat(repaired.at("/fact/publishUntilGsxt").asString()).isEqualTo(today.toString());
		assertThat(actions(subject)).contains("credit-fine-paid", "credit-repair-applied", "credit-repair-decided");
		postAs(LEGAL, "/api/v1/credit/subjects/" + subject + "/repairs/" + repair + "/decision",
				"{\"approve\":false,\"reasons\":\"again\"}").andExpect(status().isConflict());
	}

	private long factOf(long caseId) {
		return jdbc.sql("select id from credit_fact where case_id = ?").param(caseId).query(Long.class).single();
	}

	private static JsonNode fact(JsonNode credit, long factId) {
		for (JsonNode f : credit.get("facts")) {
			if (f.at("/fact/id").asLong() == factId) {
				return f;
			}
		}
		throw new AssertionError("no fact " + factId);
	}

	@Test
	void listEntriesAreKeptClosedNeverDeletedAndTheSeriousListForcesD() throws Exception {
		long subject = freshSubject();
		String lists = "/api/v1/credit/subjects/" + subject + "/lists";
		postAs(OFFICER, lists, """
				{"list":"ABNORMAL","ground":"ANNUAL_REPORT","reason":"未报送2025年度报告","decidingBody":"德令哈市市场监督管理局"}""")
			.andExpect(status().isForbidden());
		long abnormal = body(postAs(LEGAL, lists, """
				{"list":"ABNORMAL","ground":"ANNUAL_REPORT","reason":"未报送2025年度报告","decidingBody":"德令哈市市场监督管理局"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.termEndsOn").value(LocalDate.now(ChinaTime.ZONE).plusYears(3).toString())))
			.get("id").asLong();
		assertThat(credit(subject).at("/now/creditClass").asString()).isEqualTo("B");
		postAs(LEGAL, lists, """
				{"list":"ABNORMAL","ground":"UNREACHABLE","reason":"无法联系","decidingBody":"德令哈市市场监督管理局"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("credit.list.already-listed"));
		postAs(LEGAL, lists, """
				{"list":"ABNORMAL","reason":"无事由","decidingBody":"德令哈市市场监督管理局"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("credit.list.ground-missing"));
		postAs(LEGAL, lists, """
				{"list":"SERIOUS","reason":"严重违法","decidingBody":"德令哈市市场监督管理局"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("credit.list.decision-missing"));
		// a listing citing a case rests on a penalty decided against this subject, not another's case
		postAs(LEGAL, lists, """
				{"list":"SERIOUS","reason":"严重违法","decidingBody":"德令哈市市场监督管理局","caseId":%d}"""
			.formatted(Long.MAX_VALUE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("credit.list.case-not-the-subjects"));
		long serious = body(postAs(LEGAL, lists, """
				{"list":"SERIOUS","reason":"吊销营业执照","decidingBody":"德令哈市市场监督管理局","decisionNumber":"德市监罚〔2026〕77号"}""")
			.andExpect(status().isCreated())).get("id").asLong();
		JsonNode listed = credit(subject);
		assertThat(listed.at("/now/creditClass").asString()).isEqualTo("D");
		assertThat(listed.at("/now/score").asInt()).isEqualTo(75);

		postAs(LEGAL, lists + "/" + serious + "/removal", "{\"reason\":\"决定被撤销\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.removalReason").value("决定被撤销"));
		postAs(LEGAL, lists + "/" + serious + "/removal", "{\"reason\":\"again\"}").andExpect(status().isConflict());
		postAs(LEGAL, lists + "/" + abnormal + "/removal", "{\"reason\":\"已补报年度报告\"}").andExpect(status().isOk());
		JsonNode removed = credit(subject);
		assertThat(removed.at("/now/creditClass").asString()).isEqualTo("A");
		assertThat(removed.at("/lists").size()).isEqualTo(2);
		assertThat(removed.at("/history").findValuesAsString("creditClass")).containsExactly("A", "B", "D", "B");
		assertThat(actions(subject)).containsSubsequence("credit-listed", "credit-listed", "credit-removed",
				"credit-removed");

		List<SubjectTimelineEntry> timeline = actingAs(LEGAL, () -> timelines.stream()
			.flatMap(t -> t.about(subject, principal(LEGAL)).stream()).toList());
		assertThat(timeline).extracting(SubjectTimelineEntry::summaryKey)
			.contains("credit.timeline.listed.SERIOUS", "credit.timeline.removed.ABNORMAL",
					"credit.timeline.class.summary");
	}

	@Test
	void anotherJurisdictionSeesNothingAndListsNothing() throws Exception {
		long subject = freshSubject();
		mvc.perform(get("/api/v1/credit/subjects/" + subject).with(as(GOLMUD_LEGAL))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("subject.unknown"));
		mvc.perform(get("/credit/subjects/" + subject).with(as(GOLMUD_LEGAL))).andExpect(status().isNotFound());
		postAs(GOLMUD_LEGAL, "/api/v1/credit/subjects/" + subject + "/lists", """
				{"list":"ABNORMAL","ground":"UNREACHABLE","reason":"无法联系","decidingBody":"格尔木市市场监督管理局"}""")
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from credit_list_entry where subject_id = ?").param(subject)
			.query(Integer.class).single()).isZero();
		List<SubjectTimelineEntry> seen = actingAs(GOLMUD_LEGAL, () -> timelines.stream()
			.flatMap(t -> t.about(subject, principal(GOLMUD_LEGAL)).stream()).toList());
		assertThat(seen).isEmpty();
	}

	@Test
	void theDemoShowsClassesBCAndD() throws Exception {
		List<Long> listed = jdbc.sql("""
				select distinct e.subject_id from credit_list_entry e join market_subject m on m.id = e.subject_id
				where e.reason like '（演示）%' order by 1""").query(Long.class).list();
		assertThat(listed).hasSize(4);
		List<String> classes = new java.util.ArrayList<>();
		for (long subject : listed) {
			classes.add(credit(subject).at("/now/creditClass").asString());
		}
		assertThat(classes).containsExactlyInAnyOrder("B", "B", "C", "D");
	}

	@Test
	void theRulesAreDataThatCreditManageEditsAndTheThresholdsStayInOrder() throws Exception {
		String page = mvc.perform(get("/credit/rules").with(as(LEGAL))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("id=\"credit-rules\"", "data-kind=\"SERIOUS_LISTED\"", "id=\"credit-thresholds\"");
		String rule = "/api/v1/credit/rules/COMPLAINT_UPHELD";
		mvc.perform(put(rule).with(as(OFFICER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"weight\":4,\"countsMonths\":12}")).andExpect(status().isForbidden());
		try {
			mvc.perform(put(rule).with(as(LEGAL)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"weight\":4,\"countsMonths\":18}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.weight").value(4))
				.andExpect(jsonPath("$.countsMonths").value(18));
		}
		finally {
			mvc.perform(put(rule).with(as(LEGAL)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"weight\":3,\"countsMonths\":12}")).andExpect(status().isOk());
		}
		mvc.perform(put("/api/v1/credit/thresholds/B").with(as(LEGAL)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"minScore\":30}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("credit.threshold.order"));
		mvc.perform(post("/credit/thresholds/A").with(as(LEGAL)).with(csrf()).param("minScore", "5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("error"));
		JsonNode rules = body(mvc.perform(get("/api/v1/credit/rules").with(as(OFFICER))).andExpect(status().isOk()));
		assertThat(rules.at("/thresholds").findValuesAsString("minScore")).containsExactly("0", "10", "30", "60");
	}

	@Test
	void theCreditPageListsARemovesItAndTellsARefusal() throws Exception {
		long subject = freshSubject();
		String base = "/credit/subjects/" + subject;
		mvc.perform(post(base + "/lists").with(as(LEGAL)).with(csrf()).param("list", "ABNORMAL")
			.param("ground", "FALSE_INFORMATION").param("reason", "年度报告隐瞒真实情况").param("decidingBody", "德令哈市市场监督管理局")
			.param("caseId", "").param("decisionNumber", "").param("listedOn", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("saved"));
		mvc.perform(post(base + "/lists").with(as(LEGAL)).with(csrf()).param("list", "SERIOUS").param("ground", "")
			.param("reason", "x").param("decidingBody", "德令哈市市场监督管理局"))
			.andExpect(flash().attributeExists("error"));
		String page = mvc.perform(get(base).with(as(LEGAL))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("data-list=\"ABNORMAL\"", "data-open=\"true\"", "年度报告隐瞒真实情况",
				"id=\"credit-list-form\"", "data-class=\"B\"");
		long entry = jdbc.sql("select id from credit_list_entry where subject_id = ?").param(subject).query(Long.class)
			.single();
		mvc.perform(post(base + "/lists/" + entry + "/removal").with(as(LEGAL)).with(csrf()).param("reason", "已更正"))
			.andExpect(flash().attributeExists("saved"));
		assertThat(credit(subject).at("/lists/0/removedOn").asString()).isEqualTo(LocalDate.now(ChinaTime.ZONE).toString());
		// an officer sees the page without the forms of credit:manage
		String officers = mvc.perform(get(base).with(as(OFFICER))).andReturn().getResponse().getContentAsString();
		assertThat(officers).doesNotContain("id=\"credit-list-form\"").contains("id=\"credit-repair-form\"");
	}

	@Autowired
	CreditRegrade regrade;

	@Test
	void aFactWhosePeriodIsOverRegradesTheSubjectAtTheNextScanOnce() throws Exception {
		long subject = freshSubject();
		postAs(LEGAL, "/api/v1/credit/subjects/" + subject + "/lists", """
				{"list":"ABNORMAL","ground":"UNREACHABLE","reason":"无法联系","decidingBody":"德令哈市市场监督管理局"}""")
			.andExpect(status().isCreated());
		assertThat(credit(subject).at("/history/0/creditClass").asString()).isEqualTo("B");
		// as if three years had passed: the fact's last day was yesterday, the grade was computed before it
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		jdbc.sql("update credit_fact set occurred_on = ?, counts_until = ? where subject_id = ?")
			.params(today.minusYears(3).minusDays(1), today.minusDays(1), subject).update();
		jdbc.sql("update credit_grade_history set computed_at = computed_at - interval '3 years' where subject_id = ?")
			.param(subject).update();
		assertThat(credit(subject).at("/now/creditClass").asString()).isEqualTo("A");
		assertThat(regrade.scan()).isPositive();
		JsonNode after = credit(subject);
		assertThat(after.at("/history").size()).isEqualTo(2);
		assertThat(after.at("/history/0/creditClass").asString()).isEqualTo("A");
		assertThat(after.at("/history/0/cause").asString()).isEqualTo("expiry");
		assertThat(after.at("/history/0/reasons").size()).isZero();
		regrade.scan();
		assertThat(credit(subject).at("/history").size()).isEqualTo(2);
	}

	private cn.oneteam.shared.ScopedPrincipal principal(String username) {
		return (cn.oneteam.shared.ScopedPrincipal) users.loadUserByUsername(username);
	}
}
