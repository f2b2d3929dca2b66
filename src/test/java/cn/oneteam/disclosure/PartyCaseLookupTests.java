package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.PdfText;
import cn.oneteam.casehandling.PartyAccessCodes;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.shared.ScopedPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A party looks up its own case (docs/adr/0044-party-case-look-up.md), on demo cases decided and served by
 * DemoProcedure: a wrong code or wrong digits answer one refusal alike; the right three show the stage, the periods,
 * the documents received (downloadable by the answer's links only, never another case's or an internal one) and how
 * to pay; the client's bucket and the case's lock; every attempt recorded with a hash of the address; the code printed
 * on the party's documents.
 */
class PartyCaseLookupTests extends IntegrationTest {

	/** The demo case with the known access code CASE-2468 (DemoMyCase; README). */
	static final String DEMO_PARTY = "（演示）德令哈市某文化传播有限公司";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private PartyCaseLookup lookup;

	@Autowired
	private PartyAccessCodes codes;

	@Autowired
	private IssuedDocuments issued;

	/** A demo case as its party knows it: the decision number, its code, the access code in force. */
	record DemoCase(long id, String number, String partyCode, String code) {

		String digits() {
			return partyCode.substring(partyCode.length() - 6);
		}
	}

	private DemoCase demo(String party) {
		Map<String, Object> row = jdbc.sql("""
				select id, decision_number, party_code from penalty_case
				where party_name = ? and decision_number is not null order by id limit 1""").param(party).query()
			.singleRow();
		long id = ((Number) row.get("id")).longValue();
		String code = jdbc.sql("select code from case_access_code where case_id = ? and voided_at is null").param(id)
			.query(String.class).single();
		return new DemoCase(id, (String) row.get("decision_number"), (String) row.get("party_code"), code);
	}

	/** An address of the test's own, so that no other test's bucket counts. */
	private static String address() {
		return "10." + ThreadLocalRandom.current().nextInt(200, 250) + "." + ThreadLocalRandom.current().nextInt(256)
				+ "." + ThreadLocalRandom.current().nextInt(1, 255);
	}

	private static MockHttpServletRequestBuilder from(String client, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}

	private MockHttpServletResponse api(String client, String number, String digits, String code) throws Exception {
		return mvc.perform(from(client, post("/api/v1/public/my-case")).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("number", number, "digits", digits, "code", code))))
			.andReturn().getResponse();
	}

	private JsonNode read(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private List<Map<String, Object>> records(long caseId) {
		return jdbc.sql("select * from party_case_lookup where case_id = ? order by id").param(caseId).query().listOfRows();
	}

	@Test
	void theRightThreeShowTheStageDeadlinesDocumentsAndPaymentAndNothingInternal() throws Exception {
		DemoCase c = demo(DEMO_PARTY);
		assertThat(c.code()).isEqualTo("CASE2468"); // the demo's known code (README)
		String client = address();
		MockHttpServletResponse response = api(client, c.number(), c.digits().toLowerCase(), "case 2468");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		JsonNode answer = read(response);
		System.out.printf("demo party look-up: number %s, last digits %s, code CASE-2468%n", c.number(), c.digits());
		assertThat(answer.get("stage").asString()).isEqualTo("EXECUTION");
		assertThat(answer.get("stageExplained").asString()).contains("复议");
		assertThat(answer.get("decisionNumber").asString()).isEqualTo(c.number());
		assertThat(answer.get("deadlines").valueStream().map(d -> d.get("kind").asString()))
			.contains("PAYMENT", "RECONSIDERATION", "LITIGATION");
		assertThat(answer.get("deadlines").valueStream().map(d -> d.get("whatToDo").asString())).allMatch(t -> !t.isBlank());
		List<JsonNode> documents = answer.get("documents").valueStream().toList();
		assertThat(documents).extracting(d -> d.get("title").asString()).contains("行政处罚决定书", "行政处罚事先告知书")
			.doesNotContain("送达回证", "现场检查（勘验）笔录", "立案审批表", "案件调查终结报告");
		String paymentReference = jdbc.sql("select payment_reference from penalty_case where id = ?").param(c.id())
			.query(String.class).single();
		assertThat(answer.get("payment").get("reference").asString()).isEqualTo(paymentReference);
		assertThat(answer.get("payment").get("fine").decimalValue()).isEqualByComparingTo("2000");
		assertThat(answer.get("payment").get("howToPay").asString()).contains("罚缴分离");
		assertThat(answer.get("officers").valueStream().map(o -> o.get("certificateNumber").asString())).isNotEmpty();
		// no internal id of the case or of a document, nor the party's code
		assertThat(answer.has("caseId")).isFalse();
		assertThat(answer.toString()).doesNotContain(c.partyCode()).doesNotContain("\"id\"");

		// the decision downloads through its link: the document as issued
		JsonNode decision = documents.stream().filter(d -> d.get("title").asString().equals("行政处罚决定书")).findFirst()
			.orElseThrow();
		String link = decision.get("download").asString();
		assertThat(link).startsWith("/public/my-case/documents/");
		MockHttpServletResponse pdf = mvc.perform(from(client, get(link))).andExpect(status().isOk()).andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		assertThat(pdf.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(PdfText.of(pdf.getContentAsByteArray())).contains(c.number());

		// in English, the stage in plain words
		JsonNode english = read(mvc.perform(from(address(), post("/api/v1/public/my-case")).header(
				HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
						Map.of("number", c.number(), "digits", c.digits(), "code", c.code())))).andReturn().getResponse());
		assertThat(english.get("stageExplained").asString()).contains("reconsideration");

		// the look-up is recorded: when, the case, the outcome, a hash of the address — never the address
		// (other tests look the same demo case up from other clients: this client's own record is the one)
		Map<String, Object> found = records(c.id()).stream().filter(r -> r.get("outcome").equals("FOUND"))
			.filter(r -> lookup.clientHash(client).equals(r.get("client_hash"))).findFirst().orElseThrow();
		assertThat(found.get("channel")).isEqualTo("API");
		assertThat(lookup.clientHash(client)).isNotEqualTo(client);
		assertThat(records(c.id())).anyMatch(r -> r.get("outcome").equals("DOWNLOADED")
				&& lookup.clientHash(client).equals(r.get("client_hash")));
		assertThat(jdbc.sql("select count(*) from party_case_lookup where client_hash like ?").param("%" + client + "%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aWrongCodeAndWrongDigitsAreRefusedAlikeAndRecorded() throws Exception {
		DemoCase c = demo("（演示）德令哈市某管线安装有限公司");
		String wrongCode = c.code().equals("23456789") ? "98765432" : "23456789";
		MockHttpServletResponse code = api(address(), c.number(), c.digits(), wrongCode);
		String otherDigits = c.digits().endsWith("0") ? c.digits().substring(0, 5) + "1" : c.digits().substring(0, 5) + "0";
		MockHttpServletResponse digits = api(address(), c.number(), otherDigits, c.code());
		MockHttpServletResponse number = api(address(), c.number() + "9", c.digits(), c.code());
		for (MockHttpServletResponse refused : List.of(code, digits, number)) {
			assertThat(refused.getStatus()).isEqualTo(404);
			assertThat(refused.getContentType()).startsWith("application/problem+json");
			assertThat(read(refused).get("code").asString()).isEqualTo("disclosure.my-case-refused");
		}
		// one refusal whichever field was wrong: the same title and detail
		assertThat(read(code).get("detail")).isEqualTo(read(digits).get("detail")).isEqualTo(read(number).get("detail"));
		assertThat(read(code).get("title")).isEqualTo(read(digits).get("title"));
		assertThat(records(c.id())).filteredOn(r -> r.get("outcome").equals("REFUSED")).hasSizeGreaterThanOrEqualTo(2);

		// the page: the same localised refusal, nothing of the case; the form never shows the code back
		String page = mvc.perform(from(address(), post("/public/my-case")).with(csrf()).param("number", c.number())
			.param("digits", c.digits()).param("code", wrongCode).param("lang", "en"))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("No case matches").doesNotContain(wrongCode).doesNotContain("mycase-answer");
	}

	@Test
	void anotherCasesDocumentsAndInternalIdsAreNotReachable() throws Exception {
		DemoCase mine = demo(DEMO_PARTY);
		DemoCase other = demo("（演示）德令哈市某道路养护有限公司");
		long othersDecision = jdbc.sql("""
				select id from issued_document where case_id = ? and doc_type = 'PENALTY_DECISION' order by id limit 1""")
			.param(other.id()).query(Long.class).single();
		long myInspection = jdbc.sql("""
				select id from issued_document where case_id = ? and doc_type not in ('PENALTY_DECISION',
				  'PENALTY_NOTICE', 'HEARING_RIGHT_NOTICE') order by id limit 1""")
			.param(mine.id()).query(Long.class).single();
		Instant until = Instant.now().plus(10, ChronoUnit.MINUTES);
		String client = address();
		long myCode = codeId(mine.id());
		long othersCode = codeId(other.id());
		// a token sealed here for another case's document under my case, for a document not for the party, an
		// internal id alone, a token tampered with, an expired one, and one of a code not the case's: all the same
		// refusal
		for (String path : List.of(lookup.token(mine.id(), othersDecision, myCode, until),
				lookup.token(mine.id(), myInspection, myCode, until), String.valueOf(othersDecision),
				tampered(lookup.token(other.id(), othersDecision, othersCode, until)),
				lookup.token(other.id(), othersDecision, othersCode, Instant.now().minusSeconds(1)),
				lookup.token(other.id(), othersDecision, myCode, until))) {
			MockHttpServletResponse refused = mvc.perform(from(client, get("/public/my-case/documents/" + path)))
				.andReturn().getResponse();
			assertThat(refused.getStatus()).as(path).isEqualTo(404);
			assertThat(refused.getContentType()).as(path).doesNotContain("pdf");
		}
		// the same sealed for its own case and code downloads; the token shows no id: 80 characters, another each time
		String token = lookup.token(other.id(), othersDecision, othersCode, until);
		assertThat(token).hasSize(80).isNotEqualTo(lookup.token(other.id(), othersDecision, othersCode, until));
		assertThat(new String(java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(String.valueOf(other.id())).doesNotContain(String.valueOf(othersDecision));
		mvc.perform(from(client, get("/public/my-case/documents/" + token))).andExpect(status().isOk());
	}

	/** One character of the sealed part changed. */
	private static String tampered(String token) {
		char c = token.charAt(40);
		return token.substring(0, 40) + (c == 'A' ? 'B' : 'A') + token.substring(41);
	}

	private long codeId(long caseId) {
		return jdbc.sql("select id from case_access_code where case_id = ? and voided_at is null").param(caseId)
			.query(Long.class).single();
	}

	@Test
	void theClientsBucketThenRefusesWith429() throws Exception {
		DemoCase c = demo("（演示）格尔木市某市政工程有限公司");
		String client = address();
		for (int i = 0; i < 10; i++) { // oneteam.disclosure.my-case.capacity
			assertThat(api(client, "无此文号" + i, "123456", "23456789").getStatus()).isEqualTo(404);
		}
		MockHttpServletResponse limited = api(client, c.number(), c.digits(), c.code());
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(read(limited).get("code").asString()).isEqualTo("disclosure.my-case-rate-limited");
		String page = mvc.perform(from(client, post("/public/my-case")).with(csrf()).param("number", c.number())
			.param("digits", c.digits()).param("code", c.code())).andExpect(status().isTooManyRequests()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("请稍后再试").doesNotContain("mycase-answer");
		assertThat(jdbc.sql("select count(*) from party_case_lookup where client_hash = ? and outcome = 'RATE_LIMITED'")
			.param(lookup.clientHash(client)).query(Long.class).single()).isEqualTo(2);
		// another address is not limited by this one
		assertThat(api(address(), c.number(), c.digits(), c.code()).getStatus()).isEqualTo(200);
	}

	@Test
	void aNumberRefusedFiveTimesToAClientIsLockedForItEvenWithTheRightCodeUntilTheLockEnds() throws Exception {
		DemoCase c = demo("（演示）格尔木市某运输有限公司");
		String wrong = c.code().equals("23456789") ? "98765432" : "23456789";
		String client = address();
		for (int i = 0; i < 5; i++) { // oneteam.disclosure.my-case.max-refusals
			assertThat(api(client, c.number(), c.digits(), wrong).getStatus()).isEqualTo(404);
		}
		MockHttpServletResponse locked = api(client, c.number(), c.digits(), c.code());
		assertThat(locked.getStatus()).isEqualTo(429);
		assertThat(read(locked).get("code").asString()).isEqualTo("disclosure.my-case-locked");
		assertThat(read(locked).get("detail").asString()).contains("30");
		String page = mvc.perform(from(client, post("/public/my-case")).with(csrf()).param("number", c.number())
			.param("digits", c.digits()).param("code", c.code()).param("lang", "en"))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Look-ups of this case are paused").doesNotContain("mycase-answer");
		assertThat(records(c.id())).filteredOn(r -> r.get("outcome").equals("LOCKED")).hasSize(2);
		// another client is not locked by this one's five wrong tries
		assertThat(api(address(), c.number(), c.digits(), c.code()).getStatus()).isEqualTo(200);

		// the lock ends when the refusals are older than oneteam.disclosure.my-case.lock (30 minutes)
		String number = lookup.numberHash(c.number());
		jdbc.sql("update party_case_refusal set at = at - interval '29 minutes' where number_hash = ?").param(number)
			.update();
		assertThat(api(client, c.number(), c.digits(), c.code()).getStatus()).isEqualTo(429);
		jdbc.sql("update party_case_refusal set at = at - interval '2 minutes' where number_hash = ?").param(number)
			.update();
		assertThat(api(client, c.number(), c.digits(), c.code()).getStatus()).isEqualTo(200);
	}

	@Test
	void aNumberOfNoCaseLocksLikeARealOneAndTwentyRefusalsLockANumberForEveryone() throws Exception {
		String none = "青无此号〔2026〕" + ThreadLocalRandom.current().nextInt(100000, 999999) + "号";
		String client = address();
		for (int i = 0; i < 5; i++) {
			assertThat(api(client, none, "123456", "23456789").getStatus()).isEqualTo(404);
		}
		MockHttpServletResponse locked = api(client, none, "123456", "23456789");
		assertThat(locked.getStatus()).isEqualTo(429);
		assertThat(read(locked).get("code").asString()).isEqualTo("disclosure.my-case-locked");
		// typed with other brackets and spaces: the same number, the same lock
		assertThat(api(client, " " + none.replace("〔", "[").replace("〕", "]"), "123456", "23456789").getStatus())
			.isEqualTo(429);
		assertThat(api(address(), none, "123456", "23456789").getStatus()).isEqualTo(404);

		// oneteam.disclosure.my-case.max-refusals-per-number (20) from any clients together lock it for everyone
		DemoCase c = demo("（演示）德令哈市某管线安装有限公司");
		String wrong = c.code().equals("23456789") ? "98765432" : "23456789";
		try {
			long before = jdbc.sql("select count(*) from party_case_refusal where number_hash = ? and at > now() - "
					+ "interval '30 minutes'").param(lookup.numberHash(c.number())).query(Long.class).single();
			for (long i = before; i < 20; i++) {
				assertThat(api(address(), c.number(), c.digits(), wrong).getStatus()).isEqualTo(404);
			}
			assertThat(api(address(), c.number(), c.digits(), c.code()).getStatus()).isEqualTo(429);
		}
		finally { // the demo case opens again for the other tests
			jdbc.sql("delete from party_case_refusal where number_hash = ?").param(lookup.numberHash(c.number()))
				.update();
		}
		assertThat(api(address(), c.number(), c.digits(), c.code()).getStatus()).isEqualTo(200);
	}

	@Test
	void aNumberSharedByTwoCasesOpensEachWithItsOwnDigitsAndCode() throws Exception {
		DemoCase first = demo("（演示）德令哈市某热力有限公司");
		DemoCase second = demo("（演示）格尔木市某市政工程有限公司");
		assertThat(first.id()).isNotEqualTo(second.id());
		try {
			jdbc.sql("update penalty_case set decision_number = ? where id = ?").params(first.number(), second.id())
				.update();
			JsonNode one = read(api(address(), first.number(), first.digits(), first.code()));
			JsonNode two = read(api(address(), first.number(), second.digits(), second.code()));
			assertThat(one.get("party").asString()).isEqualTo("（演示）德令哈市某热力有限公司");
			assertThat(two.get("party").asString()).isEqualTo("（演示）格尔木市某市政工程有限公司");
			assertThat(api(address(), first.number(), second.digits(), "23456789").getStatus()).isEqualTo(404);
		}
		finally {
			jdbc.sql("update penalty_case set decision_number = ? where id = ?").params(second.number(), second.id())
				.update();
		}
	}

	@Test
	void aLinkTakenBeforeTheCodeIsReissuedIsRefusedAfterItAndValidDownloadsCostNoLookUp() throws Exception {
		DemoCase c = demo("（演示）德令哈市某热力有限公司"); // re-issued by another test too: none reads its printed code
		String client = address();
		JsonNode answer = read(api(client, c.number(), c.digits(), c.code()));
		String link = answer.get("documents").get(0).get("download").asString();
		for (int i = 0; i < 12; i++) { // more than the look-up bucket holds: downloads by valid links have their own
			mvc.perform(from(client, get(link))).andExpect(status().isOk());
		}
		assertThat(api(client, c.number(), c.digits(), c.code()).getStatus()).isEqualTo(200);
		String reissued = actingAs("dlh.head", () -> codes.reissue(c.id(), principal("dlh.head")));
		MockHttpServletResponse refused = mvc.perform(from(client, get(link))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(404);
		assertThat(refused.getContentType()).doesNotContain("pdf");
		JsonNode again = read(api(address(), c.number(), c.digits(), reissued));
		mvc.perform(from(address(), get(again.get("documents").get(0).get("download").asString())))
			.andExpect(status().isOk());
	}

	@Test
	void theAccessCodeIsPrintedOnThePartysDocumentsAndKeptWithItsHash() throws Exception {
		DemoCase c = demo("（演示）德令哈市某道路养护有限公司");
		String printed = c.code().substring(0, 4) + "-" + c.code().substring(4);
		assertThat(c.code()).hasSize(8).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
		for (String type : List.of("PENALTY_NOTICE", "PENALTY_DECISION")) {
			long id = jdbc.sql("select id from issued_document where case_id = ? and doc_type = ? order by id limit 1")
				.params(c.id(), type).query(Long.class).single();
			String text = PdfText.of(issued.content(id).content()); // its digest checked as it is read
			// absolute, though oneteam.disclosure.public-base-url is empty: the issuing request's address, else the server's
			assertThat(text).as(type).contains("查询码" + printed + "·查询网址")
				.containsPattern("查询网址https?://[^/\\s]+/public/my-case");
		}
		// a record the party does not receive prints none
		long record = jdbc.sql("""
				select id from issued_document where case_id = ? and doc_type = 'INSPECTION_RECORD' order by id limit 1""")
			.param(c.id()).query(Long.class).single();
		assertThat(PdfText.of(issued.content(record).content())).doesNotContain("查询码");
		// kept with its hash, salted by the case
		String hash = jdbc.sql("select code_sha256 from case_access_code where case_id = ? and voided_at is null")
			.param(c.id()).query(String.class).single();
		assertThat(hash).hasSize(64).isNotEqualTo(c.code()).doesNotContain(c.code());
	}

	@Test
	void theHeadReissuesTheCodeAndTheOldOneNoLongerOpensTheCase() throws Exception {
		DemoCase c = demo("（演示）德令哈市某热力有限公司");
		assertThat(api(address(), c.number(), c.digits(), c.code()).getStatus()).isEqualTo(200);
		// an officer may not; the head may
		ScopedPrincipal officer = principal("dlh.officer1");
		assertThat(actingAs("dlh.officer1", () -> {
			try {
				codes.reissue(c.id(), officer);
				return "re-issued";
			}
			catch (RuntimeException e) {
				return e.getClass().getSimpleName();
			}
		})).isEqualTo("CaseViolation");
		String reissued = actingAs("dlh.head", () -> codes.reissue(c.id(), principal("dlh.head")));
		assertThat(reissued).matches("[2-9A-Z]{4}-[2-9A-Z]{4}").isNotEqualTo(c.code());
		assertThat(api(address(), c.number(), c.digits(), c.code()).getStatus()).isEqualTo(404);
		assertThat(api(address(), c.number(), c.digits(), reissued).getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from case_access_code where case_id = ? and voided_at is not null")
			.param(c.id()).query(Long.class).single()).isEqualTo(1);
		// through the API: a reader of the case reads it, only the head re-issues it
		JsonNode read = read(mvc.perform(get("/api/v1/cases/" + c.id() + "/access-code").with(as("dlh.officer1")))
			.andExpect(status().isOk()).andReturn().getResponse());
		assertThat(read.get("code").asString()).isEqualTo(reissued);
		mvc.perform(post("/api/v1/cases/" + c.id() + "/access-code").with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isForbidden());
		JsonNode again = read(mvc.perform(post("/api/v1/cases/" + c.id() + "/access-code").with(as("dlh.head"))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse());
		assertThat(again.get("code").asString()).isNotEqualTo(reissued);
		assertThat(api(address(), c.number(), c.digits(), reissued).getStatus()).isEqualTo(404);
		assertThat(api(address(), c.number(), c.digits(), again.get("code").asString()).getStatus()).isEqualTo(200);
	}

	@Test
	void withoutAConfiguredSecretEveryInstanceUsesTheKeyKeptInTheDatabaseAndAShortSecretIsRefused() {
		MyCaseSettings unset = new MyCaseSettings(10, 30, 5, 20, java.time.Duration.ofMinutes(30),
				java.time.Duration.ofMinutes(30), 60, 240, null);
		// another instance: the same key read from the database, the same hashes, its links open here
		PartyCaseLookup other = new PartyCaseLookup(null, null, unset, jdbc, java.time.Clock.systemUTC());
		String client = address();
		assertThat(other.clientHash(client)).isEqualTo(lookup.clientHash(client));
		String token = other.token(1, 2, 3, Instant.now().plusSeconds(60));
		assertThat(lookup.verified(token)).hasValueSatisfying(n -> assertThat(n.documentId()).isEqualTo(2));
		assertThat(jdbc.sql("select octet_length(key_bytes) from disclosure_key where name = 'my-case'")
			.query(Integer.class).single()).isEqualTo(32);
		// a configured secret wins, and has at least 32 bytes
		PartyCaseLookup configured = new PartyCaseLookup(null, null, new MyCaseSettings(10, 30, 5, 20,
				java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(30), 60, 240,
				"a configured secret of at least 32 bytes"), jdbc, java.time.Clock.systemUTC());
		assertThat(configured.clientHash(client)).isNotEqualTo(lookup.clientHash(client));
		assertThat(lookup.verified(configured.token(1, 2, 3, Instant.now().plusSeconds(60)))).isEmpty();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new PartyCaseLookup(null, null, new MyCaseSettings(10, 30, 5, 20,
					java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(30), 60, 240, "too short"), jdbc,
					java.time.Clock.systemUTC()))
			.withMessageContaining("32 bytes");
	}

	@Test
	void theFormIsPersonalAndTheWalkedEmptyAnswerIsARefusal() throws Exception {
		MockHttpServletResponse form = mvc.perform(from(address(), get("/public/my-case").param("lang", "en")))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(form.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(form.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(form.getContentAsString()).contains("id=\"mycase-form\"").contains("Access code");
		MockHttpServletResponse empty = mvc.perform(from(address(), post("/api/v1/public/my-case"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/public")).andReturn().getResponse().getContentAsString())
			.contains("id=\"portal-my-case\"");
	}

	private ScopedPrincipal principal(String username) {
		return (ScopedPrincipal) users.loadUserByUsername(username);
	}
}
