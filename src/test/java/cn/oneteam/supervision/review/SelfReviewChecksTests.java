package cn.oneteam.supervision.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.casehandling.CaseApiTest;
import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Each machine check of the general standard against a 德令哈 case that breaks it and one that passes
 * (docs/adr/0034-scoring-standards-and-self-review.md), the cases built through the procedure's API; a veto blocks
 * closing — when requested and when approved — with the item named, and the closing goes through once the file is
 * lawful; the API's shape, 404 outside the jurisdiction and 409 for a simple-procedure case. The veto items the
 * procedure itself guards (certificates, two officers, legal review, collective discussion, service recorded) are
 * broken in the case's own row, as a file imported or changed behind the procedure's back would be.
 */
class SelfReviewChecksTests extends CaseApiTest {

	@Autowired
	SelfReviews reviews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organizations organizations;

	private static String party(String what) {
		return "自查测试" + what + System.nanoTime() % 1_000_000;
	}

	/** The items of the review's deductions with their points, summed per item. */
	private static Map<String, BigDecimal> deducted(SelfReview r) {
		return r.deductions().stream()
			.collect(Collectors.toMap(SelfReview.Deduction::item, SelfReview.Deduction::points, BigDecimal::add));
	}

	private static List<String> vetoed(SelfReview r) {
		return r.vetoes().stream().map(SelfReview.Veto::item).distinct().toList();
	}

	private SelfReview review(long id) {
		return reviews.review(id, Locale.SIMPLIFIED_CHINESE);
	}

	/** A 送达回证 for the document, as dlh.officer1 issues it. */
	private void receipt(long id, JsonNode document) throws Exception {
		issue(id, "service-receipt", """
				{"subject":%d,"inputs":{"method":"直接送达","recipient":"当事人本人","servedAt":"当日10时"}}"""
			.formatted(document.get("id").asLong())).andExpect(status().isCreated());
	}

	/**
	 * A lawful file: filed on discovery, reported with its report in the file, reviewed, notified with the notice's
	 * receipt, decided, served with the decision's receipt, published in time and paid: at CLOSING.
	 */
	private long lawful(String party) throws Exception {
		long id = atNotice("ORGANISATION", party, "2026-06-01", "2026-06-10", "2000", ORDINARY);
		issue(id, "investigation-report", "{}").andExpect(status().isCreated());
		act(id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		receipt(id, latest(id, "PENALTY_NOTICE"));
		act(id, "decide", "{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approveAll(id, "dlh.head");
		act(id, "serve-decision",
				"{\"on\":\"2026-06-24\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		receipt(id, latest(id, "PENALTY_DECISION"));
		act(id, "record-publication", "{\"on\":\"2026-06-26\",\"channel\":\"德令哈市人民政府门户网站\",\"reference\":\"公示-1\"}");
		act(id, "record-payment", "{\"paidOn\":\"2026-07-01\",\"amount\":2000,\"reference\":\"PAY-SR\"}");
		return id;
	}

	@Test
	void aLawfulFileHasNoFindingButTheClosingItAwaitsAndClosesWithTheResultKept() throws Exception {
		long id = lawful(party("合法"));
		SelfReview before = review(id);
		assertThat(before.vetoes()).isEmpty();
		// the closing period (15 working days from the payment) ran out months ago: the only deduction
		assertThat(deducted(before)).containsOnlyKeys("C05");
		assertThat(before.deductions()).singleElement()
			.satisfies(d -> assertThat(d.reason()).contains("结案期限", "2026-07-2"));

		act(id, "close", "{\"on\":\"2026-07-02\",\"summary\":\"罚款已缴清\"}");
		assertThat(approveAll(id, "dlh.squad", "dlh.head").get("stage").asString()).isEqualTo("CLOSED");
		SelfReview after = review(id);
		assertThat(after.vetoes()).isEmpty();
		assertThat(after.deductions()).isEmpty();
		assertThat(after.score()).isEqualByComparingTo("100");
		assertThat(after.grade().name()).isEqualTo("EXCELLENT");
		assertThat(after.standard()).isEqualTo("GENERAL-PENALTY v1");
		assertThat(after.reviewerItems()).isEqualTo(12);
		// kept at closing, as of the closed file: the closing period met on its day, not overdue
		assertThat(reviews.latestScores(List.of(id))).containsEntry(id, after.score());
		assertThat(reviews.latestScores(List.of(id)).get(id)).isEqualByComparingTo(before.score().add(new BigDecimal(2)));
	}

	/**
	 * A sloppy file: filed after the verification period (C01), its report never put in the file (C02), the party's
	 * statement not answered in the decision (C03), no receipts (C04), published late (C07), a number missing below
	 * its correction order's (F01), the review opinion made after the decision (F02). Deductions never block closing.
	 */
	@Test
	void eachScoredCheckDeductsItsPointsFromASloppyFile() throws Exception {
		long id = clue("ORGANISATION", party("草率"), "2026-06-01");
		act(id, "file", """
				{"filedOn":"2026-07-01","actOn":"2026-05-29","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		act(id, "submit-report", """
				{"on":"2026-07-03","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],%s
				 "summary":"事实清楚，证据确凿"}""".formatted(ORDINARY));
		act("dlh.legal", id, "review-case", "{\"on\":\"2026-07-03\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		act(id, "propose", "{\"on\":\"2026-07-03\"}");
		approveAll(id, "dlh.head");
		act(id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":false}");
		act(id, "record-statement", "{\"on\":\"2026-07-07\",\"statement\":\"初次违法\",\"reexamination\":\"经复核，不予采纳\"}");
		act(id, "decide", "{\"decidedOn\":\"2026-07-14\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approveAll(id, "dlh.head");
		issue(id, "review-opinion", "{}").andExpect(status().isCreated());
		act(id, "serve-decision",
				"{\"on\":\"2026-07-14\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		act(id, "record-publication", "{\"on\":\"2026-07-31\",\"channel\":\"德令哈市人民政府门户网站\",\"reference\":\"公示-2\"}");
		long body = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		jdbc.sql("""
				insert into document_series (organization_id, doc_type, year, last_sequence)
				values (?, 'CORRECTION_ORDER', extract(year from current_date)::int, 1)
				on conflict (organization_id, doc_type, year) do update set last_sequence = document_series.last_sequence + 1""")
			.param(body).update(); // a number taken and lost outside the procedure
		issue(id, "correction-order", "{\"inputs\":{\"requirement\":\"停止露天烧烤\",\"deadline\":\"2026年8月1日\"}}")
			.andExpect(status().isCreated());

		SelfReview r = review(id);
		assertThat(r.vetoes()).isEmpty();
		Map<String, BigDecimal> deducted = deducted(r);
		assertThat(deducted.get("C01")).isEqualByComparingTo("1");
		assertThat(deducted.get("C02")).isEqualByComparingTo("3");
		assertThat(deducted.get("C03")).isEqualByComparingTo("2");
		assertThat(deducted.get("C04")).isEqualByComparingTo("4"); // the notice's and the decision's receipts, 2 each
		assertThat(deducted.get("C07")).isEqualByComparingTo("1");
		assertThat(deducted.get("F01")).isEqualByComparingTo("2");
		assertThat(deducted.get("F02")).isEqualByComparingTo("1");
		assertThat(r.score()).isEqualByComparingTo(new BigDecimal(100).subtract(
				deducted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
		assertThat(r.deductions()).filteredOn(d -> d.item().equals("C01")).singleElement()
			.satisfies(d -> assertThat(d.reason()).contains("2026-06-23", "2026-07-01"));
		assertThat(r.deductions()).filteredOn(d -> d.item().equals("F02")).singleElement()
			.satisfies(d -> assertThat(d.reason()).contains("法制审核意见书", "行政处罚决定书"));

		SelfReview english = reviews.review(id, Locale.ENGLISH);
		assertThat(english.deductions()).filteredOn(d -> d.item().equals("C07")).singleElement()
			.satisfies(d -> assertThat(d.reason()).isEqualTo(
					"Decision published on 2026-07-31; the publicity period ended " + clockDue(id, "PUBLICITY")));

		act(id, "record-payment", "{\"paidOn\":\"2026-07-20\",\"amount\":2000,\"reference\":\"PAY-SR2\"}");
		act(id, "close", "{\"on\":\"2026-07-21\",\"summary\":\"罚款已缴清\"}");
		assertThat(approveAll(id, "dlh.squad", "dlh.head").get("stage").asString()).isEqualTo("CLOSED");
	}

	private String clockDue(long id, String kind) throws Exception {
		return clock(detail(id), kind).get("dueOn").asString();
	}

	@Test
	void evidencePreservedAndNeverDecidedOnCostsTheMeasuresItem() throws Exception {
		long id = filed("ORGANISATION", party("保存"), "2026-06-01", "2026-06-01");
		assertThat(deducted(review(id))).doesNotContainKey("C06");
		act(id, "preserve-evidence", """
				{"on":"2026-06-03","items":["烧烤炉1台"],"reason":"证据可能灭失","officers":%s,"certificateShown":true,
				 "partyPresent":true}""".formatted(pair()));
		approved(id);
		SelfReview r = review(id);
		assertThat(deducted(r).get("C06")).isEqualByComparingTo("3");
		assertThat(r.deductions()).filteredOn(d -> d.item().equals("C06")).singleElement()
			.satisfies(d -> assertThat(d.reason()).contains("先行登记保存", "2026-06-03"));
	}

	/**
	 * 立案前调查: the procedure refuses an investigation dated before the filing; one the file shows all the same (its
	 * filing day moved behind the procedure's back) is a veto that refuses the closing, requested or approved.
	 */
	@Test
	void anInvestigationBeforeFilingIsRefusedAndInTheFileAVetoThatRefusesTheClosing() throws Exception {
		long id = clue("ORGANISATION", party("颠倒"), "2026-06-01");
		act(id, "file", """
				{"filedOn":"2026-06-03","actOn":"2026-05-29","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		JsonNode early = body(perform("dlh.officer1", id, "record-investigation", """
				{"kind":"INSPECTION","on":"2026-06-02","summary":"现场检查","officers":%s,"certificateShown":true}"""
			.formatted(pair())).andExpect(status().isUnprocessableContent()));
		assertThat(early.get("reasons").toString()).contains("case.date-before-filing");
		act(id, "record-investigation", """
				{"kind":"INSPECTION","on":"2026-06-04","summary":"现场检查","officers":%s,"certificateShown":true}"""
			.formatted(pair()));
		assertThat(review(id).vetoes()).isEmpty();
		jdbc.sql("update penalty_case set filed_on = date '2026-06-08' where id = ?").param(id).update();
		SelfReview r = review(id);
		assertThat(vetoed(r)).containsExactly("V03");
		assertThat(r.vetoes().get(0).reason()).contains("2026-06-04", "2026-06-08");
		assertThat(r.score()).isEqualByComparingTo("0");
		assertThat(r.grade().name()).isEqualTo("FAIL");

		act(id, "terminate", """
				{"on":"2026-06-10","ground":"DISSOLUTION","noSuccessor":true,"evidence":"注销登记通知书"}""");
		approved(id);
		JsonNode refused = body(perform("dlh.officer1", id, "close", "{\"on\":\"2026-06-12\",\"summary\":\"终止调查\"}")
			.andExpect(status().isUnprocessableContent()));
		assertThat(refused.get("code").asString()).isEqualTo("case.self-review-veto");
		assertThat(refused.get("reasons").toString()).contains("case.self-review-veto");
		assertThat(refused.get("detail").asString()).contains("V03", "2026-06-04");
		assertThat(detail(id).get("stage").asString()).isEqualTo("CLOSING");
		assertThat(detail(id).get("pendingApproval").isNull()).isTrue();
	}

	/**
	 * 决定后取证: evidence collected after the decision (the execution's photos and the like) is lawful and no veto;
	 * the alert board's pattern is the supervisory signal (docs/adr/0034-scoring-standards-and-self-review.md).
	 */
	@Test
	void evidenceCollectedAfterTheDecisionIsNoVeto() throws Exception {
		long id = atNotice("ORGANISATION", party("补证"), "2026-06-01", "2026-06-10", "2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		act(id, "decide", "{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approveAll(id, "dlh.head");
		assertThat(review(id).vetoes()).isEmpty();
		mvc.perform(post("/api/v1/cases/{id}/evidence", id).with(as("dlh.officer1")).with(csrf())
			.param("type", "INSPECTION_RECORD")
			.param("title", "补拍现场照片")
			.param("source", "执法人员现场拍摄")
			.param("collectedAt", "2026-06-30T10:00:00")
			.param("place", "德令哈市长江路")
			.param("officers", String.valueOf(officer1()), String.valueOf(officer2()))
			.param("fileName", "补充笔录.txt")
			.contentType("text/plain")
			.content("补拍".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(status().isCreated());
		SelfReview r = review(id);
		assertThat(r.vetoes()).isEmpty();
		assertThat(r.grade().name()).isNotEqualTo("FAIL");
	}

	/**
	 * The veto items the procedure guards, broken one at a time in the case's row and put back: each is found, named,
	 * fails the file, and refuses the closing at its approval; put back, the closing goes through.
	 */
	@Test
	void eachGuardedVetoIsFoundWhenTheFileBreaksItAndTheClosingGoesThroughOnceLawful() throws Exception {
		long id = lawful(party("否决"));
		assertThat(review(id).vetoes()).isEmpty();
		long officer2 = officer2();
		String own = jdbc.sql("select certificate_no from case_officer where case_id = ? and person_id = ?")
			.params(id, officer2).query(String.class).single();
		String other = jdbc.sql("select certificate_no from case_officer where case_id = ? and person_id = ?")
			.params(id, officer1()).query(String.class).single();
		String expired = jdbc.sql("""
				select number from certificate group by number having max(valid_to) < date '2026-06-01'
				order by number limit 1""").query(String.class).single(); // no renewal valid on the filing day
		boolean passed = jdbc.sql("select legal_review_passed from penalty_case where id = ?").param(id)
			.query(Boolean.class).single();

		breakAndRestore(id, "update case_officer set certificate_no = '" + expired + "' where case_id = ? and person_id = "
				+ officer2, "update case_officer set certificate_no = '" + own + "' where case_id = ? and person_id = "
						+ officer2, "V01", expired);
		breakAndRestore(id, "update case_officer set certificate_no = '" + other + "' where case_id = ? and person_id = "
				+ officer2, "update case_officer set certificate_no = '" + own + "' where case_id = ? and person_id = "
						+ officer2, "V02", "1");
		breakAndRestore(id, "update penalty_case set review_by_law = true, legal_review_passed = false where id = ?",
				"update penalty_case set review_by_law = false, legal_review_passed = " + passed + " where id = ?", "V04",
				"2026-06-24");
		breakAndRestore(id, "update penalty_case set complex_or_major = true where id = ?",
				"update penalty_case set complex_or_major = false where id = ?", "V05", "2026-06-24");
		breakAndRestore(id, "update penalty_case set served_on = null where id = ?",
				"update penalty_case set served_on = date '2026-06-24' where id = ?", "V06", "行政处罚决定书");

		// requested while lawful, broken before the head approves: the approval is refused with the item named
		act(id, "close", "{\"on\":\"2026-07-02\",\"summary\":\"罚款已缴清\"}");
		approveAll(id, "dlh.squad");
		jdbc.sql("update penalty_case set served_on = null where id = ?").param(id).update();
		long request = detail("dlh.head", id).get("pendingApproval").get("id").asLong();
		JsonNode refused = body(mvc.perform(post("/api/v1/cases/approvals/" + request + "/approve").with(as("dlh.head"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"同意\"}"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(refused.get("detail").asString()).contains("V06");
		jdbc.sql("update penalty_case set served_on = date '2026-06-24' where id = ?").param(id).update();
		assertThat(approveAll(id, "dlh.head").get("stage").asString()).isEqualTo("CLOSED");
	}

	private void breakAndRestore(long id, String breaking, String restoring, String item, String reasonNames) {
		jdbc.sql(breaking).param(id).update();
		SelfReview broken = review(id);
		assertThat(vetoed(broken)).as(item).contains(item);
		assertThat(broken.vetoes()).filteredOn(v -> v.item().equals(item)).first()
			.satisfies(v -> assertThat(v.reason()).contains(reasonNames));
		assertThat(broken.grade().name()).isEqualTo("FAIL");
		jdbc.sql(restoring).param(id).update();
		assertThat(review(id).vetoes()).as(item + " put back").isEmpty();
	}

	@Test
	void theApiAnswersTheReviewToReadersOfTheCaseOnly() throws Exception {
		long id = lawful(party("接口"));
		mvc.perform(get("/api/v1/supervision/self-review/" + id).with(as("hx.supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(98))
			.andExpect(jsonPath("$.grade").value("EXCELLENT"))
			.andExpect(jsonPath("$.standard").value("GENERAL-PENALTY v1"))
			.andExpect(jsonPath("$.vetoes").isEmpty())
			.andExpect(jsonPath("$.deductions[0].item").value("C05"))
			.andExpect(jsonPath("$.deductions[0].points").value(2))
			.andExpect(jsonPath("$.deductions[0].reason").isNotEmpty());
		mvc.perform(get("/api/v1/supervision/self-review/" + id).with(as("dlh.officer1")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deductions[0].reason").value(org.hamcrest.Matchers.startsWith("Closing period due")));
		mvc.perform(get("/api/v1/supervision/self-review/" + id).with(as("grm.officer1")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("case.unknown"));
		mvc.perform(get("/api/v1/supervision/self-review/999999999").with(as("dlh.officer1")))
			.andExpect(status().isNotFound());
		long simple = jdbc.sql("select id from penalty_case where procedure = 'SIMPLE' order by id limit 1")
			.query(Long.class).single();
		mvc.perform(get("/api/v1/supervision/self-review/" + simple).with(as("hx.supervisor")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.self-review-simple-procedure"));
		// outside the caller's jurisdiction a simple-procedure case is not told apart from none
		long delingha = jdbc.sql("""
				select id from penalty_case where procedure = 'SIMPLE' and place_code like '632802%' order by id limit 1""")
			.query(Long.class).single();
		mvc.perform(get("/api/v1/supervision/self-review/" + delingha).with(as("grm.officer1")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("case.unknown"));
		mvc.perform(get("/api/v1/supervision/self-review/" + delingha).with(as("dlh.officer1")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.self-review-simple-procedure"));

		// the case page's section, loaded by htmx from this module
		mvc.perform(get("/cases/" + id + "/self-review").with(as("dlh.officer1")).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"self-review-deductions\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("C05")));
		mvc.perform(get("/cases/" + id).with(as("dlh.officer1")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/cases/" + id + "/self-review")));
	}

	@Test
	void theStandardsAreListedWithTheirItemsByApiAndPage() throws Exception {
		JsonNode all = body(mvc.perform(get("/api/v1/supervision/standards").with(as("hx.supervisor")))
			.andExpect(status().isOk()));
		JsonNode general = all.valueStream().filter(s -> s.get("code").asString().equals("GENERAL-PENALTY"))
			.findFirst().orElseThrow();
		assertThat(general.get("items")).hasSize(27);
		assertThat(general.get("items").valueStream().filter(i -> !i.get("machineCheck").isNull())).hasSize(15);
		mvc.perform(get("/api/v1/supervision/standards/" + general.get("id").asLong()).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").value("V01"))
			.andExpect(jsonPath("$.items[0].machineCheck").value("OFFICERS_CERTIFIED"));
		mvc.perform(get("/api/v1/supervision/standards/999999").with(as("hx.supervisor")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("supervision.standard-unknown"));
		mvc.perform(get("/supervision").with(as("hx.supervisor")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"hub-standards\"")));
		mvc.perform(get("/supervision/standards").with(as("hx.supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"item-GENERAL-PENALTY-v1-F01\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("系统自查")));
	}
}
