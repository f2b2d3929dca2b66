package cn.oneteam.casehandling;

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
final class ActionContext {

	/** How far back an action's date may lie, in years: older dates are typing mistakes, not paper records. */
	static final int PAST_YEARS_LIMIT = 10;

	final ScopedPrincipal caller;

	final LocalDate today;

	final OffsetDateTime now;

	/** Whether the last approval of its chain performs the action; {@link #today} is then the approval day. */
	final boolean approved;

	private final List<CaseEvent> recorded = new ArrayList<>();

	final List<String> certificates = new ArrayList<>();

	private final List<String> reasons = new ArrayList<>();

	ActionContext(ScopedPrincipal caller, LocalDate today, OffsetDateTime now, boolean approved) {
		this.caller = caller;
		this.today = today;
		this.now = now;
		this.approved = approved;
	}

	/** Adds a reason against the action (a message code naming the rule and its article). */
	void refuseIf(boolean condition, String reason) {
		if (condition && !reasons.contains(reason)) {
			reasons.add(reason);
		}
	}

	void refuse(List<String> more) {
		more.forEach(r -> refuseIf(true, r));
	}

	/** Ends the action with every reason collected, if any: 422 with the reasons; nothing has changed. */
	void stopIfRefused(String code) {
		if (!reasons.isEmpty()) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, code, reasons, String.join(", ", reasons));
		}
	}

	/** An action's date may be today or earlier (a paper record entered later), never in the future. */
	void requireNotFuture(LocalDate date) {
		if (date.isAfter(today)) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.date-in-future", List.of(), date);
		}
		if (date.isBefore(today.minusYears(PAST_YEARS_LIMIT))) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.date-out-of-range", List.of(), date, PAST_YEARS_LIMIT);
		}
	}

	/** A date an action may set ahead (a hearing, the end of testing) lies within a year from today. */
	void requireWithinAYear(LocalDate date) {
		if (date.isAfter(today.plusYears(1)) || date.isBefore(today.minusYears(PAST_YEARS_LIMIT))) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.date-out-of-range", List.of(), date, 1);
		}
	}

	/** Records that a head approved the action after the period it answers ran out: flagged for supervision. */
	void flagLateApproval(CaseClock period) {
		if (approved && today.isAfter(period.dueOn())) {
			record(new ProcedureEvent.ApprovedLate(period.kind().name() + " " + period.dueOn()));
		}
	}

	/** What the action did, for its record entry and its documents (docs/adr/0016-case-aggregate.md). */
	void record(CaseEvent event) {
		recorded.add(event);
	}

	/** The events recorded so far, in order. */
	List<CaseEvent> recorded() {
		return List.copyOf(recorded);
	}

	/** The facts of the record entry: every recorded event's, in order (a later one's fact wins). */
	Map<String, Object> facts() {
		Map<String, Object> all = new LinkedHashMap<>();
		recorded.forEach(e -> all.putAll(CaseEvent.factsOf(e)));
		return all;
	}
}
