package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.events.CaseTransferred;
import cn.oneteam.casehandling.MeasureInputs;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What became of an event (docs/adr/0014-typed-events.md): the case made of it and the whistle raised for it tell
 * the event through the outbox, after their commit, in the listener's own transaction; the event's record, its staff
 * page and the reporter's public follow-up show each step once, however often a publication is delivered.
 */
class EventOutcomesTests extends IntakeTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FullProcessRecord record;

	/** An event of 德令哈 dispatched, accepted and registered as a clue: its id and its case's id. */
	private long[] clue() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long id = event.get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isOk());
		long caseId = body(act("dlh.squad", id, "clue", Map.of("partyKind", "ORGANISATION", "partyName", "某饭店"))
			.andExpect(status().isOk())).get("caseId").asLong();
		return new long[] { id, caseId };
	}

	/** Publishes as the case module does: in a transaction that commits. */
	private void publish(Object event) {
		transactions.executeWithoutResult(status -> publisher.publishEvent(event));
	}

	private List<String> actions(long eventId) {
		return record.entries(EventRecorded.SUBJECT, eventId).stream().map(RecordEntry::action).toList();
	}

	/** Waits until every publication to intake's listeners is completed (the listeners run after commit, apart). */
	private void delivered() {
		await().atMost(PATIENCE).until(() -> jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and (listener_id like '%CaseOutcomes%' or listener_id like '%WhistleOutcomes%')""")
			.query(Integer.class).single() == 0);
	}

	private String tracking(long eventId) {
		return jdbc.sql("select tracking_number from intake_event where id = ?").param(eventId).query(String.class)
			.single();
	}

	@Test
	void anEventFollowsTheCaseMadeOfItAndShowsEachStepOnceHoweverOftenItIsDelivered() throws Exception {
		long[] clue = clue();
		long id = clue[0];
		long caseId = clue[1];
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		LocalDate today = now.toLocalDate();
		DivisionCode place = DivisionCode.of("632802003");
		CaseFiled filed = new CaseFiled(caseId, place, org("632802-zhzf"), FUMES, PartyKind.ORGANISATION, "某饭店",
				null, today, now);
		publish(filed);
		publish(new CaseDecided(caseId, PenaltyCase.Procedure.GENERAL, place, org("632802-zhzf"), FUMES,
				PartyKind.ORGANISATION, "某饭店", null, CaseOutcome.PENALTY, Set.of(PenaltyKind.FINE), new BigDecimal("500.00"),
				"德综执罚〔2026〕1号", today, now.plusSeconds(1)));
		publish(new CaseClosed(caseId, today, now.plusSeconds(2)));
		await().atMost(PATIENCE).until(() -> actions(id).containsAll(List.of("case-filed", "case-decided",
				"case-closed")));

		// the outbox delivers at least once: the same publication again (as after a restart) records nothing twice
		publish(filed);
		delivered();
		assertThat(actions(id)).containsOnlyOnce("case-filed", "case-decided", "case-closed");
		assertThat(record.verify(EventRecorded.SUBJECT, id).intact()).isTrue();
		RecordEntry decided = record.entries(EventRecorded.SUBJECT, id).stream()
			.filter(e -> e.action().equals("case-decided")).findFirst().orElseThrow();
		assertThat(decided.payload()).contains("\"case\":" + caseId, "PENALTY", "德综执罚〔2026〕1号");

		// staff see it on the event page, the reporter on the public follow-up: the steps, not the party or the fine
		String page = mvc.perform(get("/intake/events/" + id).with(as("dlh.squad"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"event-outcomes\"", "data-step=\"CASE.FILED\"", "data-step=\"CASE.DECIDED\"",
				"data-step=\"CASE.CLOSED\"");
		String followUp = mvc.perform(get("/public/track").param("number", tracking(id))).andReturn().getResponse()
			.getContentAsString();
		assertThat(followUp).contains("id=\"public-case-progress\"", today + " 已立案", today + " 已作出行政处罚决定",
				today + " 已结案");
		assertThat(followUp).doesNotContain("某饭店", "德综执罚", "500");
	}

	@Test
	void aTransferIsShownAndACaseFromNoEventChangesNoEvent() throws Exception {
		long[] clue = clue();
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		publish(new CaseTransferred(clue[1], MeasureInputs.TransferKind.JUDICIARY, "德令哈市公安局", now.toLocalDate(),
				now));
		publish(new CaseClosed(987_654_321L, now.toLocalDate(), now));
		await().atMost(PATIENCE).until(() -> actions(clue[0]).contains("case-transferred"));
		delivered();
		assertThat(jdbc.sql("select count(*) from intake_event_outcome where source_id = 987654321")
			.query(Integer.class).single()).isZero();
		mvc.perform(get("/public/track").param("number", tracking(clue[0])).param("lang", "en"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Transferred to the judiciary")));
	}

	@Test
	void anEventNotesTheWhistleRaisedForItWhenTheTownshipClosesIt() throws Exception {
		JsonNode event = received("HX-CG-009", "632802001");
		long id = event.get("id").asLong();
		long whistle = (whistleAct("hexi.dispatch", "", """
				{"type":"ROUTINE","departments":[%d],"need":"联合处置占道经营","place":"632802001","address":"长江路",
				 "eventId":%d}""".formatted(org("632802-scjg"), id))).get("id").asLong();
		whistleAct("dlh.market", "/" + whistle + "/acknowledge", "");
		whistleAct("dlh.market", "/" + whistle + "/arrive", """
				{"place":"长江路","latitude":37.37,"longitude":97.36}""");
		whistleAct("dlh.market", "/" + whistle + "/report", """
				{"result":"已处置"}""");
		assertThat(actions(id)).doesNotContain("whistle-closed");
		assertThat(whistleAct("hexi.dispatch", "/" + whistle + "/confirm", "").get("state").asString())
			.isEqualTo("CLOSED");
		await().atMost(PATIENCE).until(() -> actions(id).contains("whistle-closed"));
		delivered();
		assertThat(actions(id)).containsOnlyOnce("whistle-closed");
		assertThat(mvc.perform(get("/intake/events/" + id).with(as("hexi.dispatch"))).andReturn().getResponse()
			.getContentAsString()).contains("data-step=\"WHISTLE.CLOSED\"");
	}

	private JsonNode whistleAct(String user, String path, String content) throws Exception {
		return body(mvc.perform(post("/api/v1/whistles" + path).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(content)).andExpect(status().is2xxSuccessful()));
	}
}
