package cn.oneteam.inspection.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.oneteam.inspection.result.InspectionResults;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.subject.SubjectParties;
import cn.oneteam.subject.SubjectParty;
import org.springframework.stereotype.Component;

/**
 * What the code's answers say of a visit beyond the visit itself: the departments' names, the inspectors' names with
 * their certificate numbers, the items pinned, and the subject's name as the public sees it
 * (docs/adr/0029-inspection-code-public-check-and-rating.md).
 */
@Component
class VisitFacts {

	private final Organizations organizations;

	private final Officers officers;

	private final SubjectParties subjects;

	private final CodeRepository repository;

	VisitFacts(Organizations organizations, Officers officers, SubjectParties subjects, CodeRepository repository) {
		this.organizations = organizations;
		this.officers = officers;
		this.subjects = subjects;
		this.repository = repository;
	}

	/** The departments' names, the lead first. */
	List<String> departments(Visit visit) {
		List<String> names = new ArrayList<>();
		names.add(department(visit.leadDepartmentId()));
		visit.departmentIds().stream().filter(id -> id != visit.leadDepartmentId()).map(this::department)
			.forEach(names::add);
		return names;
	}

	String department(long id) {
		return organizations.find(new OrganizationId(id)).map(o -> o.name()).orElse(String.valueOf(id));
	}

	/** The inspectors authorised: each certificate number with its holder's name (none when no holder is known). */
	List<CodeViews.Inspector> inspectors(Visit visit) {
		Map<String, String> names = officers.holderNames(visit.inspectors());
		return visit.inspectors().stream().map(c -> new CodeViews.Inspector(names.get(c), c)).toList();
	}

	List<CodeViews.Item> items(Visit visit) {
		return repository.items(visit.id());
	}

	/** The subject as registered (whole, for the staff's notice). */
	SubjectParty subject(Visit visit) {
		return subjects.find(visit.subjectId()).orElseThrow();
	}

	/** The subject's name as the public sees it: a natural person's masked as published decisions mask it. */
	String publicName(Visit visit) {
		SubjectParty subject = subject(visit);
		return InspectionResults.publicName(subject.kind(), subject.name());
	}
}
