package cn.oneteam.inspection.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A task's share of a visit (none for a targeted one): its department, items, window and drawn inspectors; withdrawn
 * when the task was drawn again while the visit was still planned (docs/adr/0027-visits-and-codes.md).
 */
public record VisitPart(long id, long visitId, @Nullable Long taskId, @Nullable Long drawId, long departmentId,
		List<Long> itemIds, LocalDate windowFrom, LocalDate windowUntil, List<String> inspectors,
		OffsetDateTime createdAt, @Nullable OffsetDateTime withdrawnAt) {

	public VisitPart {
		itemIds = List.copyOf(itemIds);
		inspectors = List.copyOf(inspectors);
	}
}
