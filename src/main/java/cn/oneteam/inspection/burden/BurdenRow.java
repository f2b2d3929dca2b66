package cn.oneteam.inspection.burden;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;

/** A visit as the burden figures read it: not cancelled, its day (inspected, else window start) and its parts. */
record BurdenRow(long visitId, long subjectId, String subjectCode, List<Long> departmentIds, VisitKind kind,
		InspectionTrigger trigger, @Nullable VisitOutcome outcome, LocalDate day, int parts) {

	BurdenRow {
		departmentIds = List.copyOf(departmentIds);
	}
}
