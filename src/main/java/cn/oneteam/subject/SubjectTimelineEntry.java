package cn.oneteam.subject;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a subject's timeline: when, what kind (a message key such as {@code subject.timeline.case}), a summary
 * (a message key and its arguments, so that the page shows it in the reader's language) and where to read more.
 */
public record SubjectTimelineEntry(OffsetDateTime at, String kindKey, String summaryKey, List<String> arguments,
		@Nullable String href) {
}
