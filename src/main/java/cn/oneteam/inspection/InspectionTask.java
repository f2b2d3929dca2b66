package cn.oneteam.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * A task of a plan: its departments, the item versions it pins, the target population rule (subject kinds, a division,
 * the departments' responsibility as licence issuers), a ratio or count per risk class and a window.
 */
public record InspectionTask(long id, long planId, String name, List<Long> departmentIds, List<Long> itemIds,
		List<SubjectKind> subjectKinds, String divisionCode, List<String> issuerCodes, List<StratumRule> strata,
		LocalDate windowFrom, LocalDate windowUntil, TaskState state, @Nullable Long replacesId,
		@Nullable String replaceReason, OffsetDateTime createdAt, @Nullable OffsetDateTime approvedAt) {

	public InspectionTask {
		departmentIds = List.copyOf(departmentIds);
		itemIds = List.copyOf(itemIds);
		subjectKinds = List.copyOf(subjectKinds);
		issuerCodes = List.copyOf(issuerCodes);
		strata = List.copyOf(strata);
	}
}
