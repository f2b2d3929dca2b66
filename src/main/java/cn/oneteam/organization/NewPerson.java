package cn.oneteam.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What registering a person needs. Only establishment staff have a post kind; only they may review legally. */
public record NewPerson(OrganizationId organizationId, @Nullable Long teamId, String name, PersonCategory category,
		@Nullable PostKind postKind, boolean legalReviewer, boolean legalQualified, @Nullable Long accountId,
		LocalDate joinedOn) {

	public NewPerson {
		if ((category == PersonCategory.ESTABLISHMENT) != (postKind != null)) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "person.post-kind-mismatch", category);
		}
		if (legalReviewer && category != PersonCategory.ESTABLISHMENT) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "person.reviewer-not-establishment");
		}
	}
}
