package cn.oneteam.organization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法人员: who may enforce and who may review. Other modules ask it whether a person is a certified officer for a
 * domain on a day (处罚法 §42: only certified officers enforce; auxiliaries never count) and whether a person may
 * act as legal reviewer (处罚法 §58: a first-time reviewer needs the 法律职业资格).
 */
@Service
public class Officers {

	private final PeopleRepository people;

	private final Organizations organizations;

	private final Clock clock;

	Officers(PeopleRepository people, Organizations organizations, Clock clock) {
		this.people = people;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** Certified officer for the domain on the day: establishment staff, in post, with a certificate that covers it. */
	@Transactional(readOnly = true)
	public Qualification asOfficer(PersonId id, EnforcementDomain domain, LocalDate day) {
		Person person = requirePerson(id);
		List<String> reasons = new ArrayList<>();
		if (person.category() != PersonCategory.ESTABLISHMENT) {
			reasons.add("officer.not-establishment"); // 执法辅助人员不具有执法资格
		}
		if (!person.inPostOn(day)) {
			reasons.add("officer.not-in-post");
		}
		if (people.certificatesOf(id.value()).stream().noneMatch(c -> c.authorises(domain, day))) {
			reasons.add("officer.no-valid-certificate"); // 处罚法 §42
		}
		return Qualification.of(reasons);
	}

	/** May act as legal reviewer on the day; a first-time reviewer must hold the 法律职业资格 (处罚法 §58). */
	@Transactional(readOnly = true)
	public Qualification asLegalReviewer(PersonId id, LocalDate day, boolean firstTime) {
		Person person = requirePerson(id);
		List<String> reasons = new ArrayList<>();
		if (person.category() != PersonCategory.ESTABLISHMENT || !person.legalReviewer()) {
			reasons.add("reviewer.not-designated");
		}
		if (!person.inPostOn(day)) {
			reasons.add("officer.not-in-post");
		}
		if (firstTime && !person.legalQualified()) {
			reasons.add("reviewer.no-legal-qualification"); // 处罚法 §58
		}
		return Qualification.of(reasons);
	}

	@Transactional(readOnly = true)
	public Optional<Person> personOfAccount(long accountId) {
		return people.findPersonByAccount(accountId);
	}

	/**
	 * The holder's name of each of these enforcement certificate numbers that exists, whoever asks: an inspector's name
	 * and certificate are shown to the party inspected (docs/adr/0029-inspection-code-public-check-and-rating.md).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> holderNames(java.util.Collection<String> certificateNumbers) {
		return certificateNumbers.isEmpty() ? java.util.Map.of() : people.holderNames(certificateNumbers);
	}

	/** A person with certificates, if the person's organisation is visible in the scope. */
	@Transactional(readOnly = true)
	public PersonRecord person(PersonId id, JurisdictionScope scope) {
		Person person = requirePerson(id);
		requireWithin(person.organizationId(), scope);
		return new PersonRecord(person, people.certificatesOf(id.value()), people.training(id.value()),
				people.exams(id.value()));
	}

	@Transactional(readOnly = true)
	public List<Person> people(OrganizationId organization, JurisdictionScope scope) {
		requireWithin(organization, scope);
		return people.people(organization.value());
	}

	@Transactional(readOnly = true)
	public List<Team> teams(OrganizationId organization, JurisdictionScope scope) {
		requireWithin(organization, scope);
		return people.teams(organization.value());
	}

	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public PersonId register(NewPerson person, JurisdictionScope scope) {
		requireWithin(person.organizationId(), scope);
		if (person.teamId() != null
				&& people.teams(person.organizationId().value()).stream().noneMatch(t -> t.id() == person.teamId())) {
			throw new OrganizationViolation(OrganizationViolation.UNPROCESSABLE, "person.team-elsewhere", person.teamId());
		}
		return new PersonId(people.insertPerson(person));
	}

	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public Certificate issueCertificate(PersonId holder, NewCertificate certificate, JurisdictionScope scope) {
		Person person = requirePerson(holder);
		requireWithin(person.organizationId(), scope);
		requireCertifiable(person.category(), person.postKind(), person.name());
		long id = people.insertCertificate(holder.value(), certificate, OffsetDateTime.now(clock));
		return people.findCertificate(id).orElseThrow();
	}

	/** Records a suspension, reinstatement, revocation or yearly check; the history keeps every entry. */
	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public Certificate recordCertificateEvent(long certificateId, CertificateEventKind kind, LocalDate effectiveOn,
			@Nullable String note, JurisdictionScope scope) {
		Certificate certificate = people.findCertificate(certificateId)
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND, "certificate.unknown",
					certificateId));
		requireWithin(requirePerson(certificate.holder()).organizationId(), scope);
		if (kind == CertificateEventKind.ISSUED) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "certificate.already-issued");
		}
		if (certificate.statusOn(effectiveOn) == CertificateStatus.REVOKED) {
			throw new OrganizationViolation(OrganizationViolation.UNPROCESSABLE, "certificate.revoked",
					certificate.number());
		}
		people.insertEvent(certificateId, kind, effectiveOn, note, OffsetDateTime.now(clock));
		return people.findCertificate(certificateId).orElseThrow();
	}

	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public void recordTraining(PersonId id, String course, BigDecimal hours, LocalDate takenOn, JurisdictionScope scope) {
		requireWithin(requirePerson(id).organizationId(), scope);
		people.insertTraining(id.value(), course, hours, takenOn);
	}

	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public void recordExam(PersonId id, String exam, LocalDate takenOn, BigDecimal score, boolean passed,
			JurisdictionScope scope) {
		requireWithin(requirePerson(id).organizationId(), scope);
		people.insertExam(id.value(), exam, takenOn, score, passed);
	}

	/** Only staff on the establishment, never 工勤 or auxiliaries, hold a certificate (docs/legal/enforcers.md#officers). */
	static void requireCertifiable(PersonCategory category, @Nullable PostKind postKind, String name) {
		if (category != PersonCategory.ESTABLISHMENT || postKind == PostKind.SERVICE) {
			throw new OrganizationViolation(OrganizationViolation.UNPROCESSABLE, "certificate.holder-not-eligible", name);
		}
	}

	private void requireWithin(OrganizationId organization, JurisdictionScope scope) {
		organizations.requireWithin(organization, scope);
	}

	private Person requirePerson(PersonId id) {
		return people.findPerson(id.value())
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND, "person.unknown", id.value()));
	}

	/** A person with certificates, training and exams. */
	public record PersonRecord(Person person, List<Certificate> certificates, List<TrainingRecord> training,
			List<ExamResult> exams) {
	}
}
