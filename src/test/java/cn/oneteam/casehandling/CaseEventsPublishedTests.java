package cn.oneteam.casehandling;

import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.casehandling.events.DecisionServed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The events other modules hear of a general-procedure case (docs/adr/0014-typed-events.md,
 * docs/adr/0016-case-aggregate.md): filed, decided, served and closed, each once, with the case's values, published
 * in the action's transaction when it is performed — not when it is only filed for approval, nor when refused.
 */
@RecordApplicationEvents
class CaseEventsPublishedTests extends CaseApiTest {

	@Autowired
	ApplicationEvents events;

	@Test
	void aCaseFiledDecidedServedAndClosedIsHeardOfOnceAtEachStep() throws Exception {
		long id = clue("ORGANISATION", "某烧烤城（事件测试）", "2026-06-01");
		act("dlh.officer1", id, "file", """
				{"filedOn":"2026-06-03","actOn":"2026-05-30","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		assertThat(published(events, CaseFiled.class, id)).isEmpty(); // asked for, not yet approved
		approveAll(id, "dlh.squad", "dlh.head");
		CaseFiled filed = publishedOnce(events, CaseFiled.class, id);
		assertThat(filed.filedOn()).isEqualTo(LocalDate.of(2026, 6, 3));
		assertThat(filed.place()).isEqualTo(DivisionCode.of("632802003"));
		assertThat(filed.matterCode()).isEqualTo("HX-CG-009");
		assertThat(filed.partyKind()).isEqualTo(PartyKind.ORGANISATION);
		assertThat(filed.partyName()).isEqualTo("某烧烤城（事件测试）");
		assertThat(filed.actingBodyId()).isEqualTo(detail(id).get("actingOrgId").asLong());

		act("dlh.officer1", id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],%s
				 "summary":"事实清楚，证据确凿"}""".formatted(ORDINARY));
		act("dlh.legal", id, "review-case", "{\"on\":\"2026-06-11\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		act("dlh.officer1", id, "propose", "{\"on\":\"2026-06-11\"}");
		approveAll(id, "dlh.head");
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		assertThat(refused(id, "decide", "{\"decidedOn\":\"2026-06-22\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],"
				+ "\"fine\":2000}")).isNotEmpty();
		act("dlh.officer1", id, "decide", """
				{"decidedOn":"2026-06-24","outcome":"PENALTY","kinds":["FINE"],"fine":2000}""");
		assertThat(published(events, CaseDecided.class, id)).isEmpty();
		JsonNode decidedCase = approveAll(id, "dlh.head");
		CaseDecided decided = publishedOnce(events, CaseDecided.class, id);
		assertThat(decided.procedure()).isEqualTo(PenaltyCase.Procedure.GENERAL);
		assertThat(decided.outcome()).isEqualTo(CaseOutcome.PENALTY);
		assertThat(decided.kinds()).isEqualTo(Set.of(PenaltyKind.FINE));
		assertThat(decided.fine()).isEqualByComparingTo(new BigDecimal("2000"));
		assertThat(decided.decisionNumber()).isEqualTo(decidedCase.get("decisionNumber").asString()).isNotBlank();
		assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2026, 6, 24));
		assertThat(decided.partyName()).isEqualTo("某烧烤城（事件测试）");

		act("dlh.officer1", id, "serve-decision",
				"{\"on\":\"2026-06-24\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		DecisionServed served = publishedOnce(events, DecisionServed.class, id);
		assertThat(served.servedOn()).isEqualTo(LocalDate.of(2026, 6, 24));
		assertThat(served.paymentDue()).isEqualTo(LocalDate.of(2026, 7, 9));

		act("dlh.officer1", id, "record-payment", "{\"paidOn\":\"2026-07-01\",\"amount\":2000,\"reference\":\"PAY-E\"}");
		act("dlh.officer1", id, "close", "{\"on\":\"2026-07-02\",\"summary\":\"罚款已缴清\"}");
		assertThat(published(events, CaseClosed.class, id)).isEmpty();
		approveAll(id, "dlh.squad", "dlh.head");
		assertThat(publishedOnce(events, CaseClosed.class, id).closedOn()).isEqualTo(LocalDate.of(2026, 7, 2));
		assertThat(published(events, CaseFiled.class, id)).hasSize(1);
		assertThat(published(events, CaseDecided.class, id)).hasSize(1);
	}

	@Test
	void aClueDeclinedIsHeardOfAsClosedNeverAsFiled() throws Exception {
		long id = clue("ORGANISATION", "某烧烤城（不予立案事件）", "2026-06-01");
		act("dlh.officer1", id, "decline-filing", "{\"decidedOn\":\"2026-06-05\",\"grounds\":\"违法行为轻微并及时改正\"}");
		approveAll(id, "dlh.squad", "dlh.head");
		assertThat(publishedOnce(events, CaseClosed.class, id).closedOn()).isEqualTo(LocalDate.of(2026, 6, 5));
		assertThat(published(events, CaseFiled.class, id)).isEmpty();
	}
}
