package cn.oneteam.inspection.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;

/**
 * One visit (docs/adr/0027-visits-and-codes.md): a subject (its real code and the division of its address), drawn or
 * targeted, why (the trigger), the lead department and all departments taking part, the window (the intersection of
 * its parts' windows), on site or not, its inspection code, the certificate numbers of the inspectors authorised for
 * it, its state and, once recorded, who recorded it, whether with the code, on which day, the outcome, the linked case
 * and the publication deadline.
 */
public record Visit(long id, long subjectId, String subjectCode, String divisionCode, VisitKind kind,
		InspectionTrigger trigger, long leadDepartmentId, List<Long> departmentIds, LocalDate windowFrom,
		LocalDate windowUntil, boolean onSite, String code, List<String> inspectors, VisitState state,
		@Nullable String reason, long createdBy, OffsetDateTime createdAt, @Nullable Long recordedBy,
		@Nullable OffsetDateTime recordedAt, @Nullable Boolean withCode, @Nullable LocalDate inspectedOn,
		@Nullable VisitOutcome outcome, @Nullable Long caseId, @Nullable LocalDate publishDue,
		@Nullable OffsetDateTime publishedAt) {

	public Visit {
		departmentIds = List.copyOf(departmentIds);
		inspectors = List.copyOf(inspectors);
	}

	/** Whether the day lies in the visit's window. */
	public boolean inWindow(LocalDate day) {
		return !day.isBefore(windowFrom) && !day.isAfter(windowUntil);
	}
}
