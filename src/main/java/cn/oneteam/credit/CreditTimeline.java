package cn.oneteam.credit;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectTimeline;
import cn.oneteam.subject.SubjectTimelineEntry;
import org.springframework.stereotype.Component;

/**
 * The credit record on the subject's timeline (docs/adr/0019-subject-register.md, docs/adr/0022-credit-and-risk.md):
 * each new class, each listing and removal, each repair applied for and decided; nothing for a viewer outside the
 * subject's jurisdiction.
 */
@Component
class CreditTimeline implements SubjectTimeline {

	private final Credit credit;

	CreditTimeline(Credit credit) {
		this.credit = credit;
	}

	@Override
	public List<SubjectTimelineEntry> about(long subjectId, ScopedPrincipal viewer) {
		CreditViews.SubjectCredit record;
		try {
			record = credit.of(subjectId, viewer);
		}
		catch (RuleViolation | org.springframework.security.access.AccessDeniedException hidden) {
			return List.of();
		}
		String href = "/credit/subjects/" + subjectId;
		List<SubjectTimelineEntry> entries = new ArrayList<>();
		CreditClass previous = null;
		List<CreditViews.GradeEntry> oldestFirst = new ArrayList<>(record.history());
		java.util.Collections.reverse(oldestFirst);
		for (CreditViews.GradeEntry grade : oldestFirst) {
			if (grade.creditClass() != previous) {
				entries.add(new SubjectTimelineEntry(grade.computedAt(), "credit.timeline.class", "credit.timeline.class.summary",
						List.of(grade.creditClass().name(), String.valueOf(grade.score())), href));
			}
			previous = grade.creditClass();
		}
		for (CreditViews.ListEntry entry : record.lists()) {
			entries.add(new SubjectTimelineEntry(startOf(entry.listedOn()), "credit.timeline.listed",
					"credit.timeline.listed." + entry.list().name(), List.of(entry.reason(), entry.decidingBody()), href));
			if (entry.removedOn() != null) {
				entries.add(new SubjectTimelineEntry(startOf(entry.removedOn()), "credit.timeline.removed",
						"credit.timeline.removed." + entry.list().name(), List.of(String.valueOf(entry.removalReason())),
						href));
			}
		}
		for (CreditViews.Repair repair : record.repairs()) {
			entries.add(new SubjectTimelineEntry(startOf(repair.appliedOn()), "credit.timeline.repair",
					"credit.timeline.repair.applied", List.of(repair.ground()), href));
			if (repair.decidedAt() != null) {
				entries.add(new SubjectTimelineEntry(repair.decidedAt(), "credit.timeline.repair",
						"credit.timeline.repair." + repair.status().name(), List.of(String.valueOf(repair.decision())),
						href));
			}
		}
		return entries;
	}

	private static OffsetDateTime startOf(java.time.LocalDate day) {
		return day.atTime(LocalTime.MIDNIGHT).atZone(ChinaTime.ZONE).toOffsetDateTime();
	}
}
