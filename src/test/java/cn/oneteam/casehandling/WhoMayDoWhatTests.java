package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what with a case (docs/adr/0009-who-may-do-what.md): only a case handler of the case's body attaches
 * evidence, naming certified officers of that body as collectors; reading a case needs a case-reading permission —
 * department staff read only the cases transferred and sent to their department, the 12345 system account none.
 */
class WhoMayDoWhatTests extends CaseApiTest {

	static final byte[] PNG = CaseEvidenceTests.PNG;

	static final String HOTLINE_TOKEN = "ot_demo_hx_hotline_token_for_local_use_only";

	@Autowired
	private JdbcClient jdbc;

	private ResultActions upload(String user, long caseId, List<Long> officers) throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/evidence", caseId).with(as(user))
			.with(csrf())
			.param("type", "PHYSICAL")
			.param("title", "现场照片")
			.param("source", "执法人员现场拍摄")
			.param("collectedAt", "2026-11-20T10:30:00")
			.param("place", "德令哈市长江路12号门前")
			.param("officers", officers.stream().map(String::valueOf).toArray(String[]::new))
			.param("fileName", "photo.png")
			.contentType("image/png")
			.content(PNG));
	}

	private long attached(long caseId) {
		return jdbc.sql("select count(*) from evidence where owner_kind = 'CASE' and owner_id = ?").param(caseId)
			.query(Long.class).single();
	}

	private long bureau() {
		return jdbc.sql("select organization_id from account where username = 'dlh.officer1'").query(Long.class).single();
	}

	private long organization(String code) {
		return jdbc.sql("select id from organization where code = ?").param(code).query(Long.class).single();
	}

	@Test
	void onlyCaseHandlersOfTheBodyAttachEvidence() throws Exception {
		long caseId = filed("ORGANISATION", "（测试）谁能取证有限公司", "2026-11-10", "2026-11-12");
		List<Long> pair = List.of(officer1(), officer2());
		Map<String, Integer> results = new LinkedHashMap<>();
		for (String user : List.of("dlh.auxiliary", "dlh.legal", "dlh.dispatch", "dlh.head", "dlh.market",
				"hx.supervisor", "hx.leader", "grm.officer1", "dlh.officer1", "dlh.squad")) {
			results.put(user, upload(user, caseId, pair).andReturn().getResponse().getStatus());
		}
		assertThat(results).containsExactly(Map.entry("dlh.auxiliary", 403), Map.entry("dlh.legal", 403),
				Map.entry("dlh.dispatch", 403), Map.entry("dlh.head", 403), Map.entry("dlh.market", 403),
				Map.entry("hx.supervisor", 403), Map.entry("hx.leader", 403), Map.entry("grm.officer1", 403),
				Map.entry("dlh.officer1", 201), Map.entry("dlh.squad", 201));
		upload("dlh.head", caseId, pair).andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.permission-missing"));
		upload("dlh.auxiliary", caseId, pair)
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.permission-missing"));
		assertThat(attached(caseId)).isEqualTo(2);
		assertThat(record(caseId).stream().filter(e -> e.get("action").asString().equals("attach-evidence"))).hasSize(2);
	}

	@Test
	void collectorsMustBeCertifiedOfficersOfTheBody() throws Exception {
		long caseId = filed("ORGANISATION", "（测试）取证人员有限公司", "2026-11-10", "2026-11-12");
		long auxiliary = jdbc.sql("""
				select id from person where organization_id = ? and category = 'AUXILIARY' and left_on is null
				order by id limit 1""").param(bureau()).query(Long.class).single();
		long uncertified = jdbc.sql("""
				select p.id from person p where p.organization_id = ? and p.category = 'ESTABLISHMENT' and p.left_on is null
				  and not exists (select 1 from certificate c where c.person_id = p.id) order by p.id limit 1""")
			.param(bureau()).query(Long.class).single();
		long gridWorker = jdbc.sql("select id from person where organization_id = ? order by id limit 1")
			.param(organization("632802001-gov")).query(Long.class).single();
		upload("dlh.officer1", caseId, List.of(officer1(), auxiliary)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.evidence-officers-refused"));
		upload("dlh.officer1", caseId, List.of(officer1(), uncertified)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.evidence-officers-refused"));
		upload("dlh.officer1", caseId, List.of(officer1(), gridWorker)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.reasons").value(org.hamcrest.Matchers.hasItem("case.officer-of-another-body")));
		assertThat(attached(caseId)).isZero();
		upload("dlh.officer1", caseId, List.of(officer1(), officer2())).andExpect(status().isCreated());
	}

	/** Every read of a case: its file, record, documents and their PDFs, evidence, measures; the case list apart. */
	private List<String> reads(long caseId, long evidenceId) throws Exception {
		long filing = documents(caseId).get(0).get("id").asLong(); // 立案审批表, issued when the case was filed
		return List.of("/api/v1/cases/" + caseId + "/documents/" + filing,
				"/cases/" + caseId + "/documents/" + filing + "/print","/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/procedure",
				"/api/v1/cases/" + caseId + "/record", "/api/v1/cases/" + caseId + "/record/verify",
				"/api/v1/cases/" + caseId + "/documents", "/api/v1/cases/" + caseId + "/documents/index",
				"/api/v1/cases/" + caseId + "/measures", "/api/v1/cases/" + caseId + "/evidence",
				"/api/v1/evidence/" + evidenceId, "/api/v1/evidence/" + evidenceId + "/content",
				"/cases/" + caseId, "/cases/" + caseId + "/evidence", "/cases/" + caseId + "/measures");
	}

	private Map<String, Integer> statuses(String user, List<String> paths) throws Exception {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		for (String path : paths) {
			statuses.put(path, mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus());
		}
		return statuses;
	}

	private List<Long> listed(String user) throws Exception {
		return body(mvc.perform(get("/api/v1/cases").with(as(user))).andExpect(status().isOk())).valueStream()
			.map(c -> c.get("id").asLong()).toList();
	}

	@Test
	void theHotlineSystemAccountReadsNoCase() throws Exception {
		long caseId = filed("ORGANISATION", "（测试）热线阅卷有限公司", "2026-11-10", "2026-11-12");
		long evidenceId = body(upload("dlh.officer1", caseId, List.of(officer1(), officer2()))
			.andExpect(status().isCreated())).get("id").asLong();
		// its token, as the 12345 system uses it: the list and an evidence file are refused
		for (String path : List.of("/api/v1/cases", "/api/v1/cases/" + caseId, "/api/v1/evidence/" + evidenceId + "/content",
				"/api/v1/cases/worklist", "/api/v1/cases/alerts")) {
			mvc.perform(get(path).header("Authorization", "Bearer " + HOTLINE_TOKEN))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.read-not-permitted"));
		}
		assertThat(statuses("hx.hotline", reads(caseId, evidenceId)).values()).containsOnly(403);
		// what it is for still works: a work order
		mvc.perform(post("/api/v1/intake/hotline/orders").header("Authorization", "Bearer " + HOTLINE_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orderId":"12345-ACCESS-0001","order":{"requestType":"COMPLAINT","description":"油烟直排",
					 "division":"632802001","priority":"NORMAL"}}"""))
			.andExpect(status().isCreated());
		// the administrator keeps accounts and organisations, not case files
		mvc.perform(get("/api/v1/cases").with(as("admin"))).andExpect(status().isForbidden());
	}

	@Test
	void departmentStaffReadOnlyTheCasesTransferredToTheirDepartment() throws Exception {
		long caseId = filed("ORGANISATION", "（测试）移送阅卷食品店", "2026-11-10", "2026-11-12");
		long evidenceId = body(upload("dlh.officer1", caseId, List.of(officer1(), officer2()))
			.andExpect(status().isCreated())).get("id").asLong();
		long market = organization("632802-scjg");
		assertThat(listed("dlh.market")).doesNotContain(caseId);
		Map<String, Integer> before = statuses("dlh.market", reads(caseId, evidenceId));
		assertThat(before.values()).containsOnly(403);
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(as("dlh.market")))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.not-transferred-to-you"));

		// a judicial transfer cannot name a receiving organisation
		assertThat(refused(caseId, "transfer", """
				{"kind":"JUDICIARY","receiver":"德令哈市公安局","reason":"涉嫌犯罪","reportedOn":"2026-11-20",
				 "officers":%s,"receiverOrganization":%d}""".formatted(pair(), market)))
			.contains("case.transfer-receiver-organization-not-body");
		act(caseId, "transfer", """
				{"kind":"BODY","receiver":"德令哈市市场监督管理局","reason":"属食品经营监管事项","reportedOn":"2026-11-20",
				 "receiverOrganization":%d}""".formatted(market));
		approved(caseId);
		assertThat(statuses("dlh.market", reads(caseId, evidenceId)).values()).containsOnly(403); // not sent yet
		act(caseId, "send-transfer", "{\"sentAt\":\"" + OffsetDateTime.now(ChinaTime.ZONE) + "\"}");

		// this case and the others sent to the department (the demo's own, docs/adr/0009-who-may-do-what.md), no more
		assertThat(listed("dlh.market")).contains(caseId).containsExactlyInAnyOrderElementsOf(sentTo(market));
		assertThat(statuses("dlh.market", reads(caseId, evidenceId)).values()).containsOnly(200);
		// reading is all: no action, no evidence
		perform("dlh.market", caseId, "record-transfer-answer", """
				{"answeredOn":"2026-11-21","accepted":true,"note":"已接收"}""").andExpect(status().isForbidden());
		upload("dlh.market", caseId, List.of(officer1(), officer2())).andExpect(status().isForbidden());
		// another department of the county still reads nothing of it
		assertThat(listed("dlh.ecology")).doesNotContain(caseId);
		assertThat(statuses("dlh.ecology", reads(caseId, evidenceId)).values()).containsOnly(403);
		// and the county's case handlers, supervisors and leaders read as before
		for (String reader : List.of("dlh.officer1", "dlh.auxiliary", "dlh.legal", "dlh.dispatch", "dlh.head",
				"hx.supervisor", "hx.leader")) {
			assertThat(statuses(reader, reads(caseId, evidenceId)).values()).as(reader).containsOnly(200);
			assertThat(listed(reader)).as(reader).contains(caseId);
		}
		assertThat(statuses("grm.head", reads(caseId, evidenceId)).values()).containsOnly(403);
	}

	private List<Long> sentTo(long organization) {
		return jdbc.sql("""
				select distinct case_id from case_transfer where receiver_org_id = ? and sent_at is not null""")
			.param(organization).query(Long.class).list();
	}

	static final String PAYMENT_TOKEN = "ot_demo_hx_payment_token_for_local_use_only";

	@Test
	void thePaymentPlatformLooksUpWhatIsOwedAndReadsNoCase() throws Exception {
		Map<String, Object> due = jdbc.sql("""
				select id, payment_reference, party_name from penalty_case
				where party_name like '（演示）%' and place_code like '632802%' and payment_reference is not null
				order by id limit 1""").query().singleRow();
		long caseId = ((Number) due.get("id")).longValue();
		String reference = (String) due.get("payment_reference");
		// the bank's question, with its token: the decision and the amounts owed, nothing of the party
		String answer = mvc.perform(get("/api/v1/cases/payments/" + reference)
			.header("Authorization", "Bearer " + PAYMENT_TOKEN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		JsonNode owed = json.readTree(answer);
		assertThat(owed.propertyNames()).containsExactlyInAnyOrder("reference", "caseId", "decisionNumber",
				"principal", "surcharge", "total", "on", "nextDueOn");
		assertThat(owed.get("reference").asString()).isEqualTo(reference);
		assertThat(owed.get("decisionNumber").asString()).isNotBlank();
		assertThat(owed.get("total").decimalValue())
			.isEqualByComparingTo(owed.get("principal").decimalValue().add(owed.get("surcharge").decimalValue()));
		assertThat(answer).doesNotContain((String) due.get("party_name"));
		// the same answer as a signed-in account; an unknown reference is still a 404
		mvc.perform(get("/api/v1/cases/payments/" + reference).with(as("hx.payment"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/cases/payments/79927398713000000008").with(as("hx.payment")))
			.andExpect(status().isNotFound());
		// but it reads no case: neither the list nor the case it was asked about
		for (String path : List.of("/api/v1/cases", "/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/procedure",
				"/api/v1/cases/" + caseId + "/record", "/api/v1/cases/" + caseId + "/documents",
				"/api/v1/cases/" + caseId + "/surcharge?on=2026-12-01", "/api/v1/cases/worklist")) {
			mvc.perform(get(path).header("Authorization", "Bearer " + PAYMENT_TOKEN))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.read-not-permitted"));
		}
		mvc.perform(get("/cases/" + caseId).with(as("hx.payment"))).andExpect(status().isForbidden());
		JsonNode me = body(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + PAYMENT_TOKEN)));
		assertThat(me.get("permissions").valueStream().map(JsonNode::asString)).containsExactly("payment:lookup");
		// the hotline's system account and the administrator may not ask
		mvc.perform(get("/api/v1/cases/payments/" + reference).header("Authorization", "Bearer " + HOTLINE_TOKEN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.payment-lookup-not-permitted"));
		mvc.perform(get("/api/v1/cases/payments/" + reference).with(as("admin")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.payment-lookup-not-permitted"));
		// case readers keep what they had: the county's officer asks, another county's does not
		mvc.perform(get("/api/v1/cases/payments/" + reference).with(as("dlh.officer1"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.caseId").value(caseId));
		mvc.perform(get("/api/v1/cases/payments/" + reference).with(as("grm.officer1")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cases/payments/" + reference).with(as("dlh.market")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.not-transferred-to-you"));
	}

	@Test
	void theCaseListPageAndItsLinkAreForCaseReadersOnly() throws Exception {
		List<String> seen = new ArrayList<>();
		for (String user : List.of("dlh.officer1", "dlh.market", "hx.hotline", "hx.payment", "admin")) {
			String page = mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
			if (page.contains("href=\"/cases\"")) {
				seen.add(user);
			}
		}
		assertThat(seen).containsExactly("dlh.officer1", "dlh.market");
		mvc.perform(get("/cases").with(as("hx.hotline"))).andExpect(status().isForbidden());
		JsonNode me = body(mvc.perform(get("/api/v1/me").with(as("hx.hotline"))));
		assertThat(me.get("permissions").valueStream().map(JsonNode::asString)).containsExactly("event:receive");
	}
}
