package cn.oneteam.casehandling;

import cn.oneteam.PdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A case's documents: issued by the actions that produce them (立案审批表 at filing, the seizure decision with its
 * list, the notice, the decision) or on demand (询问笔录, 送达回证, 责令改正通知书), each numbered only where it
 * carries a number, its text what the case recorded, its digest in the record; a preview neither numbered nor kept;
 * a correction supersedes with a new number; the file index in the order of 市监 §78.
 */
class CaseDocumentsTests extends CaseApiTest {



	@Test
	void theProcedureIssuesItsDocumentsEachStatingWhatTheCaseRecordedInTheOrderOfTheFile() throws Exception {
		String party = "文书测试烧烤店" + System.nanoTime() % 100000;
		long id = filed("ORGANISATION", party, "2026-06-01", "2026-06-01");
		JsonNode filing = latest(id, "FILING_APPROVAL");
		assertThat(filing.get("number").asString()).matches("德综执立〔2026〕[1-9][0-9]*号");
		assertThat(textOf(id, filing)).contains("德令哈市综合行政执法局", "立案审批表", filing.get("number").asString(), party,
				"2026年6月1日", "执法证号");

		act(id, "seize", """
				{"kind":"IMPOUND","on":"2026-06-03","items":["烧烤炉2台","木炭5袋"],"reason":"涉案工具","officers":[%d,%d],
				 "certificateShown":true,"partyPresent":true}""".formatted(officer1(), officer2()));
		approved(id);
		JsonNode seizure = latest(id, "SEIZURE_DECISION");
		assertThat(seizure.get("number").asString()).matches("德综执查扣〔2026〕[1-9][0-9]*号");
		assertThat(textOf(id, seizure)).contains("查封（扣押）决定书", "烧烤炉2台", "木炭5袋", "财物名称、数量", "2026年6月3日",
				"2026年7月3日", "德令哈市综合行政执法局（印章）", "第1页", "共1页");
		act(id, "release-seizure", """
				{"measure":%d,"on":"2026-06-08","ground":"DECIDED_NO_LONGER_NEEDED","note":"已查清"}"""
			.formatted(body(mvc.perform(get("/api/v1/cases/" + id + "/measures").with(as("dlh.officer1"))))
				.get("measures").get(0).get("id").asLong()));

		act(id, "record-investigation", """
				{"kind":"INTERVIEW","on":"2026-06-05","summary":"问：是否在禁止时段露天烧烤？答：是。","officers":%s,
				 "certificateShown":true}""".formatted(pair()));
		JsonNode interview = body(issue(id, "interview-record",
				"{\"inputs\":{\"interviewee\":\"张某\",\"place\":\"德令哈市某路\",\"startTime\":\"9时30分\",\"endTime\":\"10时15分\"}}")
			.andExpect(status().isCreated()));
		assertThat(interview.get("number").isNull()).isTrue(); // a record carries no number
		assertThat(textOf(id, interview)).contains("询问笔录", "张某", "2026年6月5日9时30分至10时15分", "答：是。",
				"以上笔录我看过（向我宣读过），与我说的相符。");

		act(id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],%s
				 "summary":"事实清楚，证据确凿"}""".formatted(ORDINARY));
		act("dlh.legal", id, "review-case", "{\"on\":\"2026-06-11\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		JsonNode review = body(issue(id, "review-opinion", "{}").andExpect(status().isCreated()));
		assertThat(textOf(id, review)).contains("法制审核意见书", "同意", "罚款人民币贰仟元整（¥2,000.00）");
		act(id, "propose", "{\"on\":\"2026-06-11\"}");
		approveAll(id, "dlh.head");
		act(id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		JsonNode notice = latest(id, "PENALTY_NOTICE");
		assertThat(notice.get("number").asString()).matches("德综执告〔2026〕[1-9][0-9]*号");
		assertThat(textOf(id, notice)).contains("行政处罚事先告知书", party + "：", "罚款人民币贰仟元整（¥2,000.00）",
				"五个工作日内", "2026年6月15日").doesNotContain("有权要求听证");

		act(id, "decide", "{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		JsonNode decided = approveAll(id, "dlh.head");
		JsonNode decision = latest(id, "PENALTY_DECISION");
		assertThat(decision.get("number").asString()).isEqualTo(decided.get("decisionNumber").asString());
		assertThat(decision.get("templateVersion").asInt()).isPositive();
		act(id, "serve-decision", "{\"method\":\"DIRECT\",\"on\":\"2026-06-25\",\"addressConfirmationSigned\":false,\"signedBy\":\"张某\"}");
		JsonNode receipt = body(issue(id, "service-receipt", """
				{"subject":%d,"inputs":{"method":"直接送达","recipient":"张某","servedAt":"2026年6月25日10时"}}"""
			.formatted(decision.get("id").asLong())).andExpect(status().isCreated()));
		assertThat(textOf(id, receipt)).contains("送达回证", "行政处罚决定书", decision.get("number").asString(), "直接送达");

		for (JsonNode document : documents(id)) { // every glyph drawn; every digest in the record
			assertThat(textOf(id, document)).doesNotContain("〓");
			assertThat(record(id).toString()).contains(document.get("sha256").asString());
		}

		List<JsonNode> index = body(mvc.perform(get("/api/v1/cases/" + id + "/documents/index").with(as("dlh.officer1"))))
			.valueStream().toList();
		assertThat(index.stream().map(e -> e.get("volume").asString() + ":" + e.get("type").asString()).toList())
			.containsExactly("MAIN:FILING_APPROVAL", "MAIN:PENALTY_DECISION", "MAIN:SERVICE_RECEIPT",
					"MAIN:SEIZURE_DECISION", "MAIN:SEIZURE_RELEASE", "MAIN:PENALTY_NOTICE", "MAIN:INTERVIEW_RECORD",
					"SECONDARY:REVIEW_OPINION");
		JsonNode fileIndex = body(issue(id, "file-index", "{}").andExpect(status().isCreated()));
		assertThat(textOf(id, fileIndex)).contains("卷内目录", "正卷", "副卷", "立案审批表", "送达回证",
				decision.get("number").asString());
	}

	@Test
	void aPreviewIsMarkedNeitherNumberedNorKept() throws Exception {
		long id = filed("ORGANISATION", "预览测试店" + System.nanoTime() % 100000, "2026-06-01", "2026-06-02");
		int before = documents(id).size();
		int numbers = body(mvc.perform(get("/api/v1/documents/numbers?type=CORRECTION_ORDER").with(as("dlh.officer1"))))
			.size();
		byte[] pdf = mvc.perform(get("/api/v1/cases/" + id + "/documents/correction-order/preview")
				.param("input.requirement", "停止在禁止时段露天烧烤")
				.with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfText.of(pdf)).contains("样稿", "未编号、未签发", "责令（限期）改正通知书", "停止在禁止时段露天烧烤")
			.doesNotContain("德综执责改");
		assertThat(documents(id)).hasSize(before);
		assertThat(body(mvc.perform(get("/api/v1/documents/numbers?type=CORRECTION_ORDER").with(as("dlh.officer1")))))
			.hasSize(numbers);
		// a document whose action was not recorded yet is not issued
		assertThat(body(issue(id, "hearing-record", "{}").andExpect(status().isConflict())).get("code").asString())
			.isEqualTo("case.document-action-not-recorded");
		issue(id, "no-such-document", "{}").andExpect(status().isNotFound());
		// filing issued its approval form: another is only a correction
		assertThat(body(issue(id, "filing-approval", "{}").andExpect(status().isConflict())).get("code").asString())
			.isEqualTo("case.document-issued-by-action");
		mvc.perform(get("/api/v1/cases/" + id + "/documents").with(as("gahai.officer"))).andExpect(status().isForbidden());
	}

	@Test
	void aCorrectionIsANewDocumentWithItsOwnNumberThatSupersedesTheOld() throws Exception {
		long id = filed("ORGANISATION", "更正测试店" + System.nanoTime() % 100000, "2026-06-01", "2026-06-02");
		JsonNode first = body(issue(id, "correction-order",
				"{\"inputs\":{\"requirement\":\"停止露天烧烤\",\"deadline\":\"2026年6月10日\"}}").andExpect(status().isCreated()));
		String firstSha = download(id, first.get("id").asLong()).getHeader("X-Content-SHA256");
		assertThat(first.get("number").asString()).matches("德综执责改〔2026〕[1-9][0-9]*号");

		issue(id, "correction-order", "{\"supersedes\":%d}".formatted(first.get("id").asLong()))
			.andExpect(status().isBadRequest());
		JsonNode corrected = body(issue(id, "correction-order", """
				{"supersedes":%d,"reason":"改正期限有误","inputs":{"requirement":"停止露天烧烤","deadline":"2026年6月12日"}}"""
			.formatted(first.get("id").asLong())).andExpect(status().isCreated()));
		assertThat(corrected.get("number").asString()).isNotEqualTo(first.get("number").asString());
		assertThat(corrected.get("supersedes").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(corrected.get("correctionReason").asString()).isEqualTo("改正期限有误");
		assertThat(textOf(id, corrected)).contains("2026年6月12日");
		JsonNode old = documents(id).stream().filter(d -> d.get("id").asLong() == first.get("id").asLong()).findFirst()
			.orElseThrow();
		assertThat(old.get("superseded").asBoolean()).isTrue();
		assertThat(old.get("supersededBy").asLong()).isEqualTo(corrected.get("id").asLong());
		assertThat(download(id, first.get("id").asLong()).getHeader("X-Content-SHA256")).isEqualTo(firstSha);
		assertThat(body(issue(id, "correction-order", "{\"supersedes\":%d,\"reason\":\"再次更正\"}"
			.formatted(first.get("id").asLong())).andExpect(status().isConflict())).get("code").asString())
			.isEqualTo("document.already-superseded");
		// the file index lists the correction, not what it replaced
		assertThat(body(mvc.perform(get("/api/v1/cases/" + id + "/documents/index").with(as("dlh.officer1"))))
			.toString()).contains("\"documentId\":" + corrected.get("id").asLong())
			.doesNotContain("\"documentId\":" + first.get("id").asLong() + ",");
	}

	@Test
	void aBodySetsItsOwnDocumentCode() throws Exception {
		long id = filed("ORGANISATION", "代字测试店" + System.nanoTime() % 100000, "2026-06-01", "2026-06-02");
		long body = detail(id).get("actingOrgId").asLong();
		String path = "/api/v1/documents/codes/" + body + "/types/CORRECTION_ORDER";
		mvc.perform(put(path).with(as("dlh.officer1"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"责字\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put(path).with(as("dlh.head"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"责字\"}"))
			.andExpect(status().isOk());
		try {
			assertThat(body(issue(id, "correction-order", "{}").andExpect(status().isCreated())).get("number").asString())
				.matches("德综执责字〔2026〕[1-9][0-9]*号");
		}
		finally {
			mvc.perform(put(path).with(as("dlh.head"))
				.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"\"}"))
				.andExpect(status().isOk());
		}
		assertThat(body(issue(id, "correction-order", "{}").andExpect(status().isCreated())).get("number").asString())
			.matches("德综执责改〔2026〕[1-9][0-9]*号");
	}

	@Test
	void theCasePageListsTheDocumentsInChineseAndEnglish() throws Exception {
		long id = filed("ORGANISATION", "页面测试店" + System.nanoTime() % 100000, "2026-06-01", "2026-06-02");
		String zh = mvc.perform(get("/cases/" + id).with(as("dlh.officer1"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(zh).contains("id=\"documents\"", "立案审批表", "德综执立〔2026〕", "预览", "签发", "卷内目录")
			.doesNotContain("??");
		String en = mvc.perform(get("/cases/" + id + "?lang=en").with(as("dlh.officer1"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Documents", "Case filing approval form", "Preview", "Issue").doesNotContain("??");
		mvc.perform(post("/cases/" + id + "/documents/correction-order").with(as("dlh.officer1")).with(csrf())
			.param("input.requirement", "停止露天烧烤")).andExpect(status().is3xxRedirection());
		JsonNode order = latest(id, "CORRECTION_ORDER");
		assertThat(mvc.perform(get("/cases/" + id + "/documents/" + order.get("id").asLong() + "/print")
			.with(as("dlh.officer1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("document-frame", "inline=true");
	}
}
