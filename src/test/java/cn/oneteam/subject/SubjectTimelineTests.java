package cn.oneteam.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.junit.jupiter.api.Test;

/**
 * The subject's page puts every contributor's entries on one timeline, newest first, in China time; no contributor is
 * no entry (docs/adr/0019-subject-register.md, the subject's page).
 */
class SubjectTimelineTests {

	private static final ScopedPrincipal VIEWER = new ScopedPrincipal() {

		@Override
		public long accountId() {
			return 1;
		}

		@Override
		public String username() {
			return "viewer";
		}

		@Override
		public long organizationId() {
			return 1;
		}

		@Override
		public JurisdictionScope jurisdiction() {
			return JurisdictionScope.nationwide();
		}
	};

	private static SubjectTimelineEntry entry(String summary, int day, int hour) {
		return new SubjectTimelineEntry(OffsetDateTime.of(2026, 12, day, hour, 0, 0, 0, ZoneOffset.UTC), "kind." + summary,
				summary, List.of(summary, String.valueOf(day)), "/somewhere/" + summary);
	}

	@Test
	void mergesEveryContributorNewestFirstInChinaTime() {
		SubjectTimeline cases = (id, viewer) -> id == 7 ? List.of(entry("filed", 1, 2), entry("decided", 5, 20)) : List.of();
		SubjectTimeline licences = (id, viewer) -> List.of(entry("licence", 3, 9));
		SubjectTimeline silent = (id, viewer) -> List.of();

		List<SubjectPageController.TimelineRow> rows = SubjectPageController.timeline(List.of(cases, silent, licences), 7,
				VIEWER);
		assertThat(rows).extracting(SubjectPageController.TimelineRow::summaryKey)
			.containsExactly("decided", "licence", "filed");
		// 20:00 UTC on the 5th is 04:00 on the 6th in China
		assertThat(rows.get(0).at().toLocalDateTime()).hasToString("2026-12-06T04:00");
		assertThat(rows.get(0).at().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
		assertThat(rows.get(0).arguments()).containsExactly("decided", "5");
		assertThat(rows.get(0).href()).isEqualTo("/somewhere/decided");

		assertThat(SubjectPageController.timeline(List.of(cases, licences), 8, VIEWER))
			.extracting(SubjectPageController.TimelineRow::summaryKey)
			.containsExactly("licence");
		assertThat(SubjectPageController.timeline(List.of(), 7, VIEWER)).isEmpty();
	}
}
