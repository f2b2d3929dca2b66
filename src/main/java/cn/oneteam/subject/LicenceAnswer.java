package cn.oneteam.subject;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;

/** A licence as the API answers it: {@link LicenceView} with its standing today (China time). */
record LicenceAnswer(long id, long subjectId, String kind, String number, String issuerCode, String issuerName,
		LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String scope, LicenceSource source,
		@Nullable LocalDate revokedOn, @Nullable String revokedReason, OffsetDateTime recordedAt,
		LicenceView.Standing standing) {

	static LicenceAnswer of(LicenceView l) {
		return new LicenceAnswer(l.id(), l.subjectId(), l.kind(), l.number(), l.issuerCode(), l.issuerName(),
				l.validFrom(), l.validUntil(), l.scope(), l.source(), l.revokedOn(), l.revokedReason(), l.recordedAt(),
				l.standingOn(LocalDate.now(ChinaTime.ZONE)));
	}
}
