package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.CaseAccess;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectTimeline;
import cn.oneteam.subject.SubjectTimelineEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject's cases on its timeline (docs/adr/0023-case-party-from-register.md): clue, filed, decided and closed, each
 * linking to the case — only the cases the viewer may read ({@link CaseAccess}: {@code case:read} within the
 * jurisdiction, or the cases transferred to the viewer's body); nothing for a viewer who reads no case.
 */
@Component
class CaseTimeline implements SubjectTimeline {

	static final String KIND = "subject.timeline.case";

	private final JdbcClient jdbc;

	private final CaseAccess access;

	CaseTimeline(JdbcClient jdbc, CaseAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectTimelineEntry> about(long subjectId, ScopedPrincipal viewer) {
		@Nullable Long transferredTo;
		try {
			transferredTo = access.transferredToOnly();
		}
		catch (CaseViolation readsNoCase) {
			return List.of();
		}
		JurisdictionScope scope = viewer.jurisdiction();
		List<SubjectTimelineEntry> entries = new ArrayList<>();
		jdbc.sql("""
				select c.id, c.matter_code, c.discovered_on, c.filed_on, c.decided_on, c.closed_on,
				  coalesce(c.decision_number, c.form_number) as number
				from penalty_case c
				where c.subject_id = :subject and (:nationwide or c.place_code like any (:codes)) and """
				+ CaseAccess.condition("c") + " order by c.id")
			.param("subject", subjectId)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("transferredTo", transferredTo)
			.query(rs -> {
				String id = String.valueOf(rs.getLong("id"));
				String matter = rs.getString("matter_code");
				String href = "/cases/" + id;
				add(entries, rs.getObject("discovered_on", LocalDate.class), "case.timeline.clue", href, id, matter);
				add(entries, rs.getObject("filed_on", LocalDate.class), "case.timeline.filed", href, id, matter);
				String number = rs.getString("number");
				add(entries, rs.getObject("decided_on", LocalDate.class), "case.timeline.decided", href, id, matter,
						number == null ? "" : number);
				add(entries, rs.getObject("closed_on", LocalDate.class), "case.timeline.closed", href, id, matter);
			});
		return entries;
	}

	private static void add(List<SubjectTimelineEntry> entries, @Nullable LocalDate on, String summaryKey, String href,
			String... arguments) {
		if (on != null) {
			OffsetDateTime at = on.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
			entries.add(new SubjectTimelineEntry(at, KIND, summaryKey, List.of(arguments), href));
		}
	}
}
