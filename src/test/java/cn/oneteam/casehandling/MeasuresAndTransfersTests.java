package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.Clocks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;

/**
 * The investigation's measures and the transfers through the API, on fresh cases at 德令哈 filed in 2026: a preservation
 * decided in time and one lapsing on its own (市监 §35); a seizure extended once only (强制法 §25); testing and
 * suspension standing the periods still (市监 §46, §64); a suspended investigation terminated once its items were
 * released (市监 §47); the decision period extended once, then only by collective discussion; transfers to the
 * public security organ and to another body (国务院令第310号); and the surcharge left standing while 复议 is pending
 * (处罚法 §73).
 * After every write to a case its record is verified in full ({@link RecordVerifiedAfterEveryAction};
 * docs/adr/0007-tamper-evidence.md).
 */
@Import(RecordVerifiedAfterEveryAction.class)
class MeasuresAndTransfersTests extends CaseApiTest {

	@BeforeAll
	static void countThisClassAlone() {
		RecordVerifiedAfterEveryAction.VERIFIED.clear();
	}

	@AfterAll
	static void recordsWereVerified() {
		assertThat(RecordVerifiedAfterEveryAction.VERIFIED).containsKeys("/api/v1/cases/{id}/remedies",
				"/api/v1/cases/{id}/remedies/{id}/end");
	}

	@Autowired
	CaseWork work;

	@Autowired
	Clocks clocks;

	@Test
	void preservationDecidedInTimeOrLapsingOnItsOwn() throws Exception {
		long id = investigating("某烧烤店（先行登记保存）", "2026-09-01", "2026-09-02");
		String preservation = """
				{"on":"%s","items":["烧烤架1个","木炭2袋"],"reason":"证据可能灭失","officers":[%d,%d],
				 "certificateShown":true,"partyPresent":false,"witness":%s}""";
		assertThat(refused(id, "preserve-evidence", preservation.formatted("2026-09-03", officer1(), officer2(), "null")))
			.contains("case.measure-witness-missing");

		act(id, "preserve-evidence", preservation.formatted("2026-09-03", officer1(), officer2(), "\"社区工作人员\""));
		assertThat(approved(id).get("stage").asString()).isEqualTo("INVESTIGATING");
		act(id, "preserve-evidence", preservation.formatted("2026-09-04", officer1(), officer2(), "\"社区工作人员\""));
		JsonNode held = approved(id);
		// 7 working days after 3 and after 4 September 2026 (处罚法 §56 + §85)
		assertThat(clocks(held, "EVIDENCE_PRESERVATION")).extracting(k -> k.get("dueOn").asString())
			.containsExactly("2026-09-14", "2026-09-15");
		JsonNode measures = measures(id).get("measures");
		long first = measures.get(0).get("id").asLong();
		long second = measures.get(1).get("id").asLong();
		assertThat(measures.get(0).get("certificates").size()).isEqualTo(2);

		act(id, "release-preservation", """
				{"measure":%d,"on":"2026-09-10","outcome":"SECURE_BY_RECORDING","note":"拍照、录像后返还"}""".formatted(first));
		approved(id); // lifted with the head's approval too (市监 §33)
		work.scan();

		measures = measures(id).get("measures");
		assertThat(measures.get(0).get("state").asString()).isEqualTo("ENDED");
		assertThat(measures.get(0).get("outcome").asString()).isEqualTo("SECURE_BY_RECORDING");
		assertThat(measures.get(1).get("state").asString()).isEqualTo("LAPSED");
		assertThat(measures.get(1).get("endedOn").asString()).isEqualTo("2026-09-15"); // the day it lapsed
		assertThat(measures.get(0).get("endedOn").asString()).isEqualTo("2026-09-10");
		assertThat(mvc.perform(get("/cases/" + id + "/measures?lang=en").header("HX-Request", "true")
			.header("HX-Target", "action-panel").with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).containsPattern("Lapsed\\s*·\\s*2026-09-15");
		List<JsonNode> periods = clocks(detail(id), "EVIDENCE_PRESERVATION");
		assertThat(periods.get(0).get("state").asString()).isEqualTo("MET");
		assertThat(periods.get(1).get("state").asString()).isEqualTo("LAPSED");
		assertThat(periods.get(1).get("endedOn").asString()).isEqualTo("2026-09-15");
		assertThat(refused(id, "release-preservation", """
				{"measure":%d,"on":"2026-09-16","outcome":"RELEASE","note":"解除"}""".formatted(second)))
			.containsExactly("case.measure-not-in-force");
		assertThat(record(id)).anySatisfy(e -> {
			assertThat(e.get("action").asString()).isEqualTo("preservation-lapsed");
			assertThat(e.get("payload").asString()).contains("\"dueOn\":\"2026-09-15\"");
		});
	}

	/** Nothing may stay sealed or impounded when a case closes (强制法 §27, §28): released first, then closed. */
	@Test
	void noClosingWhileItemsAreHeld() throws Exception {
		long id = investigating("某烧烤店（结案前解除扣押）", "2026-03-02", "2026-03-02");
		act(id, "seize", """
				{"kind":"IMPOUND","on":"2026-03-03","items":["烧烤炉1台"],"reason":"涉案工具","officers":[%d,%d],
				 "certificateShown":true,"partyPresent":true}""".formatted(officer1(), officer2()));
		approved(id);
		long measure = measures(id).get("measures").get(0).get("id").asLong();
		decidedAndServed(id);
		act(id, "record-payment", "{\"paidOn\":\"2026-03-30\",\"amount\":2000,\"reference\":\"PAY-HELD\"}");
		String closing = "{\"on\":\"2026-03-31\",\"summary\":\"罚款已缴清\"}";
		assertThat(refused(id, "close", closing)).containsExactly("case.measures-in-force");
		act(id, "release-seizure", """
				{"measure":%d,"on":"2026-03-31","ground":"DECIDED_NO_LONGER_NEEDED","note":"处罚决定已执行，返还扣押物品"}""".formatted(measure));
		act(id, "close", closing);
		assertThat(approved(id).get("stage").asString()).isEqualTo("CLOSED");
	}

	@Test
	void seizureTermExtendedOnlyOnce() throws Exception {
		long id = investigating("某烧烤店（查封扣押）", "2026-08-03", "2026-08-03");
		String seizure = """
				{"kind":"IMPOUND","on":"2026-08-04","items":["烧烤炉2台","木炭3袋"],"reason":"涉案工具",
				 "officers":%s,"certificateShown":true,"partyPresent":true}""";
		assertThat(refused(id, "seize", seizure.formatted("[" + officer1() + "]"))).contains("case.two-officers-required");

		act(id, "seize", seizure.formatted("[" + officer1() + "," + officer2() + "]"));
		// 30 calendar days after 4 August 2026 (强制法 §25)
		assertThat(clock(approved(id), "SEIZURE").get("dueOn").asString()).isEqualTo("2026-09-03");
		long measure = measures(id).get("measures").get(0).get("id").asLong();
		String extension = """
				{"measure":%d,"notifiedOn":"%s","reason":"案情复杂，需进一步核实"}""";
		assertThat(refused(id, "extend-seizure", extension.formatted(measure, "2026-09-04")))
			.containsExactly("case.seizure-term-expired");

		act(id, "extend-seizure", extension.formatted(measure, "2026-08-31"));
		JsonNode term = clock(approved(id), "SEIZURE");
		// 60 days end on 3 October, in 国庆; the period ends on the next working day, 8 October (docs/legal/time.md#counting-periods)
		assertThat(term.get("extendedUnits").asInt()).isEqualTo(30);
		assertThat(term.get("dueOn").asString()).isEqualTo("2026-10-08");
		assertThat(term.get("moves").get(0).get("reason").asString()).isEqualTo("EXTENSION");
		assertThat(measures(id).get("measures").get(0).get("extensionNotifiedOn").asString()).isEqualTo("2026-08-31");
		assertThat(refused(id, "extend-seizure", extension.formatted(measure, "2026-09-30")))
			.contains("case.extension-used");

		act(id, "release-seizure", """
				{"measure":%d,"on":"2026-09-20","ground":"NO_VIOLATION","note":"经查与违法行为无关"}""".formatted(measure));
		assertThat(clock(detail(id), "SEIZURE").get("state").asString()).isEqualTo("MET");
		assertThat(measures(id).get("measures").get(0).get("state").asString()).isEqualTo("ENDED");
	}

	@Test
	void testingStandsTheDecisionPeriodAndTheSeizureTermStill() throws Exception {
		long id = investigating("某烧烤店（检测）", "2026-07-01", "2026-07-01");
		act(id, "seize", """
				{"kind":"SEAL","on":"2026-07-06","items":["油烟净化设备1套"],"reason":"待检测",
				 "officers":[%d,%d],"certificateShown":true,"partyPresent":true}""".formatted(officer1(), officer2()));
		JsonNode seized = approved(id);
		assertThat(clock(seized, "DECISION").get("dueOn").asString()).isEqualTo("2026-09-29");
		assertThat(clock(seized, "SEIZURE").get("dueOn").asString()).isEqualTo("2026-08-05");
		long measure = measures(id).get("measures").get(0).get("id").asLong();
		String testing = """
				{"kind":"TESTING","on":"2026-07-10","institution":"海西州环境监测站","subject":"油烟排放浓度",
				 "expectedEndOn":"2026-07-24","seizure":%d,"partyNotifiedOn":%s}""";
		assertThat(refused(id, "start-testing", testing.formatted(measure, "null")))
			.containsExactly("case.testing-not-notified");

		JsonNode started = act(id, "start-testing", testing.formatted(measure, "\"2026-07-10\""));
		assertThat(clock(started, "DECISION").get("state").asString()).isEqualTo("PAUSED");
		assertThat(clock(started, "SEIZURE").get("state").asString()).isEqualTo("PAUSED");
		assertThat(refused(id, "start-testing", testing.formatted(measure, "\"2026-07-10\"")))
			.containsExactly("case.testing-running");

		JsonNode ended = act(id, "end-testing", "{\"on\":\"2026-07-24\",\"result\":\"超标排放\"}");
		// fourteen days of testing: both due dates move by exactly fourteen days
		JsonNode decision = clock(ended, "DECISION");
		assertThat(decision.get("state").asString()).isEqualTo("RUNNING");
		assertThat(decision.get("dueOn").asString()).isEqualTo("2026-10-13");
		assertThat(decision.get("moves").get(0).get("reason").asString()).isEqualTo("TESTING");
		assertThat(decision.get("moves").get(0).get("previousDue").asString()).isEqualTo("2026-09-29");
		JsonNode term = clock(ended, "SEIZURE");
		assertThat(term.get("pausedUnits").asInt()).isEqualTo(14);
		assertThat(term.get("dueOn").asString()).isEqualTo("2026-08-19");
		assertThat(refused(id, "end-testing", "{\"on\":\"2026-07-25\",\"result\":\"复检\"}"))
			.containsExactly("case.testing-not-running");
	}

	@Test
	void suspensionOverNationalDayMovesTheDecisionPeriodByCalendarDays() throws Exception {
		long id = investigating("某烧烤店（中止调查）", "2026-09-01", "2026-09-01");
		act(id, "seize", """
				{"kind":"IMPOUND","on":"2026-09-02","items":["烧烤车1辆"],"reason":"涉案工具",
				 "officers":[%d,%d],"certificateShown":true,"partyPresent":true}""".formatted(officer1(), officer2()));
		JsonNode seized = approved(id);
		assertThat(clock(seized, "DECISION").get("dueOn").asString()).isEqualTo("2026-11-30");
		String seizureDue = clock(seized, "SEIZURE").get("dueOn").asString();

		act(id, "suspend", """
				{"on":"2026-09-29","ground":"PARTY_NOT_FOUND","reason":"当事人下落不明"}""");
		JsonNode suspended = approved(id);
		assertThat(suspended.get("stage").asString()).isEqualTo("SUSPENDED");
		assertThat(clock(suspended, "DECISION").get("state").asString()).isEqualTo("PAUSED");
		// 强制法 §25 leaves out only testing: the seizure's term runs on
		assertThat(clock(suspended, "SEIZURE").get("state").asString()).isEqualTo("RUNNING");

		JsonNode resumed = act(id, "resume", "{\"on\":\"2026-10-09\",\"reason\":\"当事人已到案\"}");
		assertThat(resumed.get("stage").asString()).isEqualTo("INVESTIGATING");
		JsonNode decision = clock(resumed, "DECISION");
		// 30 September to 9 October: ten calendar days, 国庆 included
		assertThat(decision.get("pausedUnits").asInt()).isEqualTo(10);
		assertThat(decision.get("dueOn").asString()).isEqualTo("2026-12-10");
		assertThat(decision.get("moves").get(0).get("reason").asString()).isEqualTo("SUSPENSION");
		assertThat(clock(resumed, "SEIZURE").get("dueOn").asString()).isEqualTo(seizureDue);
		assertThat(measures(id).get("pauses").get(0).get("endedOn").asString()).isEqualTo("2026-10-09");

		// the same days stand a working-day period still by working days only: 30 Sep, 8 and 9 Oct
		long clue = clue("ORGANISATION", "某烧烤店（核查期间）", "2026-09-24");
		CaseClock verification = clocks.open(clue, ClockKind.CLUE_VERIFICATION).orElseThrow();
		assertThat(verification.dueOn()).isEqualTo(LocalDate.of(2026, 10, 22));
		clocks.pause(verification, LocalDate.of(2026, 9, 29));
		clocks.resume(clocks.open(clue, ClockKind.CLUE_VERIFICATION).orElseThrow(), LocalDate.of(2026, 10, 9),
				"SUSPENSION", OffsetDateTime.now(ChinaTime.ZONE), 0);
		CaseClock moved = clocks.open(clue, ClockKind.CLUE_VERIFICATION).orElseThrow();
		assertThat(moved.pausedUnits()).isEqualTo(3);
		assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2026, 10, 27));
	}

	@Test
	void suspendedInvestigationTerminatedOnceItemsAreReleased() throws Exception {
		long id = investigating("某烧烤公司（终止调查）", "2026-06-01", "2026-06-02");
		act(id, "seize", """
				{"kind":"SEAL","on":"2026-06-03","items":["烧烤棚1处"],"reason":"涉案场所",
				 "officers":[%d,%d],"certificateShown":true,"partyPresent":true}""".formatted(officer1(), officer2()));
		approved(id);
		long measure = measures(id).get("measures").get(0).get("id").asLong();
		act(id, "suspend", "{\"on\":\"2026-06-10\",\"ground\":\"OTHER\",\"reason\":\"公司申请注销\"}");
		assertThat(approved(id).get("stage").asString()).isEqualTo("SUSPENDED");
		String termination = """
				{"on":"2026-06-20","ground":"%s","noSuccessor":true,"evidence":"注销登记通知书"}""";
		assertThat(refused(id, "terminate", termination.formatted("DEATH")))
			.containsExactlyInAnyOrder("case.termination-ground-not-for-party", "case.measures-in-force");

		act(id, "release-seizure", """
				{"measure":%d,"on":"2026-06-19","ground":"OTHERWISE_UNNECESSARY","note":"当事人已注销"}""".formatted(measure));
		act(id, "terminate", termination.formatted("DISSOLUTION"));
		JsonNode terminated = approved(id);
		assertThat(terminated.get("stage").asString()).isEqualTo("CLOSING");
		assertThat(clock(terminated, "DECISION").get("state").asString()).isEqualTo("CANCELLED");
		assertThat(clock(terminated, "CLOSING").get("state").asString()).isEqualTo("RUNNING");
		assertThat(measures(id).get("pauses").get(0).get("endedOn").asString()).isEqualTo("2026-06-20");
	}

	@Test
	void decisionPeriodExtendedOnceThenOnlyByCollectiveDiscussion() throws Exception {
		long id = investigating("某烧烤店（延长办案期限）", "2026-05-06", "2026-05-06");
		assertThat(refused(id, "extend-decision", """
				{"on":"2026-07-20","reason":"案情复杂","days":20}""")).containsExactly("case.extension-days-fixed");

		act(id, "extend-decision", "{\"on\":\"2026-07-20\",\"reason\":\"案情复杂\"}");
		JsonNode once = clock(approved(id), "DECISION");
		assertThat(once.get("extendedUnits").asInt()).isEqualTo(30);
		assertThat(once.get("dueOn").asString()).isEqualTo("2026-09-03");
		assertThat(once.get("moves").get(0).get("reason").asString()).isEqualTo("EXTENSION");

		assertThat(refused(id, "extend-decision", "{\"on\":\"2026-08-25\",\"reason\":\"仍需鉴定\"}"))
			.containsExactlyInAnyOrder("case.extension-needs-collective-discussion", "case.extension-days-missing");
		act(id, "extend-decision", """
				{"on":"2026-08-25","reason":"仍需鉴定","collectiveDiscussionOn":"2026-08-24","days":20}""");
		JsonNode twice = clock(approved(id), "DECISION");
		assertThat(twice.get("extendedUnits").asInt()).isEqualTo(50);
		assertThat(twice.get("dueOn").asString()).isEqualTo("2026-09-23");
		assertThat(refused(id, "extend-decision", """
				{"on":"2026-09-24","reason":"再延","collectiveDiscussionOn":"2026-09-24","days":10}"""))
			.containsExactly("case.decision-deadline-passed");
	}

	@Test
	void judicialTransferRefusedIsPutToReconsiderationAndComesBack() throws Exception {
		long id = investigating("某烧烤店（移送公安）", "2026-10-09", "2026-10-12");
		String transfer = """
				{"kind":"JUDICIARY","receiver":"德令哈市公安局","reason":"涉嫌污染环境罪","reportedOn":"2026-10-12",
				 "officers":%s}""";
		assertThat(refused(id, "transfer", transfer.formatted("[" + officer1() + "]")))
			.contains("case.two-officers-required");

		act(id, "transfer", transfer.formatted("[" + officer1() + "," + officer2() + "]"));
		JsonNode transferring = approved(id);
		assertThat(transferring.get("stage").asString()).isEqualTo("TRANSFERRING");
		// approved long after the 3 days from the report (国务院令第310号 §5): recorded as late, not refused
		assertThat(clock(transferring, "TRANSFER_APPROVAL").get("state").asString()).isEqualTo("LAPSED");
		assertThat(clock(transferring, "TRANSFER_SEND").get("dueAt").isNull()).isFalse();
		assertThat(clock(transferring, "DECISION").get("state").asString()).isEqualTo("RUNNING");
		JsonNode recorded = measures(id).get("transfers").get(0);
		assertThat(recorded.get("approvalOverdue").asBoolean()).isTrue();
		assertThat(recorded.get("certificates").size()).isEqualTo(2);
		String today = LocalDate.now(ChinaTime.ZONE).toString();
		String answer = """
				{"answeredOn":"%s","accepted":false,"note":"不予立案","reconsiderationOn":"%s"}""".formatted(today, today);
		assertThat(refused(id, "record-transfer-answer", answer)).containsExactly("case.transfer-not-sent");

		JsonNode sent = act(id, "send-transfer", "{\"sentAt\":\"" + OffsetDateTime.now(ChinaTime.ZONE) + "\"}");
		assertThat(clock(sent, "TRANSFER_SEND").get("state").asString()).isEqualTo("MET");
		assertThat(clock(sent, "TRANSFER_ANSWER").get("state").asString()).isEqualTo("RUNNING");

		JsonNode back = act(id, "record-transfer-answer", answer);
		assertThat(back.get("stage").asString()).isEqualTo("INVESTIGATING");
		assertThat(clock(back, "TRANSFER_ANSWER").get("state").asString()).isEqualTo("MET");
		JsonNode answered = measures(id).get("transfers").get(0);
		assertThat(answered.get("accepted").asBoolean()).isFalse();
		assertThat(answered.get("reconsiderationOn").asString()).isEqualTo(today);
		assertThat(record(id)).extracting(e -> e.get("action").asString())
			.contains("approved:transfer", "send-transfer", "record-transfer-answer");
	}

	@Test
	void transferToAnotherBodyAcceptedGoesToClosing() throws Exception {
		long id = investigating("某烧烤店（移送其他部门）", "2026-10-09", "2026-10-12");
		act(id, "transfer", """
				{"kind":"BODY","receiver":"德令哈市市场监督管理局","reason":"属食品经营监管事项","reportedOn":"2026-11-20"}""");
		JsonNode transferring = approved(id);
		assertThat(transferring.get("stage").asString()).isEqualTo("TRANSFERRING");
		assertThat(clocks(transferring, "TRANSFER_SEND")).isEmpty();
		JsonNode sent = act(id, "send-transfer", "{\"sentAt\":\"" + OffsetDateTime.now(ChinaTime.ZONE) + "\"}");
		assertThat(clocks(sent, "TRANSFER_ANSWER")).isEmpty();
		String today = LocalDate.now(ChinaTime.ZONE).toString();
		assertThat(refused(id, "record-transfer-answer", """
				{"answeredOn":"%s","accepted":false,"note":"不属本部门","reconsiderationOn":"%s"}""".formatted(today, today)))
			.containsExactly("case.transfer-reconsideration-not-open");

		JsonNode accepted = act(id, "record-transfer-answer", """
				{"answeredOn":"%s","accepted":true,"note":"已接收"}""".formatted(today));
		assertThat(accepted.get("stage").asString()).isEqualTo("CLOSING");
		assertThat(clock(accepted, "DECISION").get("state").asString()).isEqualTo("MET");
		assertThat(accepted.get("clocks").valueStream()
			.filter(k -> k.get("state").asString().equals("RUNNING"))
			.map(k -> k.get("kind").asString())).containsExactly("CLOSING");
	}

	@Test
	void surchargeStandsStillWhileReconsiderationIsPending() throws Exception {
		long id = investigating("某烧烤城（复议期间加处罚款）", "2026-03-02", "2026-03-03");
		String reconsideration = "{\"kind\":\"RECONSIDERATION\",\"from\":\"%s\"}";
		remedy(id, reconsideration.formatted("2026-03-04"), status().isUnprocessableContent(),
				"case.remedy-without-decision");
		decidedAndServed(id);
		assertThat(surcharge(id, "2026-04-19").get("amount").decimalValue()).isEqualByComparingTo("600.00");
		remedy(id, reconsideration.formatted("2026-03-20"), status().isUnprocessableContent(),
				"case.remedy-before-service");
		remedy("gahai.officer", id, reconsideration.formatted("2026-04-12"), status().isForbidden(),
				"case.outside-jurisdiction");

		JsonNode started = remedy(id, reconsideration.formatted("2026-04-12"), status().isCreated(), null);
		long remedy = started.get("remedies").get(0).get("id").asLong();
		remedy(id, "{\"kind\":\"LITIGATION\",\"from\":\"2026-04-13\"}", status().isConflict(), "case.remedy-already-open");
		// 10 and 11 April only: from 12 April the reconsideration is pending (处罚法 §73)
		JsonNode pending = surcharge(id, "2026-04-19");
		assertThat(pending.get("days").asInt()).isEqualTo(2);
		assertThat(pending.get("amount").decimalValue()).isEqualByComparingTo("120.00");

		body(mvc.perform(post("/api/v1/cases/" + id + "/remedies/" + remedy + "/end").with(as("dlh.officer1"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"2026-04-15\"}")).andExpect(status().isOk()));
		JsonNode after = surcharge(id, "2026-04-19");
		assertThat(after.get("days").asInt()).isEqualTo(6);
		assertThat(after.get("amount").decimalValue()).isEqualByComparingTo("360.00");
		assertThat(record(id)).extracting(e -> e.get("action").asString()).contains("remedy-started", "remedy-ended");
	}

	/** A case taken through report, review, notice, decision (2,000 yuan) and service on 25 March 2026. */
	private void decidedAndServed(long id) throws Exception {
		act(id, "record-investigation", """
				{"kind":"INSPECTION","on":"2026-03-05","summary":"现场检查","officers":[%d,%d],"certificateShown":true}"""
			.formatted(officer1(), officer2()));
		act(id, "submit-report", """
				{"on":"2026-03-10","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],
				 "complexOrMajor":false,"majorPublicInterest":false,"majorRights":false,"multipleRelations":false,
				 "reviewRequiredByLaw":false,"summary":"事实清楚"}""");
		act("dlh.legal", id, "review-case", "{\"on\":\"2026-03-11\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		act(id, "propose", "{\"on\":\"2026-03-11\"}");
		approved(id);
		act(id, "serve-notice", "{\"servedOn\":\"2026-03-16\",\"hearingRightNotified\":false}");
		act(id, "decide", "{\"decidedOn\":\"2026-03-25\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approved(id);
		JsonNode served = act(id, "serve-decision",
				"{\"on\":\"2026-03-25\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		assertThat(served.get("paymentDue").asString()).isEqualTo("2026-04-09");
	}

	/** A fresh case at 德令哈, filed with the two certified officers and approved: under investigation. */
	private long investigating(String party, String discoveredOn, String filedOn) throws Exception {
		long id = clue("ORGANISATION", party, discoveredOn);
		act(id, "file", """
				{"filedOn":"%s","actOn":"%s","lifeHealthOrFinanceWithHarm":false,"officers":[%d,%d]}"""
			.formatted(filedOn, discoveredOn, officer1(), officer2()));
		assertThat(approved(id).get("stage").asString()).isEqualTo("INVESTIGATING");
		return id;
	}

	private JsonNode remedy(long id, String body, ResultMatcher expected, @Nullable String code) throws Exception {
		return remedy("dlh.officer1", id, body, expected, code);
	}

	private JsonNode remedy(String user, long id, String body, ResultMatcher expected, @Nullable String code)
			throws Exception {
		JsonNode answer = body(mvc.perform(post("/api/v1/cases/" + id + "/remedies").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(expected));
		if (code != null) {
			assertThat(answer.get("code").asString()).isEqualTo(code);
		}
		return answer;
	}

	private JsonNode surcharge(long id, String on) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + id + "/surcharge?on=" + on).with(as("dlh.officer1")))
			.andExpect(status().isOk()));
	}

	private JsonNode measures(long id) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + id + "/measures").with(as("dlh.officer1")))
			.andExpect(status().isOk()));
	}

}
