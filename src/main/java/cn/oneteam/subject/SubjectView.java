package cn.oneteam.subject;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A subject as every answer shows it: a natural person's ID number masked (docs/adr/0010-personal-data-masking.md),
 * a credit code whole.
 */
public record SubjectView(long id, SubjectKind kind, String code, String name, String divisionCode,
		String streetAddress, @Nullable String representative, @Nullable String industryCode, SubjectStatus status,
		@Nullable LocalDate closedOn, OffsetDateTime registeredAt) implements Serializable {
}
