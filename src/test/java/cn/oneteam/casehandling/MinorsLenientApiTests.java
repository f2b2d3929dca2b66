package cn.oneteam.casehandling;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 处罚法 §30 through the API: a party of 16 at the act (born 10 May 2010, act 29 May 2026) must be treated leniently
 * (从轻 or 减轻). Neither matter used here has a published discretion benchmark: HX-CG-009 fines 500 to 20,000 yuan
 * (middle 10,250), HX-CG-018 up to 20,000 yuan with no minimum (middle 10,000). With a stated reason a fine in the
 * lighter part of the statutory range is 从轻, from the minimum itself up to a cent below the middle; from the middle
 * on it is not lenient; without a reason nothing is 从轻; 减轻 below the minimum stays as it was.
 */
class MinorsLenientApiTests extends CaseApiTest {

	private static final String BORN = "2010-05-10";

	/** A clue about a 16-year-old, filed with the birth date and approved: INVESTIGATING. */
	private long minorFiled(String matter, String party) throws Exception {
		long id = clue(matter, "NATURAL_PERSON", party, "2026-06-01");
		act(id, "file", """
				{"filedOn":"2026-06-02","actOn":"2026-05-29","lifeHealthOrFinanceWithHarm":false,"partyBirthDate":"%s",
				 "officers":%s}""".formatted(BORN, pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		return id;
	}

	private String report(String fine, String reason) {
		return """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":%s,"circumstances":[],
				 "mitigationReason":%s,%s"summary":"事实清楚，证据确凿"}"""
			.formatted(fine, reason.isEmpty() ? "null" : "\"" + reason + "\"", ORDINARY);
	}

	@ParameterizedTest(name = "{0} fined {1} with reason ''{2}'': {3} {4}")
	@CsvSource({ "HX-CG-009, 500, 未成年人初次违法, 200, LIGHTER", "HX-CG-009, 500.01, 未成年人初次违法, 200, LIGHTER",
			"HX-CG-009, 3000, 未成年人初次违法, 200, LIGHTER", "HX-CG-009, 10249.99, 未成年人初次违法, 200, LIGHTER",
			"HX-CG-009, 10250, 未成年人初次违法, 422, case.minor-must-be-lenient",
			"HX-CG-009, 20000, 未成年人初次违法, 422, case.minor-must-be-lenient",
			"HX-CG-009, 500, '', 422, case.minor-must-be-lenient", "HX-CG-009, 499, 未成年人初次违法, 200, MITIGATED",
			"HX-CG-018, 0.01, 未成年人初次违法, 200, LIGHTER", "HX-CG-018, 200, 未成年人初次违法, 200, LIGHTER",
			"HX-CG-018, 9999.99, 未成年人初次违法, 200, LIGHTER",
			"HX-CG-018, 10000, 未成年人初次违法, 422, case.minor-must-be-lenient",
			"HX-CG-018, 200, '', 422, case.minor-must-be-lenient" })
	void aMinorIsFinedLenientlyWithoutABenchmark(String matter, String fine, String reason, int status, String outcome)
			throws Exception {
		long id = minorFiled(matter, "（未成年人）某某" + matter + fine + reason.length());
		var result = perform("dlh.officer1", id, "submit-report", report(fine, reason)).andExpect(status().is(status));
		if (status == 200) {
			result.andExpect(jsonPath("$.tier").value(outcome)).andExpect(jsonPath("$.stage").value("REVIEW"));
		}
		else {
			result.andExpect(jsonPath("$.reasons[0]").value(outcome));
		}
	}

	/** The lenient fine at the minimum is decided as reported: the decision checks the same rule with the same reason. */
	@Test
	void aMinorFinedAtTheMinimumWithItsReasonIsDecided() throws Exception {
		long id = minorFiled("HX-CG-009", "（未成年人）某某决定");
		act(id, "submit-report", report("500", "未成年人初次违法，主动改正"));
		act("dlh.legal", id, "review-case", "{\"on\":\"2026-06-10\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		act(id, "propose", "{\"on\":\"2026-06-10\"}");
		approveAll(id, "dlh.head");
		act(id, "serve-notice", "{\"servedOn\":\"2026-06-11\",\"hearingRightNotified\":false}");
		act(id, "record-waiver", "{\"on\":\"2026-06-12\",\"how\":\"监护人陪同当事人书面放弃陈述申辩\"}");
		act(id, "decide", "{\"decidedOn\":\"2026-06-15\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":500}");
		JsonNode decided = approveAll(id, "dlh.head");
		assertThat(decided.get("stage").asString()).isEqualTo("DECIDED");
		assertThat(decided.get("tier").asString()).isEqualTo("LIGHTER");
	}
}
