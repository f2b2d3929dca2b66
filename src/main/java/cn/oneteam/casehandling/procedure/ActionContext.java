package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.file.CaseEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ScopedPrincipal;

/**
 * What a step of the procedure works with: who acts, today's date and the time in China, the reasons collected against
 * the action, and the events (and certificates) that go into the full-process record.
 */
public final class ActionContext {

	/** How far back an action's date may lie, in years: older dates are typing mistakes, not paper records. */
	static final int PAST_YEARS_LIMIT = 10;

	public final ScopedPrincipal caller;

	public final LocalDate today;

	public final OffsetDateTime now;

	/** Whether the last approval of its chain performs the action; {@link #today} is then the approval day. */
	final boolean approved;

	private final List<CaseEvent> recorded = new ArrayList<>();

	public final List<String> certificates = new ArrayList<>();

	private final List<String> reasons = new ArrayList<>();

	public ActionContext(ScopedPrincipal caller, LocalDate today, OffsetDateTime now, boolean approved) {
		this.caller = caller;
		this.today = today;
		this.now = now;
		this.approved = approved;
	}

	/** Adds a reason against the action (a message code naming the rule and its article). */
	public void refuseIf(boolean condition, String reason) {
		if (condition && !reasons.contains(reason)) {
			reasons.add(reason);
		}
	}

	public void refuse(List<String> more) {
		more.forEach(r -> refuseIf(true, r));
	}

	/** Ends the action with every reason collected, if any: 422 with the reasons; nothing has changed. */
	public void stopIfRefused(String code) {
		if (!reasons.isEmpty()) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, code, reasons, String.join(", ", reasons));
		}
	}

	/** An action's date may be today or earlier (a paper record entered later), never in the future. */
	public void requireNotFuture(LocalDate date) {
		if (date.isAfter(today)) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.date-in-future", List.of(), date);
		}
		if (date.isBefore(today.minusYears(PAST_YEARS_LIMIT))) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.date-out-of-range", List.of(), date, PAST_YEARS_LIMIT);
		}
	}

	/** A date an action may set ahead (a hearing, the end of testing) lies within a year from today. */
	public void requireWithinAYear(LocalDate date) {
		if (date.isAfter(today.plusYears(1)) || date.isBefore(today.minusYears(PAST_YEARS_LIMIT))) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.date-out-of-range", List.of(), date, 1);
		}
	}

	/** Records that a head approved the action after the period it answers ran out: flagged for supervision. */
	public void flagLateApproval(CaseClock period) {
		if (approved && today.isAfter(period.dueOn())) {
			record(new ProcedureEvent.ApprovedLate(period.kind().name() + " " + period.dueOn()));
		}
	}

	/** What the action did, for its record entry and its documents (docs/adr/0016-case-aggregate.md). */
	public void record(CaseEvent event) {
		recorded.add(event);
	}

	/** The events recorded so far, in order. */
	List<CaseEvent> recorded() {
		return List.copyOf(recorded);
	}

	/** The facts of the record entry: every recorded event's, in order (a later one's fact wins). */
	public Map<String, Object> facts() {
		Map<String, Object> all = new LinkedHashMap<>();
		recorded.forEach(e -> all.putAll(CaseEvent.factsOf(e)));
		return all;
	}
}
