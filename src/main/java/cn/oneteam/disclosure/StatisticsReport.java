package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published annual statistics report (行政执法统计年报, docs/adr/0045-annual-enforcement-statistics.md): the body as
 * published, the year, the version shown (the newest unless another was asked for), when its figures were generated
 * and published, whether publication met the due day (31 January of the next year), the reason of a re-publication,
 * the figures, and every version with its day and reason.
 */
public record StatisticsReport(long bodyId, String bodyName, String bodySeat, int year, int version,
		OffsetDateTime generatedAt, LocalDate publishedOn, LocalDate dueOn, boolean onTime, @Nullable String reason,
		AnnualFigures figures, List<Version> versions) {

	public StatisticsReport {
		versions = List.copyOf(versions);
	}

	/** One version of the report: its number, the day it was published, the reason given (none for the first). */
	public record Version(int version, LocalDate publishedOn, boolean onTime, @Nullable String reason) {
	}
}
