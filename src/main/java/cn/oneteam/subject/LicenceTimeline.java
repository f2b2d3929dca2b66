package cn.oneteam.subject;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licences' part of a subject's timeline: each licence recorded (when it entered the register) and each revoked
 * (when the revocation was recorded; for a row without that instant its day, never before the licence), linking to
 * the licence on the subject's page (docs/adr/0019-subject-register.md, the subject's page). Nothing outside the
 * viewer's jurisdiction.
 */
@Component
class LicenceTimeline implements SubjectTimeline {

	private final LicenceRepository licences;

	private final SubjectRepository subjects;

	LicenceTimeline(LicenceRepository licences, SubjectRepository subjects) {
		this.licences = licences;
		this.subjects = subjects;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectTimelineEntry> about(long subjectId, ScopedPrincipal viewer) {
		if (subjects.byId(subjectId, viewer.jurisdiction()).isEmpty()) {
			return List.of();
		}
		List<SubjectTimelineEntry> entries = new ArrayList<>();
		java.util.Map<Long, OffsetDateTime> revokedAt = licences.revokedAt(subjectId);
		for (LicenceView l : licences.ofSubject(subjectId)) {
			String href = "/subjects/" + subjectId + "#licence-" + l.id();
			entries.add(new SubjectTimelineEntry(l.recordedAt(), "subject.timeline.licence-recorded",
					l.validUntil() == null ? "subject.timeline.licence-recorded.open-ended"
							: "subject.timeline.licence-recorded.summary",
					l.validUntil() == null
							? List.of(l.kind(), l.number(), l.issuerName(), l.validFrom().toString())
							: List.of(l.kind(), l.number(), l.issuerName(), l.validFrom().toString(),
									l.validUntil().toString()),
					href));
			if (l.revokedOn() != null) {
				OffsetDateTime day = l.revokedOn().atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
				OffsetDateTime at = revokedAt.getOrDefault(l.id(), day.isBefore(l.recordedAt()) ? l.recordedAt() : day);
				entries.add(new SubjectTimelineEntry(at,
						"subject.timeline.licence-revoked", "subject.timeline.licence-revoked.summary",
						List.of(l.kind(), l.number(), l.revokedOn().toString(), String.valueOf(l.revokedReason())),
						href));
			}
		}
		return entries;
	}
}
