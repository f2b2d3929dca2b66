package cn.oneteam.subject;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;

/**
 * What a module knows of a subject, for the subject's page: its cases, events, inspections, licences, complaints and
 * credit record on one timeline (docs/adr/0019-subject-register.md). A module that keeps facts about subjects provides
 * a bean of this type; each answers only what the viewer may read.
 */
public interface SubjectTimeline {

	/** The entries about the subject the viewer may see, in any order; the page sorts them newest first. */
	List<SubjectTimelineEntry> about(long subjectId, ScopedPrincipal viewer);
}
