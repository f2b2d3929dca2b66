package cn.oneteam.intake;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectTimeline;
import cn.oneteam.subject.SubjectTimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events about a subject on its timeline (docs/adr/0019-subject-register.md, "Events and complaints about a
 * subject"): each received, and each closed by the unit's reply — substantiated or not when the unit said —, linking
 * to the event's page. Only the events the viewer may read: those in the viewer's jurisdiction, as everywhere in
 * intake ({@link EventQueries#require}).
 */
@Component
class EventTimeline implements SubjectTimeline {

	static final String KIND = "intake.timeline.event";

	private final EventRepository events;

	EventTimeline(EventRepository events) {
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectTimelineEntry> about(long subjectId, ScopedPrincipal viewer) {
		List<SubjectTimelineEntry> entries = new ArrayList<>();
		for (IntakeEvent e : events.aboutSubject(subjectId, viewer.jurisdiction())) {
			String href = "/intake/events/" + e.id();
			String text = e.description().length() <= 60 ? e.description() : e.description().substring(0, 59) + "…";
			entries.add(new SubjectTimelineEntry(e.receivedAt(), KIND,
					"intake.timeline.received." + e.requestType().name(), List.of(e.trackingNumber(), text), href));
			if (e.repliedAt() != null) {
				String closed = e.substantiated() == null ? "intake.timeline.closed"
						: e.substantiated() ? "intake.timeline.closed.upheld" : "intake.timeline.closed.unfounded";
				entries.add(new SubjectTimelineEntry(e.repliedAt(), KIND, closed, List.of(e.trackingNumber()), href));
			}
		}
		return entries;
	}
}
