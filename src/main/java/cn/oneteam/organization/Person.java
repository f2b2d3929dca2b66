package cn.oneteam.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 人员: someone of an organisation's force, on the establishment or not, linked to an account if they sign in. */
public record Person(PersonId id, OrganizationId organizationId, @Nullable Long teamId, String name,
		PersonCategory category, @Nullable PostKind postKind, boolean legalReviewer, boolean legalQualified,
		@Nullable Long accountId, LocalDate joinedOn, @Nullable LocalDate leftOn) {

	/** In post on the day: joined on or before it and not left before it. */
	public boolean inPostOn(LocalDate day) {
		return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
	}
}
