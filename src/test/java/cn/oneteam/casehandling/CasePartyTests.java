package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.PdfText;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.IdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * A case's party taken from the register of subjects (docs/adr/0023-case-party-from-register.md): chosen or registered
 * with the clue, its kind and name from the subject; the decision prints its address, code (an ID number masked) and
 * representative as they were on the day of the decision, whatever the register says later.
 */
class CasePartyTests extends CaseApiTest {

	/** A party name of this form stands for the subject with that id in {@link #clue}. */
	private static final String SUBJECT = "subject:";

	@Autowired
	private JdbcClient jdbc;

	static String freshCreditCode(String prefix) {
		return CreditCode.complete(prefix + "632802"
				+ String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))).value();
	}

	static String freshIdNumber() {
		return IdNumber.complete("632802" + "1979" + "0305"
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000))).value();
	}

	private ResultActions registerSubject(String user, String kind, String code, String name, String division)
			throws Exception {
		return mvc.perform(post("/api/v1/subjects").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", kind, "code", code, "name", name, "divisionCode", division,
					"streetAddress", "长江路8号", "representative", "赵某某"))));
	}

	/** A subject of 德令哈's 火车站街道 registered by dlh.officer1; its id. */
	long subject(String kind, String code, String name) throws Exception {
		return body(registerSubject("dlh.officer1", kind, code, name, "632802003").andExpect(status().isCreated()))
			.get("id").asLong();
	}

	private ResultActions postClue(Map<String, Object> party) throws Exception {
		Map<String, Object> clue = new LinkedHashMap<>(Map.of("matter", "HX-CG-009", "place", "632802003", "facts",
				"违法行为", "source", "INSPECTION", "discoveredOn", "2026-06-01"));
		clue.putAll(party);
		return mvc.perform(post("/api/v1/cases/clues").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(clue)));
	}

	/** As the base's, but a party name {@code subject:<id>} chooses that subject from the register instead. */
	@Override
	protected long clue(String matter, String partyKind, String partyName, String discoveredOn) throws Exception {
		if (!partyName.startsWith(SUBJECT)) {
			return super.clue(matter, partyKind, partyName, discoveredOn);
		}
		return body(postClue(Map.of("subjectId", Long.parseLong(partyName.substring(SUBJECT.length()))))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	private Map<String, Object> partyColumns(long caseId) {
		return jdbc.sql("""
				select party_name, party_type, subject_id, party_code, party_address, party_representative
				from penalty_case where id = ?""").param(caseId).query().singleRow();
	}

	private String preview(long caseId, String type) throws Exception {
		return PdfText.of(mvc.perform(get("/api/v1/cases/{id}/documents/{type}/preview", caseId, type)
			.with(as("dlh.officer1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
	}

	@Test
	void aSubjectChosenGivesTheCaseItsKindAndName() throws Exception {
		String name = "（测试）当事人选择有限公司" + System.nanoTime() % 100000;
		long subject = subject("LEGAL_PERSON", freshCreditCode("91"), name);
		JsonNode clue = body(postClue(Map.of("subjectId", subject)).andExpect(status().isCreated()));
		assertThat(clue.get("partyName").asString()).isEqualTo(name);
		assertThat(clue.get("partyKind").asString()).isEqualTo("ORGANISATION");
		assertThat(clue.get("subjectId").asLong()).isEqualTo(subject);
		// a kind given must be the subject's: a legal person is an organisation, never a natural person
		postClue(Map.of("subjectId", subject, "partyKind", "NATURAL_PERSON")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.party-kind-mismatch"));
		postClue(Map.of("subjectId", subject, "partyKind", "ORGANISATION")).andExpect(status().isCreated());
		// neither a subject nor a free-text party
		postClue(Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.party-required"));
		postClue(Map.of("partyKind", "ORGANISATION")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.party-required"));
	}

	@Test
	void aSubjectOutsideTheJurisdictionIsNotFoundAClosedOneMayStillBeAParty() throws Exception {
		String golmud = "（测试）格尔木当事人" + System.nanoTime() % 100000;
		long elsewhere = body(registerSubject("grm.officer1", "LEGAL_PERSON", CreditCode.complete("91632801"
				+ String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))).value(), golmud, "632801002")
			.andExpect(status().isCreated())).get("id").asLong();
		postClue(Map.of("subjectId", elsewhere)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.party-subject-unknown"));
		assertThat(jdbc.sql("select count(*) from penalty_case where party_name = ?").param(golmud).query(Long.class)
			.single()).isZero();

		String closedName = "（测试）已注销当事人" + System.nanoTime() % 100000;
		long closed = subject("INDIVIDUAL_BUSINESS", freshCreditCode("92"), closedName);
		mvc.perform(post("/api/v1/subjects/{id}/close", closed).with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DEREGISTERED\"}")).andExpect(status().isOk());
		JsonNode clue = body(postClue(Map.of("subjectId", closed)).andExpect(status().isCreated()));
		assertThat(clue.get("partyKind").asString()).isEqualTo("INDIVIDUAL_BUSINESS");
		// the case page names the subject with its status
		String casePage = mvc.perform(get("/cases/{id}", clue.get("id").asLong()).with(as("dlh.officer1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(casePage).contains("id=\"case-party-subject\"", "注销").doesNotContain("??");
		// the clue page's picker shows it, marked closed
		String found = mvc.perform(get("/cases/new/parties").param("q", closedName).with(as("dlh.officer1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(found).contains(closedName, "name=\"subjectId\"", "value=\"" + closed + "\"", "party-closed", "注销");
	}

	@Test
	void aPartyRegisteredWithTheClueIsInTheRegisterAnInvalidCodeStoresNeither() throws Exception {
		String code = freshCreditCode("91");
		String name = "（测试）当场登记有限公司" + System.nanoTime() % 100000;
		Map<String, Object> registration = Map.of("kind", "LEGAL_PERSON", "code", code, "name", name, "divisionCode",
				"632802003", "streetAddress", "昆仑路3号", "representative", "钱某某");
		JsonNode clue = body(postClue(Map.of("newSubject", registration)).andExpect(status().isCreated()));
		long subject = jdbc.sql("select id from market_subject where code = ?").param(code).query(Long.class).single();
		assertThat(clue.get("subjectId").asLong()).isEqualTo(subject);
		assertThat(clue.get("partyName").asString()).isEqualTo(name);
		assertThat(clue.get("partyKind").asString()).isEqualTo("ORGANISATION");

		String bad = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'); // the check character altered
		String badName = "（测试）校验失败有限公司" + System.nanoTime() % 100000;
		postClue(Map.of("newSubject", Map.of("kind", "LEGAL_PERSON", "code", bad, "name", badName, "divisionCode",
				"632802003", "streetAddress", "昆仑路3号"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("urn:oneteam:problem:creditcode.")));
		assertThat(jdbc.sql("select count(*) from market_subject where name = ?").param(badName).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from penalty_case where party_name = ?").param(badName).query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDecisionPrintsTheSubjectAsOfTheDecisionALaterChangeLeavesItAsItWas() throws Exception {
		String code = freshCreditCode("91");
		String name = "（测试）决定书当事人有限公司" + System.nanoTime() % 100000;
		long subject = subject("LEGAL_PERSON", code, name);
		long id = atNotice("ORGANISATION", SUBJECT + subject, "2026-06-01", "2026-06-10", "2000", ORDINARY);
		// before the decision the documents print the register as it stands
		jdbc.sql("update market_subject set street_address = '巴音河路9号' where id = ?").param(subject).update();
		assertThat(preview(id, "filing-approval")).contains(code, "巴音河路9号");
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		act("dlh.officer1", id, "decide",
				"{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approveAll(id, "dlh.head");

		String text = textOf(id, latest(id, "PENALTY_DECISION"));
		assertThat(text).contains("行政处罚决定书", "当事人：" + name, // §59(1) the party: name,
				"统一社会信用代码：" + code, // its code,
				"住所（地址）：青海省海西蒙古族藏族自治州德令哈市火车站街道巴音河路9号", // its address,
				"法定代表人（负责人）：赵某某", // and its legal representative
				"经查，违法行为", // (2) the facts
				"依据《中华人民共和国大气污染防治法》第一百一十八条第三款的规定，本机关决定：罚款人民币贰仟元整（¥2,000.00）", // (3)
				"15日内缴至指定银行或者通过电子支付系统缴纳", // (4)
				"60日内向", "申请行政复议", "6个月内向", "提起行政诉讼", // (5)
				"德令哈市综合行政执法局（印章）", "2026年6月24日"); // (6)
		Map<String, Object> kept = partyColumns(id);
		assertThat(kept).containsEntry("subject_id", subject).containsEntry("party_code", code)
			.containsEntry("party_address", "青海省海西蒙古族藏族自治州德令哈市火车站街道巴音河路9号")
			.containsEntry("party_representative", "赵某某");

		// the register changes after the decision: the case keeps what it was
		jdbc.sql("""
				update market_subject set name = name || '（更名）', street_address = '祁连路1号', representative = '孙某某'
				where id = ?""").param(subject).update();
		assertThat(partyColumns(id)).isEqualTo(kept);
		assertThat(detail(id).get("partyName").asString()).isEqualTo(name);
		String later = preview(id, "penalty-decision");
		assertThat(later).contains("当事人：" + name, "巴音河路9号", "赵某某").doesNotContain("祁连路", "孙某某", "（更名）");
	}

	@Test
	void aNaturalPersonsIdNumberIsPrintedMaskedNeverWhole() throws Exception {
		String number = freshIdNumber();
		String name = "（测试）自然人当事人" + System.nanoTime() % 100000;
		long subject = body(mvc.perform(post("/api/v1/subjects").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "NATURAL_PERSON", "code", number, "name", name,
					"divisionCode", "632802003", "streetAddress", "长江路8号"))))
			.andExpect(status().isCreated())).get("id").asLong();
		long id = filed("NATURAL_PERSON", SUBJECT + subject, "2026-06-01", "2026-06-01");
		assertThat(detail(id).get("partyKind").asString()).isEqualTo("NATURAL_PERSON");
		String text = preview(id, "filing-approval");
		assertThat(text).contains(name, IdNumber.of(number).masked()).doesNotContain(number);
	}

	@Test
	void anOnTheSpotDecisionKeepsTheSubjectChosen() throws Exception {
		String code = freshCreditCode("92");
		String name = "（测试）当场处罚个体户" + System.nanoTime() % 100000;
		long subject = subject("INDIVIDUAL_BUSINESS", code, name);
		List<Long> officers = List.of(officer1(), officer2());
		String form = "OTS-PARTY-" + System.nanoTime();
		Map<String, Object> decision = new LinkedHashMap<>(Map.of("matter", "HX-CG-018", "place", "632802003",
				"decidedOn", "2026-06-02", "partyKind", "INDIVIDUAL_BUSINESS", "partyName", "（测试）现场所记名称",
				"facts", "擅自占用城市道路堆放货物", "penaltyKinds", List.of("FINE"), "fine", 100, "formNumber", form,
				"officers", officers));
		decision.put("partyInformed", true);
		decision.put("subjectId", subject);
		JsonNode decided = body(mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(decision)))
			.andExpect(status().isCreated()));
		long id = decided.get("id").asLong();
		assertThat(decided.get("partyName").asString()).isEqualTo(name); // the register's name
		assertThat(partyColumns(id)).containsEntry("subject_id", subject).containsEntry("party_code", code)
			.containsEntry("party_address", "青海省海西蒙古族藏族自治州德令哈市火车站街道长江路8号");
		decision.put("partyKind", "NATURAL_PERSON");
		decision.put("formNumber", form + "-2");
		mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(decision)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.party-kind-mismatch"));
	}

	@Test
	void theCluePageChoosesOrRegistersTheParty() throws Exception {
		String name = "（测试）页面选择有限公司" + System.nanoTime() % 100000;
		long subject = subject("LEGAL_PERSON", freshCreditCode("91"), name);
		String found = mvc.perform(get("/cases/new/parties").param("q", name).with(as("dlh.officer1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(found).contains(name, "value=\"" + subject + "\"").doesNotContain("party-closed", "<html");
		String chosen = mvc.perform(post("/cases/new").with(as("dlh.officer1")).with(csrf())
			.param("matter", "HX-CG-009").param("place", "632802003").param("subjectId", String.valueOf(subject))
			.param("partyKind", "").param("partyName", "").param("source", "INSPECTION").param("facts", "在禁止时段露天烧烤")
			.param("discoveredOn", "2026-06-01"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long chosenCase = Long.parseLong(chosen.substring("/cases/".length()));
		assertThat(partyColumns(chosenCase)).containsEntry("subject_id", subject).containsEntry("party_name", name);

		String code = freshCreditCode("92");
		String registered = "（测试）页面登记烧烤店" + System.nanoTime() % 100000;
		String page = mvc.perform(post("/cases/new").with(as("dlh.officer1")).with(csrf())
			.param("matter", "HX-CG-009").param("place", "632802003").param("registerSubject", "true")
			.param("subject.kind", "INDIVIDUAL_BUSINESS").param("subject.code", code).param("subject.name", registered)
			.param("subject.divisionCode", "632802003").param("subject.streetAddress", "长江路8号")
			.param("subject.representative", "周某某").param("source", "INSPECTION").param("facts", "在禁止时段露天烧烤")
			.param("discoveredOn", "2026-06-01"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long registeredCase = Long.parseLong(page.substring("/cases/".length()));
		assertThat(partyColumns(registeredCase)).containsEntry("party_name", registered)
			.containsEntry("party_type", "INDIVIDUAL_BUSINESS");
		assertThat(jdbc.sql("select name from market_subject where code = ?").param(code).query(String.class).single())
			.isEqualTo(registered);
		// a registration without its address comes back with the field named, nothing stored
		String refused = mvc.perform(post("/cases/new").with(as("dlh.officer1")).with(csrf())
			.param("matter", "HX-CG-009").param("place", "632802003").param("registerSubject", "true")
			.param("subject.kind", "INDIVIDUAL_BUSINESS").param("subject.code", freshCreditCode("92"))
			.param("subject.name", registered + "二").param("subject.divisionCode", "632802003")
			.param("source", "INSPECTION").param("facts", "在禁止时段露天烧烤").param("discoveredOn", "2026-06-01"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"refusal\"", "详细地址", registered + "二");
		assertThat(jdbc.sql("select count(*) from market_subject where name = ?").param(registered + "二")
			.query(Long.class).single()).isZero();
	}

	@Test
	void theDemoDecisionsPrintTheirSubjectsAddressAndCode() throws Exception {
		Map<String, Object> demo = jdbc.sql("""
				select c.id, c.party_code, c.party_address from penalty_case c
				where c.party_name like '（演示）德令哈市%' and c.party_code is not null and c.decision_number is not null
				  and c.outcome = 'PENALTY' and c.procedure = 'GENERAL' order by c.id limit 1""").query().singleRow();
		long id = ((Number) demo.get("id")).longValue();
		String text = textOf(id, latest(id, "PENALTY_DECISION"));
		assertThat(text).contains("统一社会信用代码：" + demo.get("party_code"),
				"住所（地址）：" + demo.get("party_address"));
		assertThat((String) demo.get("party_address")).startsWith("青海省海西蒙古族藏族自治州德令哈市");
	}
}
