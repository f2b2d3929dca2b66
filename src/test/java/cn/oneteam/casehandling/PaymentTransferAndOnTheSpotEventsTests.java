package cn.oneteam.casehandling;

import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseTransferred;
import cn.oneteam.casehandling.events.FinePaid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The events other modules hear of a fine paid, a case transferred and a decision on the spot
 * (docs/adr/0016-case-aggregate.md): each payment once, settled only when nothing more is owed; a transfer once the
 * head approved it, not when it is only asked for; an on-the-spot decision as a decision of the simple procedure.
 */
@RecordApplicationEvents
class PaymentTransferAndOnTheSpotEventsTests extends CaseApiTest {

	private static final String DIRECT = "\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"";

	@Autowired
	ApplicationEvents events;

	@Test
	void eachPaymentOfAFineInInstalmentsIsHeardOfAndOnlyTheLastSettlesIt() throws Exception {
		long id = atNotice("ORGANISATION", "某烧烤店（缴款事件）", "2026-09-20", "2026-09-20", "2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-10-28\",\"hearingRightNotified\":false}");
		act(id, "record-waiver", "{\"on\":\"2026-10-29\",\"how\":\"当事人书面放弃陈述申辩\"}");
		act(id, "decide", "{\"decidedOn\":\"2026-10-30\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approved(id);
		act(id, "serve-decision", "{\"on\":\"2026-11-02\"," + DIRECT + "}");
		act(id, "defer-payment", """
				{"appliedOn":"2026-11-10","hardship":"经营困难","instalments":[{"dueOn":"2026-12-15","amount":1200},
				 {"dueOn":"2027-01-15","amount":800}]}""");
		approved(id);
		assertThat(refused(id, "record-payment", "{\"paidOn\":\"2026-11-20\",\"amount\":1000,\"reference\":\"B-0\"}"))
			.containsExactly("case.payment-short");
		assertThat(published(events, FinePaid.class, id)).isEmpty();

		act(id, "record-payment", "{\"paidOn\":\"2026-11-20\",\"amount\":1200,\"reference\":\"B-1\"}");
		FinePaid first = publishedOnce(events, FinePaid.class, id);
		assertThat(first.amount()).isEqualByComparingTo("1200");
		assertThat(first.paidOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(first.settled()).isFalse();

		assertThat(act(id, "record-payment", "{\"paidOn\":\"2026-11-21\",\"amount\":800,\"reference\":\"B-2\"}")
			.get("stage").asString()).isEqualTo("CLOSING");
		List<FinePaid> paid = published(events, FinePaid.class, id);
		assertThat(paid).hasSize(2);
		assertThat(paid.get(1).amount()).isEqualByComparingTo("800");
		assertThat(paid.get(1).paidOn()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(paid.get(1).settled()).isTrue();
	}

	@Test
	void aTransferIsHeardOfOnceTheHeadApprovedIt() throws Exception {
		long id = filed("ORGANISATION", "某烧烤店（移送事件）", "2026-10-09", "2026-10-12");
		act(id, "transfer", """
				{"kind":"BODY","receiver":"德令哈市市场监督管理局","reason":"属食品经营监管事项","reportedOn":"2026-11-20"}""");
		assertThat(published(events, CaseTransferred.class, id)).isEmpty(); // asked for, not yet approved
		assertThat(approved(id).get("stage").asString()).isEqualTo("TRANSFERRING");
		CaseTransferred transferred = publishedOnce(events, CaseTransferred.class, id);
		assertThat(transferred.kind()).isEqualTo(TransferKind.BODY);
		assertThat(transferred.receiver()).isEqualTo("德令哈市市场监督管理局");
		assertThat(transferred.on()).isEqualTo(LocalDate.now(ChinaTime.ZONE));
		act(id, "send-transfer", "{\"sentAt\":\"" + java.time.OffsetDateTime.now(ChinaTime.ZONE) + "\"}");
		assertThat(published(events, CaseTransferred.class, id)).hasSize(1);
	}

	@Test
	void aDecisionOnTheSpotIsHeardOfAsDecidedInTheSimpleProcedure() throws Exception {
		String body = """
				{"matter": "HX-CG-009", "place": "632802003", "decidedOn": "2026-11-23", "partyKind": "ORGANISATION",
				 "partyName": "某烧烤店（当场事件）", "facts": "在禁止区域露天烧烤", "penaltyKinds": ["FINE"], "fine": 800,
				 "formNumber": "DLH-J-0917", "officers": [%d, %d], "partyInformed": true}"""
			.formatted(officer1(), officer2());
		JsonNode created = body(mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
		long id = created.get("id").asLong();
		CaseDecided decided = publishedOnce(events, CaseDecided.class, id);
		assertThat(decided.procedure()).isEqualTo(PenaltyCase.Procedure.SIMPLE);
		assertThat(decided.outcome()).isEqualTo(CaseOutcome.PENALTY);
		assertThat(decided.kinds()).isEqualTo(Set.of(PenaltyKind.FINE));
		assertThat(decided.fine()).isEqualByComparingTo(new BigDecimal("800"));
		assertThat(decided.decisionNumber()).isEqualTo("DLH-J-0917");
		assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(decided.place()).isEqualTo(DivisionCode.of("632802003"));
		assertThat(decided.matterCode()).isEqualTo("HX-CG-009");
		assertThat(decided.partyName()).isEqualTo("某烧烤店（当场事件）");
		assertThat(decided.actingBodyId()).isEqualTo(created.get("actingOrgId").asLong()).isPositive();
	}
}
