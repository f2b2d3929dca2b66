package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The general procedure end to end through the API: a clue about 露天烧烤 at 德令哈 becomes a filed case, is
 * investigated, reviewed, notified, decided, served, paid and closed; the heads approve through their chains; a
 * decision before the response period ends is refused and the refusal recorded; the record verifies, and a fine
 * changed in the database behind the procedure is detected.
 * After every write to a case its record is verified in full ({@link RecordVerifiedAfterEveryAction};
 * docs/adr/0007-tamper-evidence.md).
 */
@Import(RecordVerifiedAfterEveryAction.class)
class GeneralProcedureApiTests extends CaseApiTest {

	@BeforeAll
	static void countThisClassAlone() {
		RecordVerifiedAfterEveryAction.VERIFIED.clear();
	}

	@AfterAll
	static void recordsWereVerified() {
		assertThat(RecordVerifiedAfterEveryAction.VERIFIED).isNotEmpty();
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void clueToClosedCase() throws Exception {
		long id = clue("ORGANISATION", "某烧烤城（普通程序测试）", "2026-06-01");
		JsonNode clue = detail("dlh.officer1", id);
		assertThat(clue.get("stage").asString()).isEqualTo("CLUE");
		assertThat(clue.get("clocks").get(0).get("kind").asString()).isEqualTo("CLUE_VERIFICATION");
		// 15 working days after Mon 1 June 2026, 端午 Fri 19 June a holiday
		assertThat(clue.get("clocks").get(0).get("dueOn").asString()).isEqualTo("2026-06-23");

		JsonNode filing = act("dlh.officer1", id, "file", """
				{"filedOn":"2026-06-03","actOn":"2026-05-30","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		assertThat(filing.get("stage").asString()).isEqualTo("CLUE");
		assertThat(filing.get("pendingApproval").get("steps").toString()).isEqualTo("[\"SQUAD_HEAD\",\"BUREAU_HEAD\"]");

		JsonNode filed = approveAll(id, "dlh.squad", "dlh.head");
		assertThat(filed.get("stage").asString()).isEqualTo("INVESTIGATING");
		assertThat(filed.get("clocks").toString()).contains("\"kind\":\"DECISION\"").contains("\"dueOn\":\"2026-09-01\"");

		act("dlh.officer1", id, "record-investigation", """
				{"kind":"INSPECTION","on":"2026-06-05","summary":"现场检查，烧烤摊位3处","officers":%s,"certificateShown":true}"""
			.formatted(pair()));
		act("dlh.officer1", id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],%s
				 "summary":"事实清楚，证据确凿"}""".formatted(ORDINARY));
		JsonNode reviewed = act("dlh.legal", id, "review-case", """
				{"on":"2026-06-11","opinion":"AGREE","text":"同意"}""");
		assertThat(reviewed.get("stage").asString()).isEqualTo("PROPOSAL");
		act("dlh.officer1", id, "propose", "{\"on\":\"2026-06-11\"}");
		assertThat(approveAll(id, "dlh.head").get("stage").asString()).isEqualTo("NOTICE");
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");

		// five working days after 15 June run to 23 June (19 June is 端午): a decision on 22 June is refused
		perform("dlh.officer1", id, "decide", "{\"decidedOn\":\"2026-06-22\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").value("case.response-period-running"));
		act("dlh.officer1", id, "decide", """
				{"decidedOn":"2026-06-24","outcome":"PENALTY","kinds":["FINE"],"fine":2000}""");
		JsonNode decided = approveAll(id, "dlh.head");
		assertThat(decided.get("stage").asString()).isEqualTo("DECIDED");
		assertThat(decided.get("decisionNumber").asString()).matches("德综执罚决〔2026〕[1-9][0-9]*号");
		assertThat(decided.get("decidedFineInWords").asString()).isEqualTo("贰仟元整");
		var pdf = mvc.perform(get("/api/v1/cases/" + id + "/documents/decision.pdf").with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""))
				.contains(decided.get("decisionNumber").asString(), "某烧烤城（普通程序测试）", "罚款人民币贰仟元整（¥2,000.00）",
						"《中华人民共和国大气污染防治法》第一百一十八条第三款", "德令哈市综合行政执法局（印章）", "2026年6月24日");
		}
		String sha256 = pdf.getHeader("X-Content-SHA256");
		assertThat(decided.toString()).doesNotContain("decisionSha256"); // the digest is in the record, not the case
		assertThat(body(mvc.perform(get("/api/v1/cases/" + id + "/record").with(as("dlh.officer1")))).toString())
			.contains("\\\"decisionSha256\\\":\\\"" + sha256);
		JsonNode served = act("dlh.officer1", id, "serve-decision",
				"{\"on\":\"2026-06-24\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		assertThat(served.get("paymentDue").asString()).isEqualTo("2026-07-09");
		// the response period ran out unanswered before the decision: ended as lapsed, not left running
		assertThat(clock(served, "NOTICE_RESPONSE").get("state").asString()).isEqualTo("LAPSED");
		JsonNode published = act("dlh.officer1", id, "record-publication",
				"{\"on\":\"2026-06-26\",\"channel\":\"德令哈市人民政府门户网站\",\"reference\":\"德综执罚〔2026〕1号\"}");
		assertThat(clock(published, "PUBLICITY").get("state").asString()).isEqualTo("MET");
		assertThat(refused(id, "record-publication",
				"{\"on\":\"2026-06-26\",\"channel\":\"网站\",\"reference\":\"重复\"}"))
			.containsExactly("case.publicity-not-running");
		act("dlh.officer1", id, "record-payment", "{\"paidOn\":\"2026-07-01\",\"amount\":2000,\"reference\":\"PAY-1\"}");
		act("dlh.officer1", id, "close", "{\"on\":\"2026-07-02\",\"summary\":\"罚款已缴清\"}");
		JsonNode closed = approveAll(id, "dlh.squad", "dlh.head");
		assertThat(closed.get("stage").asString()).isEqualTo("CLOSED");

		JsonNode record = body(mvc.perform(get("/api/v1/cases/" + id + "/record").with(as("dlh.officer1"))));
		List<String> actions = record.valueStream().map(e -> e.get("action").asString()).toList();
		assertThat(actions).contains("register-clue", "requested:file", "approved:file", "refused:decide",
				"approved:close");
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
		// a payment period lengthened in the database shows; put back exactly, the record verifies again
		jdbc.sql("update case_clock set due_on = due_on + 30 where case_id = ? and kind = 'PAYMENT'").param(id).update();
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.reason").value("case-changed"));
		jdbc.sql("update case_clock set due_on = due_on - 30 where case_id = ? and kind = 'PAYMENT'").param(id).update();
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
		jdbc.sql("update penalty_case set fine = 200 where id = ?").param(id).update();
		// the issued decision cannot be changed; changed behind the trigger's back, it is refused, never served
		assertThatThrownBy(() -> jdbc.sql("update issued_document set content = ? where case_id = ?")
			.params(new byte[] { 1 }, id).update()).hasMessageContaining("immutable");
		jdbc.sql("alter table issued_document disable trigger issued_document_no_change").update();
		jdbc.sql("update issued_document set content = ? where case_id = ?").params(new byte[] { 1 }, id).update();
		jdbc.sql("alter table issued_document enable trigger issued_document_no_change").update();
		mvc.perform(get("/api/v1/cases/" + id + "/documents/decision.pdf").with(as("dlh.officer1")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("document.integrity-failed"));
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.reason").value("case-changed"));
	}
}
