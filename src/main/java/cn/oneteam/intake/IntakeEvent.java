package cn.oneteam.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.stream.Stream;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * An event as staff see it (in their jurisdiction): where it is, what it is about, who has it, its clocks and
 * counters. The reporter's contact is here for call-backs; {@link PublicEvent} is what anyone else sees. A due date
 * counted into a year whose official schedule is not loaded yet is provisional (weekends only) and is counted again
 * when that year is loaded. The subject of the register it is about, if named, and whether a complaint or report was
 * found substantiated (查实) or not (不属实) at the reply, if the unit said (docs/adr/0019-subject-register.md).
 */
public record IntakeEvent(long id, String trackingNumber, EventChannel channel, @Nullable String externalId,
		RequestType requestType, @Nullable String matterCode, @Nullable String classification, String description,
		DivisionCode division, DivisionCode township, @Nullable String grid, @Nullable String address,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String reporterName,
		@Nullable String reporterPhone, @Nullable String reporterEmail, Priority priority, EventState state,
		@Nullable Long assignedOrgId, @Nullable String routingZh, @Nullable String routingEn, OffsetDateTime receivedAt,
		LocalDate dispatchDueOn, @Nullable OffsetDateTime dispatchedAt, @Nullable OffsetDateTime acceptDueAt,
		@Nullable OffsetDateTime acceptedAt, @Nullable LocalDate replyDueOn, @Nullable OffsetDateTime repliedAt,
		@Nullable String reply, int returnCount, int reopenCount, int urgeCount, boolean escalated,
		@Nullable Satisfaction satisfaction, @Nullable OffsetDateTime ratedAt, @Nullable Long mergedInto,
		@Nullable Long caseId, OffsetDateTime updatedAt, @Nullable Long teamId,
		@Nullable OffsetDateTime arriveDueAt, @Nullable OffsetDateTime arrivedAt, @Nullable BigDecimal arrivedLatitude,
		@Nullable BigDecimal arrivedLongitude, boolean dispatchDueProvisional, boolean replyDueProvisional,
		@Nullable Long subjectId, @Nullable Boolean substantiated) {

	/** The reporter's contact as staff lists show it (docs/adr/0010-personal-data-masking.md): 张** and 138****1234. */
	public @Nullable String maskedReporter() {
		if (reporterName == null && reporterPhone == null && reporterEmail == null) {
			return null;
		}
		return String.join(" ", Stream.of(PersonalData.name(reporterName), PersonalData.phone(reporterPhone),
				PersonalData.email(reporterEmail)).filter(Objects::nonNull).toList());
	}

	/** Arrived on the spot by the arrival clock (none when it has not arrived or had no clock). */
	public @Nullable Boolean arrivedOnTime() {
		return arrivedAt == null || arriveDueAt == null ? null : !arrivedAt.isAfter(arriveDueAt);
	}

	/** The routing explanation in the page's language. */
	public @Nullable String routing(String language) {
		return "en".equals(language) ? routingEn : routingZh;
	}
}
