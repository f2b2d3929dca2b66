package cn.oneteam.casehandling;

import static cn.oneteam.analytics.StepsBesideMilestones.eachBesideItsStep;
import static cn.oneteam.analytics.StepsBesideMilestones.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.oneteam.analytics.StepsBesideMilestones.Call;
import cn.oneteam.casehandling.events.CaseChanged;
import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.casehandling.events.CaseProgressed;
import cn.oneteam.casehandling.events.CaseTransferred;
import cn.oneteam.casehandling.events.DecisionRevoked;
import cn.oneteam.casehandling.events.DecisionServed;
import cn.oneteam.casehandling.events.FinePaid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every case milestone other modules hear of ({@link CaseChanged}) is published in the request — the transaction —
 * that writes a record entry of the case, announced as {@link CaseProgressed} (docs/adr/0050-dashboards-and-projections.md,
 * "Kept current"), except a decision on the spot: it is recorded as {@link OnTheSpotPenaltyDecided}, which no
 * {@code CaseProgressed} announces, so the projections hear it as {@link CaseDecided}.
 */
@RecordApplicationEvents
class CaseMilestonesBesideStepsTests extends CaseApiTest {

	private static final String DIRECT = "\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"";

	@Autowired
	ApplicationEvents events;

	@Test
	void filedDecidedServedPaidAndClosedEachCameWithTheCasesStep() throws Exception {
		long id = clue("ORGANISATION", "某烧烤城（里程碑）", "2026-06-01");
		act(id, "file", """
				{"filedOn":"2026-06-03","actOn":"2026-05-29","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		approveAll(id, "dlh.squad");
		beside(CaseFiled.class, id, () -> approveAll(id, "dlh.head"));
		act(id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],%s
				 "summary":"事实清楚，证据确凿"}""".formatted(ORDINARY));
		act("dlh.legal", id, "review-case", "{\"on\":\"2026-06-11\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		act(id, "propose", "{\"on\":\"2026-06-11\"}");
		approveAll(id, "dlh.head");
		act(id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		act(id, "decide", "{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		assertThat(beside(CaseDecided.class, id, () -> approveAll(id, "dlh.head")))
			.singleElement()
			.extracting(CaseDecided::procedure)
			.isEqualTo(PenaltyCase.Procedure.GENERAL);
		beside(DecisionServed.class, id, () -> act(id, "serve-decision", "{\"on\":\"2026-06-24\"," + DIRECT + "}"));
		beside(FinePaid.class, id,
				() -> act(id, "record-payment", "{\"paidOn\":\"2026-07-01\",\"amount\":2000,\"reference\":\"PAY-M\"}"));
		act(id, "close", "{\"on\":\"2026-07-02\",\"summary\":\"罚款已缴清\"}");
		approveAll(id, "dlh.squad");
		beside(CaseClosed.class, id, () -> approveAll(id, "dlh.head"));
	}

	@Test
	void aClueDeclinedCameWithItsStep() throws Exception {
		long id = clue("ORGANISATION", "某烧烤城（里程碑不予立案）", "2026-06-01");
		act(id, "decline-filing", "{\"decidedOn\":\"2026-06-05\",\"grounds\":\"违法行为轻微并及时改正\"}");
		approveAll(id, "dlh.squad");
		beside(CaseClosed.class, id, () -> approveAll(id, "dlh.head"));
	}

	@Test
	void aTransferCameWithItsStep() throws Exception {
		long id = filed("ORGANISATION", "某烧烤店（里程碑移送）", "2026-10-09", "2026-10-12");
		act(id, "transfer", """
				{"kind":"BODY","receiver":"德令哈市市场监督管理局","reason":"属食品经营监管事项","reportedOn":"2026-11-20"}""");
		beside(CaseTransferred.class, id, () -> approved(id));
	}

	@Test
	void aDecisionRevokedCameWithItsStep() throws Exception {
		long id = atNotice("ORGANISATION", "某烧烤店（里程碑撤销）", "2026-05-20", "2026-05-20", "2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		act(id, "record-waiver", "{\"on\":\"2026-06-16\",\"how\":\"当事人书面放弃陈述申辩\"}");
		act(id, "decide", "{\"decidedOn\":\"2026-06-17\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approved(id);
		act(id, "serve-decision", "{\"on\":\"2026-06-18\"," + DIRECT + "}");
		act(id, "end-enforcement", """
				{"on":"2026-07-20","ground":"DECISION_REVOKED","reason":"复议撤销","noSocialHarm":false,"unableToPay":false}""");
		beside(DecisionRevoked.class, id, () -> approved(id));
	}

	@Test
	void aDecisionOnTheSpotComesWithoutAStepSoTheProjectionsHearItAsDecided() throws Exception {
		String body = """
				{"matter": "HX-CG-009", "place": "632802003", "decidedOn": "2026-11-23", "partyKind": "ORGANISATION",
				 "partyName": "某烧烤店（里程碑当场）", "facts": "在禁止区域露天烧烤", "penaltyKinds": ["FINE"], "fine": 800,
				 "formNumber": "DLH-J-0942", "officers": [%d, %d], "partyInformed": true}"""
			.formatted(officer1(), officer2());
		List<CaseDecided> decided = only(events, CaseDecided.class, () -> mvc.perform(post("/api/v1/cases/on-the-spot")
			.with(as("dlh.officer1")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()));
		assertThat(decided).singleElement().extracting(CaseDecided::procedure).isEqualTo(PenaltyCase.Procedure.SIMPLE);
		long id = decided.get(0).caseId();
		assertThat(events.stream(OnTheSpotPenaltyDecided.class).filter(e -> e.caseId() == id)).hasSize(1);
		assertThat(events.stream(CaseProgressed.class).filter(p -> p.caseId() == id)).isEmpty();
	}

	/** The call published the milestone for the case, each beside a {@code CaseProgressed} of the case. */
	private <M extends CaseChanged> List<M> beside(Class<M> milestone, long id, Call call) throws Exception {
		List<M> published = eachBesideItsStep(events, milestone, CaseChanged::caseId, CaseProgressed.class,
				CaseProgressed::caseId, call);
		assertThat(published).extracting(CaseChanged::caseId).containsOnly(id);
		return published;
	}
}
