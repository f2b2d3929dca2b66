package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.oneteam.platform.ReportedUpwards;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 公开决定已撤回: a published decision was withdrawn (处罚法 §48, docs/adr/0043-published-decisions.md) by its body's
 * head or by the system on its revocation, with the public notice — the ground and the reasons as masked. Reported
 * upwards to the topic {@code decisions} under the same key as its publication, so that a receiver reads the two in
 * order (docs/adr/0056-reporting-upwards-through-kafka.md).
 */
public record DecisionWithdrawn(UUID eventId, long publicationId, @Nullable String number, long bodyId, String body,
		String bodyCode, DivisionCode place, LocalDate revokedOn, LocalDate withdrawnOn, boolean withdrawnOnTime,
		DecisionPublications.Ground ground, String reason, OffsetDateTime occurredAt) implements ReportedUpwards {

	@Override
	public String topic() {
		return "decisions";
	}
}
