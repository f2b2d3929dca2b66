package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.oneteam.organization.Organizations;
import cn.oneteam.supervision.alert.AlertBoardClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The alert board's case patterns at their thresholds (docs/adr/0036-supervisors-alert-board.md), on cases taken
 * through the procedure by the 德令哈 demo accounts: a fine at the statutory maximum, the same pair of officers,
 * late filing and late closing, a case closed without payment, evidence dated after the decision, and a period
 * overdue — each just below its threshold (no alert) and at it (the alert, with the case in its records).
 */
class CaseAlertPatternsTests extends CaseApiTest {

	@Autowired
	private Organizations organizations;

	@Autowired
	private JdbcClient jdbc;

	private AlertBoardClient board;

	@BeforeEach
	void client() {
		board = new AlertBoardClient(mvc, json, as("hx.supervisor"));
	}

	@AfterEach
	void restore() throws Exception {
		board.restore();
	}

	private long bureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	/** A fresh case fined {@code fine} yuan for 露天烧烤 (500–20,000): filed, noticed, waived and decided. */
	private long decided(String party, String fine, String filedOn, String decidedOn) throws Exception {
		long id = atNotice("ORGANISATION", party, filedOn, filedOn, fine, ORDINARY);
		LocalDate decided = LocalDate.parse(decidedOn);
		act(id, "serve-notice", "{\"servedOn\":\"" + decided.minusDays(2) + "\",\"hearingRightNotified\":true}");
		act(id, "record-waiver", "{\"on\":\"" + decided.minusDays(1) + "\",\"how\":\"当事人书面放弃陈述申辩和听证\"}");
		act(id, "decide", "{\"decidedOn\":\"" + decidedOn + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":"
				+ fine + "}");
		assertThat(approved(id).get("stage").asString()).as(party).isEqualTo("DECIDED");
		return id;
	}

	/** A decided case served, paid in full and closed on {@code closedOn}. */
	private long closed(String party, String decidedOn, String closedOn) throws Exception {
		LocalDate decided = LocalDate.parse(decidedOn);
		long id = decided(party, "2000", decided.minusDays(20).toString(), decidedOn);
		act(id, "serve-decision", "{\"on\":\"" + decided.plusDays(1) + "\",\"method\":\"DIRECT\","
				+ "\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		act(id, "record-payment", "{\"paidOn\":\"" + decided.plusDays(5) + "\",\"amount\":2000,\"reference\":\"PAY-"
				+ id + "\"}");
		act(id, "close", "{\"on\":\"" + closedOn + "\",\"summary\":\"罚款已缴清\"}");
		assertThat(approved(id).get("stage").asString()).isEqualTo("CLOSED");
		return id;
	}

	@Test
	void finesAtTheStatutoryMaximumAlertAtTheirShare() throws Exception {
		long top = decided("（预警）顶格罚款有限公司", "20000", "2026-03-02", "2026-03-20");
		long lower = decided("（预警）适中罚款有限公司", "19999", "2026-03-02", "2026-03-20");
		board.threshold("FINE_AT_MAXIMUM", "1", 0);
		JsonNode alert = board.alert("FINE_AT_MAXIMUM", bureau()).orElseThrow();
		BigDecimal share = alert.get("figure").decimalValue();
		long count = alert.get("count").asLong();
		long sample = alert.get("sample").asLong();
		assertThat(share).isEqualByComparingTo(BigDecimal.valueOf(count * 1000 / sample).movePointLeft(1));
		assertThat(board.records("FINE_AT_MAXIMUM", bureau())).contains(top).doesNotContain(lower);

		board.threshold("FINE_AT_MAXIMUM", share.toPlainString(), (int) sample);
		assertThat(board.alert("FINE_AT_MAXIMUM", bureau())).isPresent(); // at the share, on the smallest sample
		board.threshold("FINE_AT_MAXIMUM", share.toPlainString(), (int) sample + 1);
		assertThat(board.alert("FINE_AT_MAXIMUM", bureau())).isEmpty(); // one case short of the sample
		if (share.compareTo(BigDecimal.valueOf(100)) < 0) {
			board.threshold("FINE_AT_MAXIMUM", share.add(new BigDecimal("0.1")).toPlainString(), 0);
			assertThat(board.alert("FINE_AT_MAXIMUM", bureau())).isEmpty(); // just below the share
		}
	}

	@Test
	void theSamePairOfOfficersAlertsAtItsShare() throws Exception {
		long id = filed("ORGANISATION", "（预警）同组办案有限公司", "2026-11-02", "2026-11-03");
		String pair = Math.min(officer1(), officer2()) + "-" + Math.max(officer1(), officer2());
		board.threshold("OFFICER_PAIR", "1", 0);
		JsonNode alert = board.alert("OFFICER_PAIR", bureau()).orElseThrow();
		assertThat(alert.get("key").asString()).isEqualTo(pair); // the demo's and the tests' pair is the most frequent
		BigDecimal share = alert.get("figure").decimalValue();
		long sample = alert.get("sample").asLong();
		assertThat(board.drillDown("OFFICER_PAIR", bureau()).get("records").valueStream()
			.map(r -> r.get("id").asLong())).contains(id);

		board.threshold("OFFICER_PAIR", share.toPlainString(), (int) sample);
		assertThat(board.alert("OFFICER_PAIR", bureau())).isPresent();
		board.threshold("OFFICER_PAIR", share.toPlainString(), (int) sample + 1);
		assertThat(board.alert("OFFICER_PAIR", bureau())).isEmpty();
		if (share.compareTo(BigDecimal.valueOf(100)) < 0) {
			board.threshold("OFFICER_PAIR", share.add(new BigDecimal("0.1")).toPlainString(), 0);
			assertThat(board.alert("OFFICER_PAIR", bureau())).isEmpty();
		}
	}

	@Test
	void lateFilingAndLateClosingAlertAtTheirCount() throws Exception {
		int before = board.records("LATE_FILING_OR_ARCHIVING", bureau()).size();
		board.threshold("LATE_FILING_OR_ARCHIVING", String.valueOf(before + 1), 0);
		long onTime = filed("ORGANISATION", "（预警）按时立案有限公司", "2026-10-12", "2026-10-14");
		assertThat(board.alert("LATE_FILING_OR_ARCHIVING", bureau())).isEmpty(); // just below

		// discovered 5 January, 15 working days to verify: filed on 2 March is late
		long late = filed("ORGANISATION", "（预警）超期立案有限公司", "2026-01-05", "2026-03-02");
		JsonNode alert = board.alert("LATE_FILING_OR_ARCHIVING", bureau()).orElseThrow();
		assertThat(alert.get("figure").asInt()).isEqualTo(before + 1);
		assertThat(board.records("LATE_FILING_OR_ARCHIVING", bureau())).contains(late).doesNotContain(onTime);

		// paid on 6 April, 15 working days to close: closed on 30 June is late
		long closedLate = closed("（预警）超期结案有限公司", "2026-04-01", "2026-06-30");
		assertThat(board.alert("LATE_FILING_OR_ARCHIVING", bureau()).orElseThrow().get("figure").asInt())
			.isEqualTo(before + 2);
		assertThat(board.records("LATE_FILING_OR_ARCHIVING", bureau())).contains(closedLate);
	}

	@Test
	void aCaseClosedWithoutPaymentOrExecutionAlerts() throws Exception {
		int before = board.records("CLOSED_WITHOUT_PAYMENT", bureau()).size();
		board.threshold("CLOSED_WITHOUT_PAYMENT", String.valueOf(before + 1), 0);
		long paid = closed("（预警）已缴款结案有限公司", "2026-05-04", "2026-05-12");
		assertThat(board.alert("CLOSED_WITHOUT_PAYMENT", bureau())).isEmpty(); // paid in full: nothing to see

		// the procedure never closes an unpaid fine without an end of enforcement; a case file carried over from an
		// earlier system can show one — the payment record missing from a case closed through the procedure
		long unpaid = closed("（预警）未缴款结案有限公司", "2026-05-04", "2026-05-12");
		jdbc.sql("update penalty_case set paid_amount = null, paid_on = null where id = ?").param(unpaid).update();
		JsonNode alert = board.alert("CLOSED_WITHOUT_PAYMENT", bureau()).orElseThrow();
		assertThat(alert.get("figure").asInt()).isEqualTo(before + 1);
		assertThat(board.records("CLOSED_WITHOUT_PAYMENT", bureau())).contains(unpaid).doesNotContain(paid);
	}

	@Test
	void evidenceDatedAfterTheDecisionAlerts() throws Exception {
		long id = decided("（预警）决定后取证有限公司", "3000", "2026-06-01", "2026-06-20");
		int before = board.records("EVIDENCE_AFTER_DECISION", bureau()).size();
		board.threshold("EVIDENCE_AFTER_DECISION", String.valueOf(before + 1), 0);
		upload(id, "2026-06-20T16:00:00"); // the day of the decision: not after it
		assertThat(board.alert("EVIDENCE_AFTER_DECISION", bureau())).isEmpty();

		upload(id, "2026-06-21T09:00:00");
		JsonNode alert = board.alert("EVIDENCE_AFTER_DECISION", bureau()).orElseThrow();
		assertThat(alert.get("figure").asInt()).isEqualTo(before + 1);
		JsonNode record = board.drillDown("EVIDENCE_AFTER_DECISION", bureau()).get("records").valueStream()
			.filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
		assertThat(record.get("href").asString()).isEqualTo("/cases/" + id);
		assertThat(record.get("on").asString()).isEqualTo("2026-06-21");
	}

	@Test
	void aPeriodOverdueIsOnTheBoardWithItsCase() throws Exception {
		// filed on 2 February, no decision: the 90-day period ran out in May
		long id = filed("ORGANISATION", "（预警）逾期未决有限公司", "2026-02-02", "2026-02-02");
		JsonNode alert = board.alert("OVERDUE_CASE_PERIOD", bureau()).orElseThrow();
		assertThat(alert.get("section").asString()).isEqualTo("OVERDUE");
		assertThat(alert.get("threshold").isNull()).isTrue();
		JsonNode record = board.drillDown("OVERDUE_CASE_PERIOD", bureau()).get("records").valueStream()
			.filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
		assertThat(record.get("detail").asString()).startsWith("DECISION");
	}

	private void upload(long caseId, String collectedAt) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.officer1")).with(csrf())
			.param("type", "INSPECTION_RECORD")
			.param("title", "现场检查笔录（预警）")
			.param("source", "执法人员现场制作")
			.param("collectedAt", collectedAt)
			.param("place", "德令哈市长江路12号门前")
			.param("officers", String.valueOf(officer1()), String.valueOf(officer2()))
			.param("fileName", "笔录.txt")
			.contentType("text/plain")
			.content("当事人在禁烤区域露天烧烤。".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated());
	}
}
