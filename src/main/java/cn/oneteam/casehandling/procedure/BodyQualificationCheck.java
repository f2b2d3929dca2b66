package cn.oneteam.casehandling.procedure;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.organization.BodyQualifications;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.QualificationStanding;
import org.springframework.stereotype.Component;

/**
 * 执法主体资格: a body whose qualification lapsed on the day — confirmed before, covered by no confirmation that day,
 * its period ended without renewal or revoked — takes no enforcement action; a body never confirmed is not refused
 * (docs/adr/0037-enforcement-bodies-qualification.md).
 */
@Component
public class BodyQualificationCheck {

	private final BodyQualifications qualifications;

	private final Organizations organizations;

	BodyQualificationCheck(BodyQualifications qualifications, Organizations organizations) {
		this.qualifications = qualifications;
		this.organizations = organizations;
	}

	/** 409 {@code case.body-qualification-lapsed}, naming the body and the last day it was covered; nothing changes. */
	public void requireQualified(long bodyId, LocalDate day) {
		QualificationStanding standing = qualifications.standing(bodyId, day);
		if (standing.lapsed()) {
			String name = organizations.find(new OrganizationId(bodyId)).map(Organization::name)
				.orElse(String.valueOf(bodyId));
			throw new CaseViolation(CaseViolation.CONFLICT, "case.body-qualification-lapsed", List.of(), name,
					String.valueOf(standing.endedOn()), day.toString());
		}
	}
}
