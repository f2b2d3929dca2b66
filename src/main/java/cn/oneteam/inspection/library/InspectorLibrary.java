package cn.oneteam.inspection.library;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.inspection.Authority;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Certificate;
import cn.oneteam.organization.CertificateStatus;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspectors' library (docs/adr/0032-inspectors-library-and-recusal.md): per department, its establishment staff in
 * post holding an enforcement certificate (the organisation module's people: auxiliaries, grid workers and anyone
 * without a certificate are never inspectors), with the domains of the certificate and the department's expertise
 * tags; the experts and testing bodies a department registers, who may assist a visit once it has its certified
 * inspectors and are never drawn nor counted.
 */
@Service
public class InspectorLibrary {

	/**
	 * Certified inspectors a visit needs before experts or testing bodies may join it
	 * (docs/adr/0032-inspectors-library-and-recusal.md).
	 */
	public static final int CERTIFIED_NEEDED = 2;

	private final Officers officers;

	private final Organizations organizations;

	private final LibraryRepository repository;

	private final Visits visits;

	private final Clock clock;

	InspectorLibrary(Officers officers, Organizations organizations, LibraryRepository repository, Visits visits,
			Clock clock) {
		this.officers = officers;
		this.organizations = organizations;
		this.repository = repository;
		this.visits = visits;
		this.clock = clock;
	}

	/** A department's inspectors (visible in the caller's jurisdiction), by certificate number. */
	@Transactional(readOnly = true)
	public List<Inspector> inspectors(long departmentId, ScopedPrincipal caller) {
		organizations.require(new OrganizationId(departmentId), caller.jurisdiction());
		return library(departmentId, today());
	}

	/**
	 * The certificate numbers a department draws from on the day (docs/adr/0032-inspectors-library-and-recusal.md):
	 * its inspectors whose certificate is valid that day, with the tag when one is asked; sorted. For the draw, whatever
	 * the caller's jurisdiction.
	 */
	@Transactional(readOnly = true)
	public List<String> eligible(long departmentId, @Nullable String tag, LocalDate day) {
		return library(departmentId, day).stream()
			.filter(Inspector::validToday)
			.filter(i -> tag == null || tag.isBlank() || i.tags().contains(tag.strip()))
			.map(Inspector::certificateNumber)
			.sorted()
			.toList();
	}

	/**
	 * How many of a visit's inspectors are certified on the day: in the library of one of its departments with a valid
	 * certificate. Assistants are never among them.
	 */
	@Transactional(readOnly = true)
	public int certifiedInspectors(Visit visit, LocalDate day) {
		Set<String> certified = new HashSet<>();
		for (long department : visit.departmentIds()) {
			certified.addAll(eligible(department, null, day));
		}
		return (int) visit.inspectors().stream().distinct().filter(certified::contains).count();
	}

	/**
	 * Tags an inspector of the caller's department (or one an administrator manages) with an expertise; tags decide who
	 * may be drawn, so only {@code personnel:manage} or {@code case:approve} holders set them
	 * (docs/adr/0032-inspectors-library-and-recusal.md). 409 when the tag is current.
	 */
	@Transactional
	@PreAuthorize("hasAnyAuthority('personnel:manage', 'case:approve')")
	public Inspector tag(long personId, String tag, ScopedPrincipal caller) {
		Person person = inspector(personId, caller);
		String t = tag.strip();
		if (!repository.tag(person.organizationId().value(), personId, t, caller.accountId(), now())) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.inspector-tag-exists", person.name(), t);
		}
		return one(person);
	}

	/** Ends an expertise tag (kept, never deleted); 404 when the inspector does not carry it. */
	@Transactional
	@PreAuthorize("hasAnyAuthority('personnel:manage', 'case:approve')")
	public Inspector untag(long personId, String tag, ScopedPrincipal caller) {
		Person person = inspector(personId, caller);
		if (repository.untag(person.organizationId().value(), personId, tag.strip(), caller.accountId(), now()) == 0) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "inspection.inspector-tag-unknown", person.name(),
					tag.strip());
		}
		return one(person);
	}

	/** A department's experts and testing bodies, the current ones first. */
	@Transactional(readOnly = true)
	public List<Assistant> assistants(long departmentId, ScopedPrincipal caller) {
		organizations.require(new OrganizationId(departmentId), caller.jurisdiction());
		return repository.assistants(departmentId);
	}

	/** Registers an expert or testing body of the caller's department (or one an administrator manages). */
	@Transactional
	public Assistant register(LibraryInputs.NewAssistant input, ScopedPrincipal caller) {
		long department = input.departmentId() == null ? caller.organizationId() : input.departmentId();
		manageable(department, caller);
		return repository.assistant(repository.insertAssistant(department, input, caller.accountId(), now())).orElseThrow();
	}

	/** Ends an assistant's registration: no longer attached to new visits; kept, never deleted. */
	@Transactional
	public Assistant endAssistant(long id, ScopedPrincipal caller) {
		Assistant assistant = assistant(id, caller);
		manageable(assistant.departmentId(), caller);
		repository.endAssistant(id, caller.accountId(), now());
		return repository.assistant(id).orElseThrow();
	}

	/**
	 * Attaches experts or testing bodies of the visit's departments to a visit the caller sees, never as inspectors:
	 * only once the visit has {@link #CERTIFIED_NEEDED} certified inspectors (422
	 * {@code inspection.assistants-need-certified} otherwise), never to a cancelled visit nor to one recorded or published (409).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public List<VisitAssistant> attach(long visitId, LibraryInputs.Attach input, ScopedPrincipal caller) {
		Visit visit = visits.visit(visitId, caller);
		if (visit.state() == VisitState.CANCELLED) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.visit-cancelled", visitId);
		}
		if (visit.state() != VisitState.PLANNED) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.assistants-visit-done", visitId, visit.state());
		}
		List<Assistant> assistants = new ArrayList<>();
		for (long id : input.assistantIds().stream().distinct().toList()) {
			Assistant a = repository.assistant(id)
				.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "inspection.assistant-unknown", id));
			if (a.endedAt() != null || !visit.departmentIds().contains(a.departmentId())) {
				throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.assistant-not-of-visit", a.name());
			}
			assistants.add(a);
		}
		int certified = certifiedInspectors(visit, today());
		if (certified < CERTIFIED_NEEDED) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.assistants-need-certified", certified,
					CERTIFIED_NEEDED);
		}
		OffsetDateTime at = now();
		for (Assistant a : assistants) {
			repository.attach(visitId, a.id(), caller.accountId(), at);
		}
		return repository.visitAssistants(visitId);
	}

	/** The assistants of a visit the caller sees. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<VisitAssistant> visitAssistants(long visitId, ScopedPrincipal caller) {
		return repository.visitAssistants(visits.visit(visitId, caller).id());
	}

	private List<Inspector> library(long departmentId, LocalDate day) {
		JurisdictionScope all = JurisdictionScope.nationwide();
		Map<Long, List<String>> tags = repository.tags(departmentId);
		List<Inspector> inspectors = new ArrayList<>();
		for (Person p : officers.people(new OrganizationId(departmentId), all)) {
			if (p.category() != PersonCategory.ESTABLISHMENT || !p.inPostOn(day)) {
				// 辅助人员、网格员 and people who left are never inspectors (docs/adr/0032-inspectors-library-and-recusal.md)
				continue;
			}
			inspector(p, officers.person(p.id(), all).certificates(), tags, day).ifPresent(inspectors::add);
		}
		inspectors.sort(Comparator.comparing(Inspector::certificateNumber));
		return inspectors;
	}

	private static Optional<Inspector> inspector(Person p, List<Certificate> certificates, Map<Long, List<String>> tags,
			LocalDate day) {
		Optional<Certificate> valid = certificates.stream()
			.filter(c -> c.statusOn(day) == CertificateStatus.VALID)
			.min(Comparator.comparing(Certificate::number));
		Optional<Certificate> shown = valid.isPresent() ? valid
				: certificates.stream().max(Comparator.comparing(Certificate::validTo));
		return shown.map(c -> new Inspector(p.id().value(), p.name(), p.organizationId().value(), c.number(), c.domains(),
				c.validTo(), valid.isPresent(), tags.getOrDefault(p.id().value(), List.of())));
	}

	private Inspector one(Person person) {
		return library(person.organizationId().value(), today()).stream()
			.filter(i -> i.personId() == person.id().value())
			.findFirst()
			.orElseThrow();
	}

	/** A person of a department the caller may manage who is an inspector (establishment, certified); 422 otherwise. */
	private Person inspector(long personId, ScopedPrincipal caller) {
		Officers.PersonRecord record = officers.person(new PersonId(personId), caller.jurisdiction());
		Person person = record.person();
		manageable(person.organizationId().value(), caller);
		if (person.category() != PersonCategory.ESTABLISHMENT || !person.inPostOn(today())
				|| record.certificates().isEmpty()) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.not-certified-inspector", person.name());
		}
		return person;
	}

	private Assistant assistant(long id, ScopedPrincipal caller) {
		Assistant a = repository.assistant(id)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "inspection.assistant-unknown", id));
		organizations.require(new OrganizationId(a.departmentId()), caller.jurisdiction());
		return a;
	}

	/**
	 * The department's own staff, or an administrator holding {@code catalog:manage} or {@code personnel:manage} whose
	 * jurisdiction holds the department (the writers of docs/adr/0025-inspection-items-and-plans.md).
	 */
	private void manageable(long departmentId, ScopedPrincipal caller) {
		if (departmentId == caller.organizationId()) {
			return;
		}
		Organization department = organizations.require(new OrganizationId(departmentId), caller.jurisdiction());
		if (!(Authority.holds("catalog:manage") || Authority.holds("personnel:manage")) || !department.isWithin(caller.jurisdiction())) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "inspection.not-the-department", department.name());
		}
	}


	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}
