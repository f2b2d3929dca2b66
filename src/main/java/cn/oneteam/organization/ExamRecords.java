package cn.oneteam.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.JurisdictionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法资格考试成绩: the results of a certificate exam session go into each person's exam results, written by the
 * 司法局 that organised the session (supervision:review) as well as by personnel management
 * (docs/adr/0038-external-supervisors-and-exams.md).
 */
@Service
public class ExamRecords {

	private final PeopleRepository people;

	private final Organizations organizations;

	ExamRecords(PeopleRepository people, Organizations organizations) {
		this.people = people;
		this.organizations = organizations;
	}

	/** Records one result of the named exam for a person of a body within the scope (404 otherwise). */
	@Transactional
	@PreAuthorize("hasAnyAuthority('supervision:review', 'personnel:manage')")
	public void record(PersonId id, String exam, LocalDate takenOn, BigDecimal score, boolean passed,
			JurisdictionScope scope) {
		Person person = people.findPerson(id.value())
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND, "person.unknown", id.value()));
		organizations.requireWithin(person.organizationId(), scope);
		people.insertExam(id.value(), exam, takenOn, score, passed);
	}

	/** A person's exam results, oldest first, if the person's body lies within the scope (404 otherwise). */
	@Transactional(readOnly = true)
	public List<ExamResult> of(PersonId id, JurisdictionScope scope) {
		Person person = people.findPerson(id.value())
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND, "person.unknown", id.value()));
		organizations.requireWithin(person.organizationId(), scope);
		return people.exams(id.value());
	}
}
