package cn.oneteam.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.CaseApiTest;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 事后公开 end to end (docs/adr/0043-published-decisions.md): a general-procedure case decided and served through the
 * procedure's API is registered by the typed events, published by the scan — its 公示 clock met and recorded, so that
 * the officer's manual publication finds nothing to end — and listed, found, shown, printed and fed; withdrawn by the
 * head, it leaves the lists and its notice stays; a simple-procedure decision is kept back with its reason; bad input is
 * a localised problem that changes nothing.
 */
class PublishedDecisionsTests extends CaseApiTest {

	@Autowired
	DecisionPublicationScan scan;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private Map<String, Object> row(long caseId) {
		return jdbc.sql("select * from decision_publication where case_id = ?").param(caseId).query().listOfRows()
			.stream().findFirst().orElse(Map.of());
	}

	private void awaitRow(long caseId, String column, Object value) {
		await().atMost(Duration.ofSeconds(30)).until(() -> value.equals(row(caseId).get(column)));
	}

	private JsonNode publicJson(String path) throws Exception {
		return utf8(mvc.perform(get(path)).andExpect(status().isOk()));
	}

	private JsonNode utf8(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode withdraw(String user, long id, String body, int status) throws Exception {
		ResultActions result = mvc.perform(post("/api/v1/disclosure/decisions/" + id + "/withdrawal").with(as(user))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
		result.andExpect(status().is(status));
		return utf8(result);
	}

	@Test
	void aServedGeneralDecisionIsPublishedByTheScanListedAndWithdrawnWithItsNoticeKept() throws Exception {
		String party = "（测试）公开决定有限公司" + System.nanoTime() % 1_000_000;
		long caseId = atNotice("ORGANISATION", party, "2026-06-01", "2026-06-10", "2000", ORDINARY);
		act(caseId, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		act(caseId, "decide", "{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approveAll(caseId, "dlh.head");

		// registered by CaseDecided: pending, due on the 7th working day after Wednesday 24 June (3 July)
		awaitRow(caseId, "status", "PENDING");
		assertThat(row(caseId).get("due_on").toString()).isEqualTo("2026-07-03");
		assertThat(row(caseId)).containsEntry("party", party).containsEntry("served_on", null);

		act(caseId, "serve-decision",
				"{\"on\":\"2026-06-24\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		await().atMost(Duration.ofSeconds(30)).until(() -> row(caseId).get("served_on") != null);

		assertThat(scan.scan()).isPositive();
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		Map<String, Object> published = row(caseId);
		assertThat(published).containsEntry("status", "PUBLISHED").containsEntry("published_on_time", false);
		assertThat(published.get("published_on").toString()).isEqualTo(today.toString());
		long id = ((Number) published.get("id")).longValue();
		String number = (String) published.get("decision_number");
		long bodyId = ((Number) published.get("body_id")).longValue();

		// the case: 公示 met on the day, recorded by the system; a publication by hand now finds no clock to end
		JsonNode detail = detail(caseId);
		assertThat(clock(detail, "PUBLICITY").get("state").asString()).isEqualTo("MET");
		assertThat(record(caseId)).anyMatch(e -> e.toString().contains("published-automatically"));
		assertThat(refused(caseId, "record-publication",
				"{\"on\":\"" + today + "\",\"channel\":\"门户网站\",\"reference\":\"公示-x\"}"))
			.containsExactly("case.publicity-not-running");
		assertThat(scan.scan()).isZero(); // nothing pending is due twice

		// the public API: by a fragment of the party's name, by the number, by body and day
		String fragment = party.substring(party.length() - 8);
		JsonNode byParty = publicJson("/api/v1/public/decisions?q=" + fragment);
		assertThat(byParty.get("items")).hasSize(1);
		JsonNode item = byParty.get("items").get(0);
		assertThat(item.get("id").asLong()).isEqualTo(id);
		assertThat(item.get("number").asString()).isEqualTo(number);
		assertThat(item.get("bodyId").asLong()).isEqualTo(bodyId);
		assertThat(item.get("body").asString()).isNotBlank();
		assertThat(item.get("decidedOn").asString()).isEqualTo("2026-06-24");
		assertThat(item.get("publishedOn").asString()).isEqualTo(today.toString());
		assertThat(item.get("party").asString()).isEqualTo(party);
		assertThat(item.get("penalty").asString()).contains("罚款", "2,000.00");
		assertThat(item.get("matter").asString()).isNotBlank();
		assertThat(publicJson("/api/v1/public/decisions?q=" + number).get("items").valueStream()
			.map(n -> n.get("id").asLong())).contains(id);
		assertThat(publicJson("/api/v1/public/decisions?body=" + bodyId + "&from=2026-06-24&to=2026-06-24&size=50")
			.get("items").valueStream().map(n -> n.get("id").asLong())).contains(id);
		assertThat(publicJson("/api/v1/public/decisions?body=" + bodyId + "&from=2026-06-25").get("items")
			.valueStream().map(n -> n.get("id").asLong())).doesNotContain(id);
		assertThat(publicJson("/api/v1/public/decisions/" + id).get("number").asString()).isEqualTo(number);

		// the pages, the PDF and the feed
		assertThat(page("/public/decisions?q=" + fragment, 200)).contains(number, party);
		assertThat(page("/public/decisions/" + id, 200)).contains(number, party, "2026-06-24");
		MockHttpServletResponse pdf = mvc.perform(get("/public/decisions/" + id + ".pdf")).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		MockHttpServletResponse atom = mvc.perform(get("/api/v1/public/decisions.atom")).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(atom.getContentType()).startsWith("application/atom+xml");
		assertThat(atom.getContentAsString(StandardCharsets.UTF_8)).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"",
				"<updated>", "<entry>", number, "/public/decisions/" + id);

		// withdrawal: refused as it stands, changing nothing
		String valid = "{\"revokedOn\":\"2026-06-24\",\"ground\":\"REVOKED\",\"reason\":\"经行政复议，原处罚决定被撤销，联系电话13800138000\"}";
		assertThat(withdraw("dlh.officer1", id, valid, 403).get("type").asString()).endsWith("disclosure.withdrawal-not-permitted");
		assertThat(withdraw("dlh.head", id, "{\"revokedOn\":\"" + today.plusDays(1) + "\",\"ground\":\"REVOKED\",\"reason\":\"撤销\"}", 422)
			.get("type").asString()).endsWith("disclosure.revoked-in-future");
		assertThat(withdraw("dlh.head", id, "{\"revokedOn\":\"2026-06-23\",\"ground\":\"REVOKED\",\"reason\":\"撤销\"}", 422)
			.get("type").asString()).endsWith("disclosure.revoked-before-decision");
		withdraw("dlh.head", id, "{\"revokedOn\":\"2026-06-24\",\"ground\":\"REVOKED\",\"reason\":\" \"}", 400);
		withdraw("dlh.head", id, "{\"revokedOn\":\"2026-06-24\",\"ground\":\"FORGOTTEN\",\"reason\":\"撤销\"}", 400);
		withdraw("dlh.head", 999_999_999L, valid, 404);
		assertThat(row(caseId)).containsEntry("status", "PUBLISHED").containsEntry("withdrawn_on", null);

		// by the head: at once, late (revoked on the decision day, months ago), the notice kept with its reasons masked
		JsonNode withdrawn = withdraw("dlh.head", id, valid, 200);
		assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.get("withdrawnOn").asString()).isEqualTo(today.toString());
		assertThat(withdrawn.get("withdrawnOnTime").asBoolean()).isFalse();
		withdraw("dlh.head", id, valid, 409);
		assertThat(publicJson("/api/v1/public/decisions?q=" + fragment).get("items")).isEmpty();
		JsonNode gone = utf8(mvc.perform(get("/api/v1/public/decisions/" + id)).andExpect(status().isGone()));
		assertThat(gone.get("detail").asString()).contains("经行政复议").doesNotContain("13800138000");
		JsonNode notices = publicJson("/api/v1/public/decisions/withdrawn?size=50");
		assertThat(notices.get("items").valueStream().filter(n -> n.get("id").asLong() == id)).singleElement()
			.satisfies(n -> {
				assertThat(n.get("number").asString()).isEqualTo(number);
				assertThat(n.get("ground").asString()).isEqualTo("REVOKED");
				assertThat(n.get("reason").asString()).contains("经行政复议", "联系电话").doesNotContain("138", "8000", "*");
				assertThat(n.get("revokedOn").asString()).isEqualTo("2026-06-24");
			});
		assertThat(page("/public/decisions/" + id, 410)).contains("经行政复议").doesNotContain(party);
		assertThat(page("/public/decisions/withdrawn", 200)).contains(number);
		assertThat(mvc.perform(get("/api/v1/public/decisions.atom")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("/public/decisions/" + id + "#withdrawn");
		// the head's management page lists it as withdrawn
		assertThat(mvc.perform(get("/disclosure/decisions").with(as("dlh.head"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(number);
	}

	@Test
	void aSimpleProcedureDecisionIsKeptBackWithItsReasonAndNeverShown() throws Exception {
		String party = "（测试）当场不公开个体户" + System.nanoTime() % 1_000_000;
		Map<String, Object> decision = new LinkedHashMap<>(Map.of("matter", "HX-CG-018", "place", "632802003",
				"decidedOn", "2026-06-02", "partyKind", "INDIVIDUAL_BUSINESS", "partyName", party, "facts",
				"擅自占用城市道路堆放货物", "penaltyKinds", List.of("FINE"), "fine", 100, "formNumber",
				"OTS-PUB-" + System.nanoTime(), "officers", List.of(officer1(), officer2())));
		decision.put("partyInformed", true);
		long caseId = body(mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(decision)))
			.andExpect(status().isCreated())).get("id").asLong();
		awaitRow(caseId, "status", "EXCLUDED");
		assertThat(row(caseId)).containsEntry("excluded_reason", "SIMPLE_PROCEDURE");
		scan.scan();
		assertThat(row(caseId)).containsEntry("status", "EXCLUDED").containsEntry("published_on", null);
		long id = ((Number) row(caseId).get("id")).longValue();
		assertThat(publicJson("/api/v1/public/decisions?q=" + party.substring(party.length() - 6)).get("items")).isEmpty();
		mvc.perform(get("/api/v1/public/decisions/" + id)).andExpect(status().isNotFound());
		page("/public/decisions/" + id, 404);
	}

	@Test
	void badFiltersAreLocalisedProblemsAndTheSizeIsCapped() throws Exception {
		assertThat(body(mvc.perform(get("/api/v1/public/decisions?from=2026-06-02&to=2026-06-01"))
			.andExpect(status().isBadRequest())).get("type").asString()).endsWith("disclosure.range-reversed");
		assertThat(utf8(mvc.perform(get("/api/v1/public/decisions?from=2026-06-02&to=2026-06-01")
			.header("Accept-Language", "en")).andExpect(status().isBadRequest())).get("title").asString())
			.isEqualTo("Wrong date range");
		mvc.perform(get("/api/v1/public/decisions?q=" + "长".repeat(51))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/decisions?page=-1")).andExpect(status().isBadRequest());
		// a search for a mask alone, or one character, and a search paged past 2,000 rows are refused
		for (String q : List.of("某某", "张", "*某*")) {
			assertThat(body(mvc.perform(get("/api/v1/public/decisions").param("q", q)).andExpect(status().isBadRequest()))
				.get("type").asString()).as(q).endsWith("disclosure.query-too-short");
		}
		assertThat(body(mvc.perform(get("/api/v1/public/decisions?q=测试公司&page=40&size=50"))
			.andExpect(status().isBadRequest())).get("type").asString()).endsWith("disclosure.search-too-deep");
		mvc.perform(get("/api/v1/public/decisions?q=测试公司&page=39&size=50")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/public/decisions?page=40&size=50")).andExpect(status().isOk()); // no search: no cap
		page("/public/decisions?q=某某", 400);
		mvc.perform(get("/api/v1/public/decisions?size=0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/decisions?from=2026-13-01")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/decisions?body=abc")).andExpect(status().isBadRequest());
		assertThat(publicJson("/api/v1/public/decisions?size=1000").get("size").asInt()).isEqualTo(50);
		mvc.perform(get("/api/v1/public/decisions/999999999")).andExpect(status().isNotFound());
		assertThat(page("/public/decisions?from=2026-13-01", 400)).contains("2026-13-01");
		assertThat(page("/public/decisions?from=2026-06-02&to=2026-06-01&lang=en", 400)).contains("before the start day");
	}

	/** A fresh case fined 2,000 yuan, decided on 24 June and approved: registered, pending. */
	private long decidedCase(String party) throws Exception {
		long caseId = atNotice("ORGANISATION", party, "2026-06-01", "2026-06-10", "2000", ORDINARY);
		act(caseId, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		act(caseId, "decide", "{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approveAll(caseId, "dlh.head");
		awaitRow(caseId, "status", "PENDING");
		return caseId;
	}

	private void serveDecision(long caseId) throws Exception {
		act(caseId, "serve-decision",
				"{\"on\":\"2026-06-24\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		await().atMost(Duration.ofSeconds(30)).until(() -> row(caseId).get("served_on") != null);
	}

	/** 终结执行 on the ground that the decision was revoked, approved by the head. */
	private void revoke(long caseId, LocalDate on, String reason) throws Exception {
		act(caseId, "end-enforcement", "{\"on\":\"" + on + "\",\"ground\":\"DECISION_REVOKED\",\"reason\":\"" + reason
				+ "\",\"noSocialHarm\":false,\"unableToPay\":false}");
		approved(caseId);
	}

	@Test
	void aRevokedDecisionIsNeverPublishedWhilePendingAndWithdrawnByTheSystemOncePublished() throws Exception {
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		// pending (served, the scan not yet run): kept back as REVOKED, and the scan never publishes it
		String pendingParty = "（测试）撤销未公开有限公司" + System.nanoTime() % 1_000_000;
		long pending = decidedCase(pendingParty);
		serveDecision(pending);
		// still pending whatever the scheduled scan does meanwhile: not served as the row knows, due in a month
		jdbc.sql("update decision_publication set served_on = null, due_on = ? where case_id = ? and status = 'PENDING'")
			.params(today.plusDays(30), pending).update();
		assertThat(row(pending)).containsEntry("status", "PENDING");
		revoke(pending, today, "经行政复议撤销");
		awaitRow(pending, "status", "EXCLUDED");
		assertThat(row(pending)).containsEntry("excluded_reason", "REVOKED").containsEntry("published_on", null);
		scan.scan();
		assertThat(row(pending)).containsEntry("status", "EXCLUDED").containsEntry("published_on", null);
		assertThat(publicJson("/api/v1/public/decisions?q=" + pendingParty.substring(pendingParty.length() - 8))
			.get("items")).isEmpty();

		// published: withdrawn by the system on the day it hears, within 3 working days, the reasons masked
		String party = "（测试）撤销已公开有限公司" + System.nanoTime() % 1_000_000;
		long published = decidedCase(party);
		serveDecision(published);
		scan.scan();
		assertThat(row(published)).containsEntry("status", "PUBLISHED");
		long id = ((Number) row(published).get("id")).longValue();
		revoke(published, today, "经行政复议撤销，联系电话13800138000");
		awaitRow(published, "status", "WITHDRAWN");
		Map<String, Object> withdrawn = row(published);
		assertThat(withdrawn).containsEntry("withdrawal_ground", "REVOKED").containsEntry("withdrawn_on_time", true)
			.containsEntry("withdrawn_by", null);
		assertThat(withdrawn.get("revoked_on").toString()).isEqualTo(today.toString());
		assertThat(withdrawn.get("withdrawn_on").toString()).isEqualTo(today.toString());
		assertThat((String) withdrawn.get("withdrawal_reason")).contains("经行政复议撤销").doesNotContain("13800138000", "138");
		assertThat(publicJson("/api/v1/public/decisions?q=" + party.substring(party.length() - 8)).get("items")).isEmpty();
		mvc.perform(get("/api/v1/public/decisions/" + id)).andExpect(status().isGone());
	}

	@Test
	void theHeadOfTheIssuingBodyKeepsAPendingDecisionPrivateAndItIsNeverPublished() throws Exception {
		String party = "（测试）依法不公开有限公司" + System.nanoTime() % 1_000_000;
		long caseId = decidedCase(party);
		long id = ((Number) row(caseId).get("id")).longValue();
		String number = (String) row(caseId).get("decision_number");
		String keep = "{\"reason\":\"涉及个人隐私\"}";
		ResultActions refused = mvc.perform(post("/api/v1/disclosure/decisions/" + id + "/keep-private")
			.with(as("dlh.officer1")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(keep));
		assertThat(utf8(refused.andExpect(status().isForbidden())).get("type").asString())
			.endsWith("disclosure.keep-private-not-permitted");
		mvc.perform(post("/api/v1/disclosure/decisions/" + id + "/keep-private").with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}")).andExpect(status().isBadRequest());
		assertThat(row(caseId)).containsEntry("status", "PENDING");

		JsonNode kept = utf8(mvc.perform(post("/api/v1/disclosure/decisions/" + id + "/keep-private").with(as("dlh.head"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(keep)).andExpect(status().isOk()));
		assertThat(kept.get("status").asString()).isEqualTo("EXCLUDED");
		assertThat(kept.get("excludedReason").asString()).isEqualTo("PRIVATE");
		assertThat(kept.get("excludedNote").asString()).isEqualTo("涉及个人隐私");
		mvc.perform(post("/api/v1/disclosure/decisions/" + id + "/keep-private").with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(keep)).andExpect(status().isConflict());

		// served and scanned: never published, in no public list, page or feed
		serveDecision(caseId);
		scan.scan();
		assertThat(row(caseId)).containsEntry("status", "EXCLUDED").containsEntry("published_on", null);
		assertThat(publicJson("/api/v1/public/decisions?q=" + party.substring(party.length() - 8)).get("items")).isEmpty();
		assertThat(publicJson("/api/v1/public/decisions?q=" + number).get("items").valueStream()
			.map(n -> n.get("id").asLong())).doesNotContain(id);
		mvc.perform(get("/api/v1/public/decisions/" + id)).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/api/v1/public/decisions.atom")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/public/decisions/" + id + "<", number);

		// the management list finds it by its number, a page at a time
		JsonNode managed = utf8(mvc.perform(get("/api/v1/disclosure/decisions").param("number", number).param("size", "5")
			.with(as("dlh.head"))).andExpect(status().isOk()));
		assertThat(managed.get("items").valueStream().map(n -> n.get("id").asLong())).containsExactly(id);
		assertThat(managed.get("hasNext").asBoolean()).isFalse();
		JsonNode first = utf8(mvc.perform(get("/api/v1/disclosure/decisions?size=1").with(as("dlh.head")))
			.andExpect(status().isOk()));
		assertThat(first.get("items")).hasSize(1);
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		assertThat(mvc.perform(get("/disclosure/decisions").param("number", number).with(as("dlh.head")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains(number, "涉及个人隐私");
	}

	@Test
	void onlyTheHeadOfTheBodyInWhoseNameTheDecisionWasIssuedWithdrawsIt() throws Exception {
		String party = "（测试）以名义机关撤回有限公司" + System.nanoTime() % 1_000_000;
		long caseId = decidedCase(party);
		serveDecision(caseId);
		scan.scan();
		long id = ((Number) row(caseId).get("id")).longValue();
		long acting = ((Number) row(caseId).get("acting_body_id")).longValue();
		long otherBody = jdbc.sql("select id from organization where id <> ? order by id limit 1").param(acting)
			.query(Long.class).single();
		// issued in another body's name (委托), acted on by dlh's body: its head may not withdraw it (处罚法 §20)
		jdbc.sql("update decision_publication set body_id = ? where id = ?").params(otherBody, id).update();
		String valid = "{\"revokedOn\":\"2026-06-24\",\"ground\":\"REVOKED\",\"reason\":\"撤销\"}";
		assertThat(withdraw("dlh.head", id, valid, 403).get("type").asString()).endsWith("disclosure.withdrawal-not-permitted");
		assertThat(row(caseId)).containsEntry("status", "PUBLISHED");
		jdbc.sql("update decision_publication set body_id = ? where id = ?").params(acting, id).update();
		assertThat(withdraw("dlh.head", id, valid, 200).get("status").asString()).isEqualTo("WITHDRAWN");
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void aProvisionalDueDayIsCountedAgainWhenItsYearIsLoaded() throws Exception {
		long caseId = decidedCase("（测试）公开期限重算有限公司" + System.nanoTime() % 1_000_000);
		// as if counted before 2026 was loaded: a provisional guess
		jdbc.sql("update decision_publication set due_on = '2026-07-01', due_provisional = true where case_id = ?")
			.param(caseId).update();
		transactions.executeWithoutResult(t -> events.publishEvent(new cn.oneteam.calendar.CalendarYearLoaded(2026)));
		assertThat(row(caseId)).containsEntry("due_provisional", false);
		assertThat(row(caseId).get("due_on").toString()).isEqualTo("2026-07-03");
	}

	@Test
	void theFeedListsPublicationsByTheDayTheyWerePublished() throws Exception {
		String feed = mvc.perform(get("/api/v1/public/decisions.atom")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the demo publishes its decisions: the one published last is in the feed, whatever day it was decided
		long newest = jdbc.sql("""
				select id from decision_publication where status = 'PUBLISHED'
				order by published_on desc, id desc limit 1""").query(Long.class).single();
		assertThat(feed).contains("/public/decisions/" + newest + "<");
	}

	private String page(String path, int status) throws Exception {
		return mvc.perform(get(path)).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
