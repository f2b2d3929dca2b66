package cn.oneteam.casehandling;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 送达与执行 through the API: each service method's legal date and what it needs (市监 §82, §83), the payment and remedy
 * periods it starts, payment channels (处罚法 §67–§71), deferral and instalments (§66), the surcharge with relief
 * (强制法 §42), the 催告 and the court window (强制法 §53, §54; 行诉解释 §156), the body's own enforcement (§37, §43,
 * §46), 代履行 (§51), and suspension and end (§39, §40).
 * After every write to a case its record is verified in full ({@link RecordVerifiedAfterEveryAction};
 * docs/adr/0007-tamper-evidence.md).
 */
@Import(RecordVerifiedAfterEveryAction.class)
class ExecutionTests extends CaseApiTest {

	@BeforeAll
	static void countThisClassAlone() {
		RecordVerifiedAfterEveryAction.VERIFIED.clear();
	}

	@AfterAll
	static void recordsWereVerified() {
		assertThat(RecordVerifiedAfterEveryAction.VERIFIED).containsKeys("/api/v1/cases/{id}/remedies",
				"/api/v1/cases/{id}/serve-decision", "/api/v1/cases/{id}/record-payment");
	}

	private static final String DIRECT = "\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"";

	@Test
	void eachServiceMethodHasItsLegalDateAndWhatItNeeds() throws Exception {
		long id = decided("某烧烤店（送达方式）", "2026-02-02", "2026-02-27");
		assertThat(refused(id, "serve-decision", "{\"on\":\"2026-03-02\",\"addressConfirmationSigned\":false,\"method\":\"DIRECT\"}"))
			.containsExactly("case.service-receiver-missing");
		assertThat(refused(id, "serve-decision", "{\"on\":\"2026-03-02\",\"addressConfirmationSigned\":false,\"method\":\"COMMISSIONED\"}"))
			.containsExactly("case.service-receiver-missing");
		assertThat(refused(id, "serve-decision", "{\"on\":\"2026-03-02\",\"addressConfirmationSigned\":false,\"method\":\"LEFT_WITH_WITNESS\",\"witnesses\":[]}"))
			.containsExactly("case.service-left-unwitnessed");
		assertThat(refused(id, "serve-decision", "{\"on\":\"2026-03-02\",\"addressConfirmationSigned\":false,\"method\":\"ELECTRONIC\"}"))
			.containsExactly("case.electronic-service-unconfirmed");
		assertThat(refused(id, "serve-decision", "{\"on\":\"2026-03-02\",\"addressConfirmationSigned\":false,\"method\":\"RETURNED\"}"))
			.containsExactly("case.returned-service-unconfirmed");
		assertThat(refused(id, "serve-decision", "{\"on\":\"2026-03-02\",\"addressConfirmationSigned\":false,\"method\":\"PUBLIC_NOTICE\"}"))
			.containsExactly("case.public-notice-reason-missing");
		assertThat(detail(id).get("stage").asString()).isEqualTo("DECIDED"); // refusals changed nothing

		// 公告送达: deemed served 30 days after publication (2 March → 1 April), the periods run from then
		JsonNode served = act(id, "serve-decision", """
				{"on":"2026-03-02","method":"PUBLIC_NOTICE","addressConfirmationSigned":false,"publicNoticeReason":"当事人下落不明，经多方查找未果"}""");
		assertThat(served.get("servedOn").asString()).isEqualTo("2026-04-01");
		assertThat(served.get("paymentDue").asString()).isEqualTo("2026-04-16");
		assertThat(clock(served, "RECONSIDERATION").get("dueOn").asString()).isEqualTo("2026-06-01"); // 31 May Sun
		assertThat(clock(served, "LITIGATION").get("dueOn").asString()).isEqualTo("2026-10-08"); // 1 October in 国庆
		assertThat(clock(served, "COURT_APPLICATION").get("dueOn").asString()).isEqualTo("2027-01-08");
		assertThat(served.get("execution").get("paymentReference").asString()).matches("632802" + "2026" + "\\d{10}");

		// a document left with witnesses, or photographed, is served that day
		long left = decided("某烧烤店（留置送达）", "2026-02-02", "2026-02-27");
		JsonNode leftServed = act(left, "serve-decision", """
				{"on":"2026-03-02","method":"LEFT_WITH_WITNESS","addressConfirmationSigned":false,"recording":"执法记录仪视频 0302-01"}""");
		assertThat(leftServed.get("servedOn").asString()).isEqualTo("2026-03-02");
		assertThat(leftServed.get("paymentDue").asString()).isEqualTo("2026-03-17");
	}

	@Test
	void paymentOnTheSpotOnlyInARemoteAreaWithAReceiptAndHandedOverBeforeClosing() throws Exception {
		long id = servedOn("某牧家乐（当场收缴）", "2026-06-01");
		assertThat(refused(id, "record-payment", """
				{"paidOn":"2026-06-05","amount":2000,"reference":"现金","paidThrough":"ON_THE_SPOT"}"""))
			.containsExactly("case.on-the-spot-collection-not-allowed", "case.finance-receipt-missing");
		assertThat(refused(id, "record-payment", """
				{"paidOn":"2026-06-05","amount":1999.99,"reference":"BANK-1"}""")).containsExactly("case.payment-short");
		assertThat(refused(id, "record-payment", """
				{"paidOn":"2026-06-05","amount":2000,"reference":"BANK-1","paidThrough":"ENFORCED"}"""))
			.containsExactly("case.enforced-without-enforcement");
		JsonNode paid = act(id, "record-payment", """
				{"paidOn":"2026-06-05","amount":2000,"reference":"现金","paidThrough":"ON_THE_SPOT",
				 "remoteAreaPartyRequest":true,"financeReceipt":"青财罚票0012345"}""");
		assertThat(paid.get("stage").asString()).isEqualTo("CLOSING");
		assertThat(clock(paid, "CASH_HANDOVER").get("dueOn").asString()).isEqualTo("2026-06-09"); // 2 WD after Friday
		assertThat(clock(paid, "COURT_APPLICATION").get("state").asString()).isEqualTo("CANCELLED");
		assertThat(refused(id, "close", "{\"on\":\"2026-06-10\",\"summary\":\"罚款已缴清\"}"))
			.containsExactly("case.cash-not-handed-over");
		assertThat(refused(id, "hand-over-cash", "{\"on\":\"2026-06-04\",\"receivedBy\":\"财务室\"}"))
			.containsExactly("case.handover-before-collection");
		JsonNode handed = act(id, "hand-over-cash", "{\"on\":\"2026-06-10\",\"receivedBy\":\"财务室\"}");
		assertThat(clock(handed, "CASH_HANDOVER").get("state").asString()).isEqualTo("MET");
		assertThat(lastEntry(id).get("payload").asString()).contains("\"late\":true"); // after 9 June
		act(id, "close", "{\"on\":\"2026-06-10\",\"summary\":\"罚款已缴清\"}");
		assertThat(approved(id).get("stage").asString()).isEqualTo("CLOSED");
	}

	@Test
	void deferredInInstalmentsEachPaidWithTheSurchargeOwedThatDay() throws Exception {
		long id = servedOn("某烧烤店（分期缴纳）", "2026-11-02"); // due 17 November
		String apply = """
				{"appliedOn":"%s","hardship":"经营困难","instalments":[%s]}""";
		assertThat(refused(id, "defer-payment", apply.formatted("2026-11-18",
				"{\"dueOn\":\"2026-12-15\",\"amount\":1000},{\"dueOn\":\"2027-01-15\",\"amount\":1000}")))
			.containsExactly("case.deferral-after-due");
		assertThat(refused(id, "defer-payment", apply.formatted("2026-11-10",
				"{\"dueOn\":\"2026-12-15\",\"amount\":1000},{\"dueOn\":\"2027-01-15\",\"amount\":999}")))
			.containsExactly("case.instalments-not-the-amount-owed");
		assertThat(refused(id, "defer-payment", apply.formatted("2026-11-10",
				"{\"dueOn\":\"2027-01-15\",\"amount\":1000},{\"dueOn\":\"2026-12-15\",\"amount\":1000}")))
			.containsExactly("case.instalments-out-of-order");
		assertThat(refused(id, "defer-payment", apply.formatted("2026-11-10",
				"{\"dueOn\":\"2026-11-16\",\"amount\":2000}")))
			.containsExactly("case.instalment-in-the-past", "case.deferral-not-later");
		act(id, "defer-payment", apply.formatted("2026-11-10",
				"{\"dueOn\":\"2026-12-15\",\"amount\":1000},{\"dueOn\":\"2027-01-15\",\"amount\":1000}"));
		JsonNode deferred = approved(id);
		assertThat(deferred.get("paymentDue").asString()).isEqualTo("2026-12-15");
		assertThat(textOf(id, latest(id, "DEFERRAL_DECISION"))).contains("延期（分期）缴纳罚款决定书", "经营困难",
				"2026-12-15", "2027-01-15");
		assertThat(deferred.get("execution").get("parts").valueStream().map(p -> p.get("dueOn").asString()).toList())
			.containsExactly("2026-12-15", "2027-01-15");
		// the court window now counts from the end of the deferral (市监 §76), not from the 诉讼 period
		// (2 May 2027 a Sunday; the 2027 schedule not loaded, so weekends only)
		assertThat(clock(deferred, "COURT_APPLICATION").get("startedOn").asString()).isEqualTo("2027-05-03");
		// unpaid, on 20 January 2027: 36 days of the first instalment and 5 of the second, 3 % a day (处罚法 §72)
		assertThat(surcharge(id, "2027-01-20").get("amount").decimalValue()).isEqualByComparingTo("1230");
		JsonNode first = act(id, "record-payment", "{\"paidOn\":\"2026-11-20\",\"amount\":1000,\"reference\":\"BANK-1\"}");
		assertThat(first.get("stage").asString()).isEqualTo("EXECUTION");
		assertThat(first.get("execution").get("unpaid").decimalValue()).isEqualByComparingTo("1000");
		JsonNode second = act(id, "record-payment", "{\"paidOn\":\"2026-11-20\",\"amount\":1000,\"reference\":\"BANK-2\"}");
		assertThat(second.get("stage").asString()).isEqualTo("CLOSING");
		assertThat(second.get("paidAmount").decimalValue()).isEqualByComparingTo("2000");
	}

	@Test
	void thePageFormTakesTheInstalmentsOnePerLineAndShowsTheSchedule() throws Exception {
		long id = servedOn("某烧烤店（页面分期）", "2026-11-05"); // due 20 November
		String panel = mvc.perform(get("/cases/" + id).with(as("dlh.officer1"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(panel).contains("id=\"execution\"", "id=\"payment-reference\"", "缴款识别码");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/cases/" + id + "/actions/defer-payment")
			.with(as("dlh.officer1"))
			.with(csrf())
			.param("appliedOn", "2026-11-10")
			.param("hardship", "经营困难")
			.param("instalments", "2026-12-15 1200\n2027-01-15   800.00\n"))
			.andExpect(status().is3xxRedirection());
		approved(id);
		String page = mvc.perform(get("/cases/" + id).with(as("dlh.officer1")).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"execution-parts\"", "Part 1", "2026-12-15", "1200", "Part 2", "2027-01-15")
			.doesNotContain("??");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/cases/" + id + "/actions/defer-payment")
			.with(as("dlh.officer1"))
			.with(csrf())
			.param("appliedOn", "2026-11-10")
			.param("hardship", "经营困难")
			.param("instalments", "2026-12-15"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anAgreementReliefIsNeverMoreThanTheSurchargeAndNeedsRemedialSteps() throws Exception {
		long id = servedOn("某烧烤店（执行协议）", "2026-03-02"); // due 17 March
		String reference = detail(id).get("execution").get("paymentReference").asString();
		JsonNode due = body(mvc.perform(get("/api/v1/cases/payments/" + reference).with(as("dlh.officer1")))
			.andExpect(status().isOk()));
		assertThat(due.get("total").decimalValue()).isEqualByComparingTo("4000"); // the surcharge capped at the fine
		assertThat(due.get("caseId").asLong()).isEqualTo(id);
		mvc.perform(get("/api/v1/cases/payments/12345").with(as("dlh.officer1"))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/cases/payments/79927398713000000008").with(as("dlh.officer1")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases/payments/" + reference).with(as("grm.officer1"))).andExpect(status().isForbidden());
		JsonNode owed = surcharge(id, "2026-03-27"); // 10 days × 60
		assertThat(owed.get("amount").decimalValue()).isEqualByComparingTo("600");
		assertThat(refused(id, "agree-execution", """
				{"on":"2026-03-27","terms":"四月底前缴清","surchargeRelief":600.01,"remedialSteps":"已拆除"}"""))
			.containsExactly("case.relief-exceeds-surcharge");
		assertThat(refused(id, "agree-execution", """
				{"on":"2026-03-27","terms":"四月底前缴清","surchargeRelief":300}"""))
			.containsExactly("case.relief-without-remedial-steps");
		act(id, "agree-execution", """
				{"on":"2026-03-27","terms":"四月底前缴清","surchargeRelief":600,"remedialSteps":"已拆除违法设施"}""");
		approved(id);
		assertThat(surcharge(id, "2026-03-27").get("amount").decimalValue()).isEqualByComparingTo("0");
		assertThat(surcharge(id, "2026-03-30").get("amount").decimalValue()).isEqualByComparingTo("180"); // grows on
		assertThat(refused(id, "record-payment", "{\"paidOn\":\"2026-03-30\",\"amount\":2179.99,\"reference\":\"B\"}"))
			.containsExactly("case.payment-short");
		JsonNode paid = act(id, "record-payment", "{\"paidOn\":\"2026-03-30\",\"amount\":2180,\"reference\":\"B\"}");
		assertThat(paid.get("stage").asString()).isEqualTo("CLOSING");
	}

	@Test
	void theCourtIsAppliedToAfterTheDemandPeriodInsideTheWindowOnly() throws Exception {
		long id = servedOn("某烧烤店（申请法院强制执行）", "2026-03-02"); // due 17 March; 诉讼 period to 2 September
		assertThat(refused(id, "demand-performance", "{\"servedOn\":\"2026-03-17\",\"method\":\"DIRECT\",\"performBy\":\"2026-03-27\"}"))
			.containsExactly("case.nothing-overdue");
		assertThat(refused(id, "apply-to-court", "{\"on\":\"2026-09-03\",\"court\":\"德令哈市人民法院\"}"))
			.containsExactly("case.demand-missing");
		JsonNode demanded = act(id, "demand-performance",
				"{\"servedOn\":\"2026-04-01\",\"method\":\"DIRECT\",\"performBy\":\"2026-04-10\"}");
		assertThat(clock(demanded, "DEMAND").get("dueOn").asString()).isEqualTo("2026-04-16"); // 10 WD, 清明 4–6 April
		assertThat(lastEntry(id).get("payload").asString()).contains("\"amountDue\":\"2900.00\""); // 15 days
		assertThat(textOf(id, latest(id, "DEMAND"))).contains("催告书", "德综执催〔2026〕", "贰仟玖佰元整", "2026年4月10日前");
		assertThat(clock(demanded, "COURT_APPLICATION").get("startedOn").asString()).isEqualTo("2026-09-02");
		assertThat(refused(id, "apply-to-court", "{\"on\":\"2026-09-02\",\"court\":\"德令哈市人民法院\"}"))
			.containsExactly("case.court-window-not-open");
		perform("dlh.officer1", id, "apply-to-court", "{\"on\":\"2026-09-03\",\"court\":\"德令哈市人民法院\"}")
			.andExpect(status().isOk());
		JsonNode applied = approved(id);
		assertThat(applied.get("execution").get("courtAppliedOn").asString()).isEqualTo("2026-09-03");
		assertThat(clock(applied, "COURT_APPLICATION").get("state").asString()).isEqualTo("MET");
		assertThat(textOf(id, latest(id, "COURT_APPLICATION"))).contains("强制执行申请书", "德令哈市人民法院", "德综执强申〔2026〕");

		// a case served earlier: its window closed three months after the 诉讼 period (劳动节 moves its end to 6 May)
		long late = servedOn("某烧烤店（申请期限已过）", "2025-11-03");
		act(late, "demand-performance", "{\"servedOn\":\"2025-12-01\",\"method\":\"DIRECT\",\"performBy\":\"2025-12-10\"}");
		JsonNode window = detail(late);
		assertThat(clock(window, "COURT_APPLICATION").get("dueOn").asString()).isEqualTo("2026-08-06");
		assertThat(refused(late, "apply-to-court", "{\"on\":\"2026-08-07\",\"court\":\"德令哈市人民法院\"}"))
			.containsExactly("case.court-window-closed");
	}

	@Test
	void theBodyEnforcesAfterThirtyDaysOfSurchargeNeverAtNightOrOnAHolidayUnlessAnEmergency() throws Exception {
		long id = servedOn("某烧烤店（强制执行）", "2026-03-02"); // due 17 March
		act(id, "demand-performance", "{\"servedOn\":\"2026-03-20\",\"method\":\"DIRECT\",\"performBy\":\"2026-03-30\"}");
		String enforce = """
				{"decidedOn":"%s","legalBasis":"（测试）某法律第四十条","manner":"划拨存款","scheduledAt":"%s",
				 "immediate":false,"emergency":%s%s}""";
		assertThat(refused(id, "enforce", enforce.formatted("2026-04-16", "2026-04-20T09:00:00+08:00", false, "")))
			.containsExactly("case.surcharge-not-thirty-days"); // 30 days on 16 April
		assertThat(refused(id, "enforce", enforce.formatted("2026-04-17", "2026-04-20T22:00:00+08:00", false, "")))
			.containsExactly("case.enforcement-at-night");
		assertThat(refused(id, "enforce", enforce.formatted("2026-04-17", "2026-05-01T10:00:00+08:00", false, "")))
			.containsExactly("case.enforcement-on-holiday");
		assertThat(refused(id, "enforce", enforce.formatted("2026-04-17", "2026-05-01T23:30:00+08:00", true, "")))
			.containsExactly("case.emergency-reason-missing");
		act(id, "enforce", enforce.formatted("2026-04-17", "2026-05-01T23:30:00+08:00", true,
				",\"emergencyReason\":\"当事人正在转移存款\""));
		JsonNode decided = approved(id);
		assertThat(decided.get("execution").get("enforcements").get(0).get("emergency").asBoolean()).isTrue();
		assertThat(textOf(id, latest(id, "ENFORCEMENT_DECISION"))).contains("行政强制执行决定书", "划拨存款",
				"2026年5月1日23时30分");
		act(id, "enforce", enforce.formatted("2026-04-17", "2026-04-20T21:59:00+08:00", false, ""));
		assertThat(approved(id).get("execution").get("enforcements").size()).isEqualTo(2);
		JsonNode recovered = act(id, "record-payment", """
				{"paidOn":"2026-04-21","amount":4000,"reference":"划拨","paidThrough":"ENFORCED"}""");
		assertThat(recovered.get("stage").asString()).isEqualTo("CLOSING");
	}

	@Test
	void substitutePerformanceNeedsADemandThreeWorkingDaysBeforeUnlessImmediate() throws Exception {
		long id = servedOn("某商户（代履行）", "2026-03-02");
		String substitute = """
				{"decidedOn":"2026-04-01","obligation":"拆除占道棚屋","danger":"TRAFFIC_SAFETY","performer":"市政工程队",
				 "costBudget":3500,%s"scheduledAt":"%s","immediate":%s,"emergency":false}""";
		// demand served Thursday 2 April: three working days later is Wednesday 8 April (清明 4–6 April)
		assertThat(refused(id, "substitute-performance",
				substitute.formatted("\"demandServedOn\":\"2026-04-02\",", "2026-04-07T09:00:00+08:00", false)))
			.containsExactly("case.substitute-demand-too-late");
		assertThat(refused(id, "substitute-performance", substitute.formatted("", "2026-04-08T09:00:00+08:00", false)))
			.containsExactly("case.demand-missing");
		act(id, "substitute-performance",
				substitute.formatted("\"demandServedOn\":\"2026-04-02\",", "2026-04-08T09:00:00+08:00", false));
		assertThat(approved(id).get("execution").get("enforcements").get(0).get("kind").asString()).isEqualTo("SUBSTITUTE");
		assertThat(textOf(id, latest(id, "SUBSTITUTE_DECISION"))).contains("代履行决定书", "拆除占道棚屋", "市政工程队");
		act(id, "substitute-performance", substitute.formatted("", "2026-04-02T09:00:00+08:00", true));
		assertThat(approved(id).get("execution").get("enforcements").size()).isEqualTo(2);
	}

	@Test
	void suspendedEnforcementStopsDemandsAndEndsOnlyOnAGround() throws Exception {
		long id = servedOn("某烧烤店（中止执行）", "2026-03-02");
		act(id, "suspend-enforcement", "{\"on\":\"2026-04-01\",\"ground\":\"UNABLE_TO_PERFORM\",\"reason\":\"停业\"}");
		JsonNode suspended = approved(id);
		assertThat(suspended.get("execution").get("enforcementSuspendedOn").asString()).isEqualTo("2026-04-01");
		assertThat(refused(id, "demand-performance", "{\"servedOn\":\"2026-04-02\",\"method\":\"DIRECT\",\"performBy\":\"2026-04-20\"}"))
			.containsExactly("case.enforcement-suspended");
		String end = "{\"on\":\"2026-11-20\",\"ground\":\"%s\",\"reason\":\"…\",\"noSocialHarm\":true,\"unableToPay\":true}";
		assertThat(refused(id, "end-enforcement", end.formatted("SUSPENDED_THREE_YEARS")))
			.containsExactly("case.suspension-under-three-years");
		assertThat(refused(id, "resume-enforcement", "{\"on\":\"2026-03-31\"}"))
			.containsExactly("case.resumed-before-suspension");
		act(id, "end-enforcement", end.formatted("DECISION_REVOKED"));
		JsonNode ended = approved(id);
		assertThat(ended.get("stage").asString()).isEqualTo("CLOSING");
		assertThat(clock(ended, "PAYMENT").get("state").asString()).isEqualTo("CANCELLED");
	}

	@Test
	void aRemedyPendingBarsTheCourtAndMeetsItsPeriod() throws Exception {
		long id = servedOn("某烧烤店（复议中）", "2026-03-02");
		mvcPost(id, "remedies", "{\"kind\":\"RECONSIDERATION\",\"from\":\"2026-03-20\"}");
		JsonNode detail = detail(id);
		assertThat(clock(detail, "RECONSIDERATION").get("state").asString()).isEqualTo("MET");
		act(id, "demand-performance", "{\"servedOn\":\"2026-04-01\",\"method\":\"DIRECT\",\"performBy\":\"2026-04-10\"}");
		assertThat(refused(id, "apply-to-court", "{\"on\":\"2026-09-03\",\"court\":\"德令哈市人民法院\"}"))
			.containsExactly("case.remedy-pending");
	}

	private JsonNode lastEntry(long id) throws Exception {
		var entries = record(id);
		return entries.get(entries.size() - 1);
	}

	private void mvcPost(long id, String path, String body) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/cases/" + id + "/" + path)
			.with(as("dlh.officer1"))
			.with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	private JsonNode surcharge(long id, String on) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + id + "/surcharge").param("on", on).with(as("dlh.officer1")))
			.andExpect(status().isOk()));
	}

	/** A fresh case decided on {@code decidedOn} and served directly on {@code servedOn}: at EXECUTION. */
	private long servedOn(String party, String servedOn) throws Exception {
		LocalDate served = LocalDate.parse(servedOn);
		long id = decided(party, served.minusDays(40).toString(), served.minusDays(3).toString());
		act(id, "serve-decision", "{\"on\":\"" + servedOn + "\"," + DIRECT + "}");
		return id;
	}

	/** A fresh case fined 2,000 yuan: filed, noticed, the notice waived, decided and approved — at DECIDED. */
	private long decided(String party, String filedOn, String decidedOn) throws Exception {
		long id = atNotice("ORGANISATION", party, filedOn, filedOn, "2000", ORDINARY);
		LocalDate decided = LocalDate.parse(decidedOn);
		act(id, "serve-notice", "{\"servedOn\":\"" + decided.minusDays(2) + "\",\"hearingRightNotified\":false}");
		act(id, "record-waiver", "{\"on\":\"" + decided.minusDays(1) + "\",\"how\":\"当事人书面放弃陈述申辩\"}");
		act(id, "decide", "{\"decidedOn\":\"" + decidedOn + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		JsonNode detail = approved(id);
		assertThat(detail.get("stage").asString()).as(party).isEqualTo("DECIDED");
		return id;
	}
}
