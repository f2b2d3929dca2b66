package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.file.CaseFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.Matter;
import cn.oneteam.organization.Certificate;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.Qualification;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.stereotype.Component;

/**
 * 执法人员: at least two distinct officers of the acting body, each in post and holding a certificate valid on the day
 * for the matter's domain; auxiliaries never count (处罚法 §42, §55; 强制法 §18; docs/legal/enforcers.md#two-officers).
 */
@Component
public class OfficerCheck {

	/** MIN_OFFICERS, 处罚法 §42. */
	static final int MIN_OFFICERS = 2;

	private final Officers officers;

	private final Catalog catalog;

	OfficerCheck(Officers officers, Catalog catalog) {
		this.officers = officers;
		this.catalog = catalog;
	}

	/**
	 * The officers who carry out an action of a case, for the case's matter and body on the day; every rule they fail
	 * is a reason against the action, and the certificates they show go into the record.
	 */
	public List<CaseOfficer> check(CaseFile c, List<Long> ids, LocalDate day, ActionContext ctx) {
		List<String> reasons = new ArrayList<>();
		List<CaseOfficer> present = check(ids.stream().map(PersonId::new).toList(), catalog.require(c.matterCode),
				c.actingOrgId, day, ctx.caller.jurisdiction(), reasons);
		ctx.refuse(reasons);
		present.forEach(o -> ctx.certificates.add(o.certificateNumber()));
		return present;
	}

	/** The officers with the certificate each shows; adds a reason for each rule not met. */
	public List<CaseOfficer> check(List<PersonId> ids, Matter matter, long bodyId, LocalDate day, JurisdictionScope scope,
			List<String> reasons) {
		LinkedHashSet<PersonId> distinct = new LinkedHashSet<>(ids);
		if (distinct.size() < MIN_OFFICERS) {
			reasons.add("case.two-officers-required");
		}
		List<CaseOfficer> result = new ArrayList<>();
		for (PersonId id : distinct) {
			Officers.PersonRecord record = officers.person(id, scope);
			if (record.person().organizationId().value() != bodyId) {
				reasons.add("case.officer-of-another-body");
			}
			Qualification q = officers.asOfficer(id, matter.domain(), day);
			q.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
			record.certificates()
				.stream()
				.filter(c -> c.authorises(matter.domain(), day))
				.map(Certificate::number)
				.findFirst()
				.ifPresent(number -> result.add(new CaseOfficer(id.value(), record.person().name(), number)));
		}
		return result;
	}
}
