package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.oneteam.platform.ReportedUpwards;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 行政执法统计年报已公开: a body's annual statistics were published — version 1, or a correction with its reason
 * (docs/adr/0045-annual-enforcement-statistics.md); the figures as published, counts and exact amounts, no person.
 * Reported upwards to the topic {@code statistics}, keyed by the body's seat
 * (docs/adr/0056-reporting-upwards-through-kafka.md); the newest version of a body and year is the one that counts.
 */
public record StatisticsPublished(UUID eventId, long bodyId, String body, String bodyCode, DivisionCode place,
		int year, int version, LocalDate publishedOn, boolean onTime, @Nullable String reason, AnnualFigures figures,
		OffsetDateTime occurredAt) implements ReportedUpwards {

	@Override
	public String topic() {
		return "statistics";
	}
}
