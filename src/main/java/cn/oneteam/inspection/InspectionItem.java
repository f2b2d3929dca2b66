package cn.oneteam.inspection;

import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * One version of an item of a department's 抽查事项清单: a series keeps every version; a published version may be used
 * in a task, an unpublished one may not (docs/adr/0025-inspection-items-and-plans.md).
 */
public record InspectionItem(long id, long seriesId, int version, long departmentId, String name, String legalBasis,
		List<SubjectKind> subjectKinds, String content, ItemMethod method, boolean keyItem, OffsetDateTime createdAt,
		@Nullable OffsetDateTime publishedAt) {

	public InspectionItem {
		subjectKinds = List.copyOf(subjectKinds);
	}

	public boolean published() {
		return publishedAt != null;
	}
}
