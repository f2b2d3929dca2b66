package cn.oneteam.supervision.alert;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the board, its drill-down and its settings answer (docs/adr/0036-supervisors-alert-board.md). */
public final class AlertViews {

	private AlertViews() {
	}

	/**
	 * One alert: a pattern, a body and, for a pair, the key; the figure (per cent, count or returns) against the
	 * threshold, with the count and sample behind it; where to see the records and to open a rectification task.
	 */
	public record Alert(AlertPattern pattern, AlertPattern.Section section, AlertPattern.Measure measure, long bodyId,
			String bodyName, String key, String keyLabel, BigDecimal figure, long count, long sample,
			@Nullable BigDecimal threshold, String drillDown, String rectification) {
	}

	/** The board: the alerts, overdue periods first, then the irregularities, and how long it took to work out. */
	public record Board(List<Alert> alerts, long millis) {
	}

	/** A pattern's threshold as set, with the range it may be set in. */
	public record Threshold(AlertPattern code, AlertPattern.Measure measure, BigDecimal threshold, int minSample,
			boolean enabled, BigDecimal lowest, BigDecimal highest, @Nullable Long updatedBy,
			OffsetDateTime updatedAt) {
	}

	/** A change of a threshold: before and after, who and when. */
	public record ThresholdChange(long id, AlertPattern code, BigDecimal thresholdBefore, BigDecimal thresholdAfter,
			int minSampleBefore, int minSampleAfter, boolean enabledBefore, boolean enabledAfter, long changedBy,
			OffsetDateTime changedAt) {
	}

	/** A new threshold (PUT): all three values. */
	public record ThresholdInput(@Nullable BigDecimal threshold, @Nullable Integer minSample,
			@Nullable Boolean enabled) {
	}

	/** A record behind an alert, linking to its page. */
	public record AlertRecord(AlertPattern.Records kind, long id, String label, @Nullable String on, String detail,
			String href) {
	}

	/** A question to the body or a note, recorded. */
	public record ActionView(long id, AlertPattern pattern, long bodyId, String key, Kind kind, String text,
			long recordedBy, OffsetDateTime recordedAt, @Nullable String answer, @Nullable Long answeredBy,
			@Nullable OffsetDateTime answeredAt) {
	}

	public enum Kind {
		ASK, NOTE
	}

	/** A new action (POST). */
	public record ActionInput(@Nullable AlertPattern pattern, @Nullable Long bodyId, @Nullable String key,
			@Nullable Kind kind, @Nullable String text) {
	}

	/** The drill-down: the body's alert when it stands now, the records, and the actions taken. */
	public record DrillDown(AlertPattern pattern, long bodyId, String bodyName, String key, @Nullable Alert alert,
			List<AlertRecord> records, List<ActionView> actions, String rectification) {
	}
}
