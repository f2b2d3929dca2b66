package cn.oneteam.inspection.visit;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;

/**
 * What a drawn task (or an approved targeted inspection) asks for one subject, before merging
 * (docs/adr/0027-visits-and-codes.md): the subject, its real code and division, the task and draw (none for a targeted
 * one), the department and its items, the window, on site or not, the trigger and the inspectors drawn for it.
 */
public record PlannedPart(long subjectId, String subjectCode, String divisionCode, @Nullable Long taskId,
		@Nullable Long drawId, long departmentId, List<Long> itemIds, LocalDate windowFrom, LocalDate windowUntil,
		boolean onSite, InspectionTrigger trigger, List<String> inspectors) {

	public PlannedPart {
		itemIds = List.copyOf(itemIds);
		inspectors = List.copyOf(inspectors);
	}
}
