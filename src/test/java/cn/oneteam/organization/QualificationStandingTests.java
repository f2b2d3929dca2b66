package cn.oneteam.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.organization.QualificationStanding.State;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A body's standing on a day (docs/adr/0037-enforcement-bodies-qualification.md): unconfirmed before any confirmation
 * began, confirmed within a period, lapsed after it ends without renewal or from the day of a revocation, covered again
 * by a renewal.
 */
class QualificationStandingTests {

	private static BodyQualification q(String from, String to, @Nullable String revokedOn) {
		return new BodyQualification(1, 7, LocalDate.parse(from).getYear(), "依据", true, List.of(), LocalDate.parse(from),
				LocalDate.parse(to), 1, OffsetDateTime.now(), null, revokedOn == null ? null : LocalDate.parse(revokedOn),
				revokedOn == null ? null : "撤销");
	}

	private static QualificationStanding on(String day, BodyQualification... confirmations) {
		return BodyQualifications.standing(List.of(confirmations), LocalDate.parse(day));
	}

	@Test
	void aBodyIsUnconfirmedUntilItsFirstConfirmationBegins() {
		assertThat(on("2026-05-01").state()).isEqualTo(State.UNCONFIRMED);
		QualificationStanding before = on("2025-12-31", q("2026-01-01", "2026-12-31", null));
		assertThat(before.state()).isEqualTo(State.UNCONFIRMED);
		assertThat(before.lapsed()).isFalse();
	}

	@Test
	void aPeriodCoversItsFirstAndLastDayAndLapsesTheDayAfter() {
		BodyQualification year = q("2026-01-01", "2026-12-31", null);
		assertThat(on("2026-01-01", year).state()).isEqualTo(State.CONFIRMED);
		assertThat(on("2026-12-31", year).endedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
		QualificationStanding after = on("2027-01-01", year);
		assertThat(after.lapsed()).isTrue();
		assertThat(after.endedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(on("2027-01-01", year, q("2027-01-01", "2027-12-31", null)).state()).isEqualTo(State.CONFIRMED);
	}

	@Test
	void aRevocationEndsTheCoverFromItsDayNotBefore() {
		BodyQualification revoked = q("2026-01-01", "2026-12-31", "2026-06-10");
		assertThat(on("2026-06-09", revoked).state()).isEqualTo(State.CONFIRMED);
		QualificationStanding on = on("2026-06-10", revoked);
		assertThat(on.lapsed()).isTrue();
		assertThat(on.endedOn()).isEqualTo(LocalDate.of(2026, 6, 9));
		assertThat(on("2026-06-10", revoked, q("2026-06-10", "2026-12-31", null)).state()).isEqualTo(State.CONFIRMED);
	}

	@Test
	void aConfirmationRevokedOnOrBeforeItsFirstDayNeverBegins() {
		BodyQualification onFirstDay = q("2026-01-01", "2026-12-31", "2026-01-01");
		BodyQualification before = q("2026-01-01", "2026-12-31", "2025-12-20");
		assertThat(on("2026-03-01", onFirstDay).state()).isEqualTo(State.UNCONFIRMED);
		assertThat(on("2026-03-01", before).lapsed()).isFalse();
		assertThat(on("2026-03-01", onFirstDay, q("2026-02-01", "2026-12-31", null)).state()).isEqualTo(State.CONFIRMED);
		// an earlier period that ran still lapses; the void one adds no day to it
		QualificationStanding after = on("2026-03-01", q("2025-01-01", "2025-12-31", null), onFirstDay);
		assertThat(after.lapsed()).isTrue();
		assertThat(after.endedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
	}
}
