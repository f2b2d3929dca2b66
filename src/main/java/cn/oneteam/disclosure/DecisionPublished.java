package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.oneteam.platform.ReportedUpwards;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 处罚决定已公开: a penalty decision was published (docs/adr/0043-published-decisions.md), with its public text only —
 * the party, address and facts as masked at registration (docs/adr/0010-personal-data-masking.md). Reported upwards to
 * the topic {@code decisions}, keyed by the seat of the body in whose name it was issued
 * (docs/adr/0056-reporting-upwards-through-kafka.md). {@code publicationId} is the decision's public id
 * ({@code /public/decisions/{id}}) in this installation; {@code bodyCode} is the body's code.
 */
public record DecisionPublished(UUID eventId, long publicationId, @Nullable String number, long bodyId, String body,
		String bodyCode, DivisionCode place, LocalDate decidedOn, LocalDate publishedOn, boolean publishedOnTime,
		String party, @Nullable String partyCode, @Nullable String partyAddress, String matterCode, String matter,
		String facts, String penalty, OffsetDateTime occurredAt) implements ReportedUpwards {

	@Override
	public String topic() {
		return "decisions";
	}
}
