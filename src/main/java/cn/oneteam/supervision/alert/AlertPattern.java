package cn.oneteam.supervision.alert;

import java.math.BigDecimal;

/**
 * The board's patterns (docs/adr/0036-supervisors-alert-board.md): three overdue periods, always shown once one runs
 * past its due date, and eight irregularities judged against a threshold kept as data, each with the range a
 * supervisor may set it in.
 */
public enum AlertPattern {
	/** Case periods the body must act in, running past their due date. */
	OVERDUE_CASE_PERIOD(Section.OVERDUE, Measure.COUNT, Records.CASE),
	/** 吹哨 summonses of open whistles past the clock of the step they wait for. */
	OVERDUE_WHISTLE(Section.OVERDUE, Measure.COUNT, Records.WHISTLE),
	/** Open complaints about the body past their acceptance or conclusion period. */
	OVERDUE_COMPLAINT(Section.OVERDUE, Measure.COUNT, Records.COMPLAINT),
	/** 1. Decided fines at the statutory maximum: a share of the body's decided fines. */
	FINE_AT_MAXIMUM(Section.IRREGULARITY, Measure.SHARE, Records.CASE),
	/** 2. One pair of officers: a share of the body's cases handled by two officers. */
	OFFICER_PAIR(Section.IRREGULARITY, Measure.SHARE, Records.CASE),
	/** 3. Filing after the verification period, or closing after the closing period: cases. */
	LATE_FILING_OR_ARCHIVING(Section.IRREGULARITY, Measure.COUNT, Records.CASE),
	/** 4. Closed with a fine neither paid nor its enforcement ended: cases. */
	CLOSED_WITHOUT_PAYMENT(Section.IRREGULARITY, Measure.COUNT, Records.CASE),
	/** 5. Inspections recorded without their code (the last 30 days): visits. */
	UNCODED_INSPECTION(Section.IRREGULARITY, Measure.COUNT, Records.VISIT),
	/** 6. Evidence collected after the decision: cases. */
	EVIDENCE_AFTER_DECISION(Section.IRREGULARITY, Measure.COUNT, Records.CASE),
	/** 7. An event returned this many times or more (the threshold is the number of returns). */
	REPEATED_RETURNS(Section.IRREGULARITY, Measure.TIMES, Records.EVENT),
	/** 8. Summonses not acknowledged by their report deadline: summonses. */
	UNANSWERED_WHISTLE(Section.IRREGULARITY, Measure.COUNT, Records.WHISTLE);

	public enum Section {
		OVERDUE, IRREGULARITY
	}

	/** What the figure is: a share in per cent, a count of records, or the returns of one event. */
	public enum Measure {
		SHARE("1", "100"), COUNT("1", "1000"), TIMES("2", "100");

		private final BigDecimal lowest;

		private final BigDecimal highest;

		Measure(String lowest, String highest) {
			this.lowest = new BigDecimal(lowest);
			this.highest = new BigDecimal(highest);
		}

		public BigDecimal lowest() {
			return lowest;
		}

		public BigDecimal highest() {
			return highest;
		}
	}

	/** What the drill-down lists. */
	public enum Records {
		CASE, EVENT, VISIT, WHISTLE, COMPLAINT
	}

	/** The largest smallest-sample a supervisor may set. */
	public static final int MAX_SAMPLE = 10_000;

	private final Section section;

	private final Measure measure;

	private final Records records;

	AlertPattern(Section section, Measure measure, Records records) {
		this.section = section;
		this.measure = measure;
		this.records = records;
	}

	public Section section() {
		return section;
	}

	public Measure measure() {
		return measure;
	}

	public Records records() {
		return records;
	}

	public boolean thresholded() {
		return section == Section.IRREGULARITY;
	}
}
