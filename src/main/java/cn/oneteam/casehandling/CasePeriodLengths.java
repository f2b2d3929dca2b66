package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.CasePeriods;
import org.springframework.stereotype.Component;

/**
 * The lengths of a case's statutory periods as this deployment sets them ({@code oneteam.case.periods.*}, where no
 * province sets its own), for those who explain the procedure to the public — the procedure flowcharts of the
 * public portal (docs/adr/0041-public-lists-before-enforcement.md) — without restating the numbers
 * (docs/adr/0018-statutory-periods.md; the periods and their articles: docs/legal/time.md#periods).
 */
@Component
public class CasePeriodLengths {

	private final CasePeriods periods;

	CasePeriodLengths(CasePeriods periods) {
		this.periods = periods;
	}

	/** The period's length, in its unit ({@link ClockKind#unit()}). */
	public int length(ClockKind kind) {
		return periods.length(kind);
	}

	/** The length of the period's first extension (0: none). */
	public int extension(ClockKind kind) {
		return periods.extension(kind);
	}
}
