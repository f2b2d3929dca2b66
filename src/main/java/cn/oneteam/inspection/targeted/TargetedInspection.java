package cn.oneteam.inspection.targeted;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;

/**
 * A targeted inspection (docs/adr/0028-joint-visits.md): the subject (shown as the lists show it: a natural person's
 * number masked), the department, its published items, why (trigger and reason), the window, on site or not, the
 * inspectors' certificate numbers, the state, who asked and decided, and once approved the visit planned for it.
 */
public record TargetedInspection(long id, long subjectId, String subject, String divisionCode, long departmentId,
		List<Long> itemIds, InspectionTrigger trigger, String reason, LocalDate windowFrom, LocalDate windowUntil,
		boolean onSite, List<String> inspectors, TargetedState state, long requestedBy, OffsetDateTime requestedAt,
		@Nullable Long decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String decisionNote,
		@Nullable Long visitId) {

	public TargetedInspection {
		itemIds = List.copyOf(itemIds);
		inspectors = List.copyOf(inspectors);
	}
}
