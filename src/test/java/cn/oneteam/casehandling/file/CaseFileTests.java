package cn.oneteam.casehandling.file;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.events.DecisionServed;
import cn.oneteam.casehandling.general.ReviewEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.CaseInputs.Review;
import cn.oneteam.casehandling.CaseInputs.ReviewOpinion;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;

/** The case as an aggregate (docs/adr/0016-case-aggregate.md): it moves only where its action's transition allows. */
class CaseFileTests {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 24, 10, 0, 0, 0, ZoneOffset.ofHours(8));

	@Test
	void aCaseMovesOnlyToAStageItsActionLeadsTo() {
		CaseFile c = aCase(CaseStage.CLUE);
		assertThatThrownBy(() -> c.moveTo(CaseAction.FILE, CaseStage.CLOSED)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> c.moveOn(CaseAction.REVIEW_CASE)).isInstanceOf(IllegalStateException.class);
		assertThat(c.stage).isEqualTo(CaseStage.CLUE);
		c.moveOn(CaseAction.FILE);
		assertThat(c.stage).isEqualTo(CaseStage.INVESTIGATING);
	}

	@Test
	void everyStageAnActionLeadsToIsOneAnotherActionIsTakenInOrTheEnd() {
		for (CaseAction action : CaseAction.values()) {
			for (CaseStage to : action.leadsTo()) {
				assertThat(to == CaseStage.CLOSED || Arrays.stream(CaseAction.values()).anyMatch(a -> a.allowedIn(to)))
					.as(action + " → " + to).isTrue();
			}
		}
		assertThat(CaseAction.DECIDE.leadsTo()).containsExactly(CaseStage.DECIDED);
		assertThat(CaseAction.RECORD_STATEMENT.leadsTo()).isEmpty();
	}

	@Test
	void aReviewThatAgreesMovesOnAndAnyOtherOpinionSendsTheCaseBack() {
		CaseFile before = aCase(CaseStage.REVIEW);
		before.review(new Review(LocalDate.of(2026, 6, 11), ReviewOpinion.AGREE, "同意"), true, "审核员");
		assertThat(before.stage).isEqualTo(CaseStage.PROPOSAL);
		assertThat(before.legalReviewPassed).isTrue();

		CaseFile afterHearing = aCase(CaseStage.REVIEW);
		afterHearing.noticeServedOn = LocalDate.of(2026, 6, 15);
		afterHearing.review(new Review(LocalDate.of(2026, 6, 30), ReviewOpinion.AGREE, "同意"), false, "审核员");
		assertThat(afterHearing.stage).isEqualTo(CaseStage.DECISION_PENDING);
		assertThat(afterHearing.legalReviewPassed).isFalse();

		CaseFile corrected = aCase(CaseStage.REVIEW);
		ReviewEvent.CaseReviewed event = corrected.review(
				new Review(LocalDate.of(2026, 6, 11), ReviewOpinion.FURTHER_INVESTIGATION, "补充调查"), true, "审核员");
		assertThat(corrected.stage).isEqualTo(CaseStage.INVESTIGATING);
		assertThat(corrected.caseReviewPassed).isFalse();
		assertThat(CaseEvent.factsOf(event)).containsEntry("kind", "LEGAL").containsEntry("opinion",
				"FURTHER_INVESTIGATION");
	}

	@Test
	void closingRegistersCaseClosedOnceForOtherModules() {
		CaseFile c = aCase(CaseStage.CLOSING);
		c.close(LocalDate.of(2026, 7, 2), "罚款已缴清", NOW);
		assertThat(c.stage).isEqualTo(CaseStage.CLOSED);
		assertThat(c.takePublished()).containsExactly(new CaseClosed(7L, LocalDate.of(2026, 7, 2), NOW));
		assertThat(c.takePublished()).isEmpty();
	}

	@Test
	void servingAFineStartsExecutionAndAnythingElseAwaitsClosing() {
		CaseFile fine = aCase(CaseStage.DECIDED);
		fine.serve(LocalDate.of(2026, 6, 24), "DIRECT", LocalDate.of(2026, 7, 9), NOW);
		assertThat(fine.stage).isEqualTo(CaseStage.EXECUTION);
		assertThat(fine.takePublished())
			.containsExactly(new DecisionServed(7L, LocalDate.of(2026, 6, 24), LocalDate.of(2026, 7, 9), NOW));
		CaseFile warning = aCase(CaseStage.DECIDED);
		warning.serve(LocalDate.of(2026, 6, 24), "DIRECT", null, NOW);
		assertThat(warning.stage).isEqualTo(CaseStage.CLOSING);
	}

	/** A case of the demo's 烧烤城 at the stage, of major public interest (so legal review is required, 处罚法 §58). */
	static CaseFile aCase(CaseStage stage) {
		CaseFile c = new CaseFile();
		c.identify(7L);
		c.stage = stage;
		c.matterCode = "HX-CG-009";
		c.matterVersion = 1;
		c.place = DivisionCode.of("632802003");
		c.mode = EnforcementMode.values()[0];
		c.partyKind = PartyKind.ORGANISATION;
		c.partyName = "某烧烤城";
		c.facts = "违法行为";
		c.officers = List.of();
		c.proposedKinds = Set.of();
		c.majorPublicInterest = true; // legal review required (处罚法 §58)
		return c;
	}
}
