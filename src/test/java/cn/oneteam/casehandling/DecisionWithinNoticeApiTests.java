package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * 处罚法 §44, §62, §63, §64 through the API (docs/adr/0015-decision-and-prior-notice.md): the decision stays within
 * what the served notice told the party. A natural person's 较大数额 is 2,000 yuan at 德令哈 (the default): a notice
 * of 1,999.99 yuan served without the hearing right does not cover a decision of 2,000 yuan, nor a kind it did not
 * name; the decision as notified is made. A new proposal of 2,000 yuan, reported, reviewed and approved, is notified
 * again with the hearing right — the party's rights start again — and is then decided.
 */
class DecisionWithinNoticeApiTests extends CaseApiTest {

	@Autowired
	MessageSource messages;

	private static String decision(String on, String kinds, String fine) {
		return """
				{"decidedOn":"%s","outcome":"PENALTY","kinds":[%s],"fine":%s}""".formatted(on, kinds, fine);
	}

	/** Notified 1,999.99 yuan without the hearing right on 6 July 2026 and waived the next day. */
	private long notifiedBelowTheThreshold(String party) throws Exception {
		long id = atNotice("NATURAL_PERSON", party, "2026-06-01", "2026-06-20", "1999.99", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":false}");
		act(id, "record-waiver", "{\"on\":\"2026-07-07\",\"how\":\"当事人书面放弃陈述申辩\"}");
		return id;
	}

	@Test
	void aDecisionInHearingScopeNeedsTheHearingRightNotified() throws Exception {
		long id = notifiedBelowTheThreshold("（告知范围）某某甲");
		assertThat(refused(id, "decide", decision("2026-07-08", "\"FINE\"", "2000")))
			.containsExactly("case.decision-needs-hearing-notice");
		assertThat(refused(id, "decide", decision("2026-07-08", "\"FINE\"", "20000")))
			.containsExactly("case.decision-needs-hearing-notice");
		assertThat(refused(id, "decide", decision("2026-07-08", "\"FINE\",\"CONFISCATE_ILLEGAL_GAINS\"", "1999.99")))
			.containsExactly("case.decision-kind-not-notified");
		assertThat(record(id)).anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("refused:decide"));
		// the reason is told in the user's language, naming the articles
		assertThat(messages.getMessage("problem.case.decision-needs-hearing-notice.detail", null, Locale.CHINA))
			.contains("听证", "第六十三条");
		assertThat(messages.getMessage("problem.case.decision-needs-hearing-notice.detail", null, Locale.ENGLISH))
			.contains("hearing", "Articles 44, 63 and 64");

		act(id, "decide", decision("2026-07-08", "\"FINE\"", "1999.99"));
		JsonNode decided = approveAll(id, "dlh.head");
		assertThat(decided.get("stage").asString()).isEqualTo("DECIDED");
		assertThat(decided.get("decidedFine").decimalValue()).isEqualByComparingTo("1999.99");
	}

	@Test
	void aHeavierProposalIsNotifiedAgainWithTheHearingRightThenDecided() throws Exception {
		long id = notifiedBelowTheThreshold("（告知范围）某某乙");
		assertThat(refused(id, "decide", decision("2026-07-08", "\"FINE\"", "2000")))
			.containsExactly("case.decision-needs-hearing-notice");
		// the same proposal is not notified twice: once waived, the case waits for the decision, not a notice
		perform("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-07-08\",\"hearingRightNotified\":true}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("case.action-not-allowed-in-stage"));

		// a new report after further investigation, reviewed and approved by the head: back to notice
		act(id, "submit-report", """
				{"on":"2026-07-08","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],%s
				 "summary":"补充调查查明违法情节较重"}""".formatted(ORDINARY));
		JsonNode reviewed = act("dlh.legal", id, "review-case", "{\"on\":\"2026-07-08\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		assertThat(reviewed.get("stage").asString()).isEqualTo("PROPOSAL");
		act(id, "propose", "{\"on\":\"2026-07-08\"}");
		assertThat(approveAll(id, "dlh.head").get("stage").asString()).isEqualTo("NOTICE");
		// in hearing scope the new notice names the hearing right (§63)
		assertThat(refused(id, "serve-notice", "{\"servedOn\":\"2026-07-09\",\"hearingRightNotified\":false}"))
			.containsExactly("case.hearing-right-not-notified");
		JsonNode renewed = act(id, "serve-notice", "{\"servedOn\":\"2026-07-09\",\"hearingRightNotified\":true}");
		assertThat(renewed.get("noticeServedOn").asString()).isEqualTo("2026-07-09");
		assertThat(renewed.get("notifiedFine").decimalValue()).isEqualByComparingTo("2000");
		assertThat(renewed.get("hearingNotified").asBoolean()).isTrue();
		// the waiver of the old notice does not answer the new one: its periods run again (市监 §57; 处罚法 §64(1))
		assertThat(renewed.get("partyWaived").asBoolean()).isFalse();
		assertThat(clock(renewed, "HEARING_REQUEST").get("state").asString()).isEqualTo("RUNNING");
		assertThat(refused(id, "decide", decision("2026-07-10", "\"FINE\"", "2000")))
			.containsExactly("case.response-period-running");

		act(id, "record-waiver", "{\"on\":\"2026-07-10\",\"how\":\"当事人书面放弃陈述申辩和听证\"}");
		act(id, "decide", decision("2026-07-13", "\"FINE\"", "2000"));
		JsonNode decided = approveAll(id, "dlh.head");
		assertThat(decided.get("stage").asString()).isEqualTo("DECIDED");
		assertThat(decided.get("decidedFine").decimalValue()).isEqualByComparingTo("2000");
		assertThat(record(id).stream().filter(e -> e.get("action").asString().equals("serve-notice"))).hasSize(2);
	}
}
