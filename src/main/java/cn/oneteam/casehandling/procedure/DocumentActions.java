package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.file.CaseEvent;
import static cn.oneteam.documents.DocumentType.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.casehandling.general.DecisionEvent.Closed;
import cn.oneteam.casehandling.general.DecisionEvent.Decided;
import cn.oneteam.casehandling.execution.ExecutionEvent.CourtApplied;
import cn.oneteam.casehandling.execution.ExecutionEvent.EnforcementDecided;
import cn.oneteam.casehandling.execution.ExecutionEvent.PaymentDeferred;
import cn.oneteam.casehandling.execution.ExecutionEvent.PerformanceDemanded;
import cn.oneteam.casehandling.execution.ExecutionEvent.SubstitutePerformanceDecided;
import cn.oneteam.casehandling.general.FilingEvent.Filed;
import cn.oneteam.casehandling.general.FilingEvent.FilingDeclined;
import cn.oneteam.casehandling.general.FilingEvent.InvestigationRecorded;
import cn.oneteam.casehandling.measures.MeasureEvent.EvidencePreserved;
import cn.oneteam.casehandling.measures.MeasureEvent.SeizureExtended;
import cn.oneteam.casehandling.measures.MeasureEvent.SeizureReleased;
import cn.oneteam.casehandling.measures.MeasureEvent.Seized;
import cn.oneteam.casehandling.general.NoticeEvent.CollectiveDiscussionHeld;
import cn.oneteam.casehandling.general.NoticeEvent.HearingRecorded;
import cn.oneteam.casehandling.general.NoticeEvent.HearingScheduled;
import cn.oneteam.casehandling.general.NoticeEvent.NoticeServed;
import cn.oneteam.casehandling.general.ReviewEvent.CaseReviewed;
import cn.oneteam.casehandling.general.ReviewEvent.ReportSubmitted;
import cn.oneteam.casehandling.measures.TransferEvent.Transferred;
import cn.oneteam.documents.ActionFacts;
import cn.oneteam.documents.DocumentType;
import org.springframework.stereotype.Component;

/**
 * Which action of the procedure each document type belongs to, the event whose facts it states (its template names
 * the event's components as {@code ${action.<component>}}), and whether performing the action issues it
 * (docs/adr/0016-case-aggregate.md). A type not listed states no action (the 送达回证, the cover, the index …).
 */
@Component
public class DocumentActions implements ActionFacts {

	/** A document's action, the event it states, and whether the action issues it. */
	public record Statement(CaseAction action, Class<? extends CaseEvent> event, boolean issuedByAction) {

		/** The facts its template may name. */
		public List<String> facts() {
			return CaseEvent.factNames(event);
		}
	}

	private static final Map<DocumentType, Statement> STATEMENTS = new EnumMap<>(Map.ofEntries(
			Map.entry(FILING_APPROVAL, issued(CaseAction.FILE, Filed.class)),
			Map.entry(DECLINE_FILING_APPROVAL, issued(CaseAction.DECLINE_FILING, FilingDeclined.class)),
			Map.entry(INTERVIEW_RECORD, stated(CaseAction.RECORD_INVESTIGATION, InvestigationRecorded.class)),
			Map.entry(INSPECTION_RECORD, stated(CaseAction.RECORD_INVESTIGATION, InvestigationRecorded.class)),
			Map.entry(INVESTIGATION_REPORT, stated(CaseAction.SUBMIT_REPORT, ReportSubmitted.class)),
			Map.entry(REVIEW_OPINION, stated(CaseAction.REVIEW_CASE, CaseReviewed.class)),
			Map.entry(PENALTY_NOTICE, issued(CaseAction.SERVE_NOTICE, NoticeServed.class)),
			Map.entry(HEARING_RIGHT_NOTICE, stated(CaseAction.SERVE_NOTICE, NoticeServed.class)),
			Map.entry(HEARING_NOTICE, issued(CaseAction.SCHEDULE_HEARING, HearingScheduled.class)),
			Map.entry(HEARING_RECORD, stated(CaseAction.RECORD_HEARING, HearingRecorded.class)),
			Map.entry(COLLECTIVE_DISCUSSION_RECORD,
					stated(CaseAction.RECORD_COLLECTIVE_DISCUSSION, CollectiveDiscussionHeld.class)),
			Map.entry(PENALTY_DECISION, stated(CaseAction.DECIDE, Decided.class)),
			Map.entry(NO_PENALTY_DECISION, stated(CaseAction.DECIDE, Decided.class)),
			Map.entry(CLOSING_APPROVAL, issued(CaseAction.CLOSE, Closed.class)),
			Map.entry(PRESERVATION_NOTICE, issued(CaseAction.PRESERVE_EVIDENCE, EvidencePreserved.class)),
			Map.entry(SEIZURE_DECISION, issued(CaseAction.SEIZE, Seized.class)),
			Map.entry(SEIZURE_EXTENSION, issued(CaseAction.EXTEND_SEIZURE, SeizureExtended.class)),
			Map.entry(SEIZURE_RELEASE, issued(CaseAction.RELEASE_SEIZURE, SeizureReleased.class)),
			Map.entry(CRIMINAL_TRANSFER, stated(CaseAction.TRANSFER, Transferred.class)),
			Map.entry(DEFERRAL_DECISION, issued(CaseAction.DEFER_PAYMENT, PaymentDeferred.class)),
			Map.entry(DEMAND, issued(CaseAction.DEMAND_PERFORMANCE, PerformanceDemanded.class)),
			Map.entry(ENFORCEMENT_DECISION, issued(CaseAction.ENFORCE, EnforcementDecided.class)),
			Map.entry(SUBSTITUTE_DECISION, issued(CaseAction.SUBSTITUTE_PERFORMANCE, SubstitutePerformanceDecided.class)),
			Map.entry(COURT_APPLICATION, issued(CaseAction.APPLY_TO_COURT, CourtApplied.class))));

	/** What the type states, if it belongs to an action. */
	public static Optional<Statement> statement(DocumentType type) {
		return Optional.ofNullable(STATEMENTS.get(type));
	}

	/** The types the action's performance issues, in the order of the types. */
	public static List<DocumentType> issuedBy(CaseAction action) {
		return STATEMENTS.entrySet().stream()
			.filter(e -> e.getValue().issuedByAction() && e.getValue().action() == action)
			.map(Map.Entry::getKey)
			.toList();
	}

	@Override
	public List<String> of(DocumentType type) {
		return statement(type).map(Statement::facts).orElse(List.of());
	}

	private static Statement issued(CaseAction action, Class<? extends CaseEvent> event) {
		return new Statement(action, event, true);
	}

	private static Statement stated(CaseAction action, Class<? extends CaseEvent> event) {
		return new Statement(action, event, false);
	}
}
