package cn.oneteam.credit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A subject's credit class changed (docs/adr/0022-credit-and-risk.md): for the inspections that draw by class.
 * {@code from} is empty the first time a subject is graded.
 */
public record CreditClassChanged(long subjectId, @Nullable CreditClass from, CreditClass to, int score,
		OffsetDateTime occurredAt) {
}
