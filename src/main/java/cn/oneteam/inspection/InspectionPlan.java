package cn.oneteam.inspection;

import java.time.OffsetDateTime;
import java.util.List;

/** An annual plan of a body at county level or above: its joint departments, one of them the lead. */
public record InspectionPlan(long id, long bodyId, int year, String name, long leadId, List<Long> departmentIds,
		OffsetDateTime createdAt) {

	public InspectionPlan {
		departmentIds = List.copyOf(departmentIds);
	}
}
