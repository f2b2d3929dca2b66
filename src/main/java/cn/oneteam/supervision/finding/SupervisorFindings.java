package cn.oneteam.supervision.finding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.casehandling.Cases;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of external supervisors (docs/adr/0038-external-supervisors-and-exams.md): recorded about a body seated in
 * the recorder's jurisdiction, optionally pointing at one of its cases, inspections or complaints (400 when the body
 * has no such record); read by the external supervisors and the 司法局 of the jurisdiction; answered once by the
 * 司法局. Nothing is deleted.
 */
@Service
public class SupervisorFindings {

	private static final int LIMIT = 500;

	private static final Set<OrganizationKind> BODIES = Set.of(OrganizationKind.ENFORCEMENT_BUREAU,
			OrganizationKind.TOWNSHIP_GOVERNMENT, OrganizationKind.DEPARTMENT);

	private final FindingRepository repository;

	private final Organizations organizations;

	private final Cases cases;

	private final Visits visits;

	private final Clock clock;

	SupervisorFindings(FindingRepository repository, Organizations organizations, Cases cases, Visits visits,
			Clock clock) {
		this.repository = repository;
		this.organizations = organizations;
		this.cases = cases;
		this.visits = visits;
		this.clock = clock;
	}

	/** The enforcement bodies seated within the caller's jurisdiction, by name. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:find', 'supervision:review')")
	public List<SupervisorFinding.Body> bodies(ScopedPrincipal caller) {
		return organizations.visibleIn(caller.jurisdiction()).stream()
			.filter(o -> BODIES.contains(o.kind()) && o.isWithin(caller.jurisdiction()))
			.map(o -> new SupervisorFinding.Body(o.id().value(), o.name()))
			.sorted(Comparator.comparing(SupervisorFinding.Body::name))
			.toList();
	}

	/** The findings about bodies within the caller's jurisdiction, unanswered first; at most 500. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:read', 'supervision:review')")
	public List<SupervisorFinding> list(ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		return repository.inScope(caller.jurisdiction(), LIMIT).stream().map(r -> view(r, names)).toList();
	}

	/** One finding; 404 when its body lies outside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:read', 'supervision:review')")
	public SupervisorFinding finding(long id, ScopedPrincipal caller) {
		return view(visible(repository.find(id, false), caller), new HashMap<>());
	}

	/**
	 * Records a finding: 400 {@code supervision.finding-input} (field) for a missing or too long text, a body outside
	 * the caller's jurisdiction or not an enforcement body, a reference without its kind, or a day in the future; 400
	 * {@code supervision.finding-reference-unknown} when the body has no such case, inspection or complaint.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:find')")
	public SupervisorFinding record(SupervisorFinding.New input, ScopedPrincipal caller) {
		String text = required(input.text(), "text", 2000);
		if (input.bodyId() == null) {
			throw input("bodyId");
		}
		Organization body = organizations.find(new OrganizationId(input.bodyId()))
			.filter(o -> BODIES.contains(o.kind()) && o.isWithin(caller.jurisdiction()))
			.orElseThrow(() -> input("bodyId"));
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		LocalDate on = input.observedOn() == null ? today : input.observedOn();
		if (on.isAfter(today)) {
			throw input("observedOn");
		}
		String typed = input.reference() == null || input.reference().isBlank() ? null : input.reference().strip();
		if (typed != null && input.referenceKind() == null) {
			throw input("referenceKind");
		}
		ReferenceKind kind = typed == null ? null : input.referenceKind();
		String reference = kind == null || typed == null ? null : reference(kind, typed, body);
		long id = repository.insert(body.id().value(), body.seat().value(), kind, reference, text, on,
				caller.accountId(), caller.username(), OffsetDateTime.now(clock));
		return finding(id, caller);
	}

	/** The 司法局's answer, once: 409 {@code supervision.finding-answered} the second time. */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public SupervisorFinding answer(long id, @Nullable String answer, ScopedPrincipal caller) {
		FindingRepository.Row row = visible(repository.find(id, true), caller);
		if (row.answer() != null) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.finding-answered");
		}
		repository.answer(id, required(answer, "answer", 2000), caller.accountId(),
				LocalDate.now(clock.withZone(ChinaTime.ZONE)));
		return finding(id, caller);
	}

	private String reference(ReferenceKind kind, String typed, Organization body) {
		long bodyId = body.id().value();
		return switch (kind) {
			case CASE -> cases.idOfBodysCase(typed, bodyId).map(String::valueOf).orElseThrow(() -> unknown(typed));
			case INSPECTION -> visits.byCode(VisitCodes.normalise(typed))
				.filter(v -> v.departmentIds().contains(bodyId))
				.map(v -> v.code())
				.orElseThrow(() -> unknown(typed));
			case COMPLAINT -> {
				String tracking = typed.toUpperCase(java.util.Locale.ROOT);
				if (!repository.complaintOfBody(tracking, bodyId)) {
					throw unknown(typed);
				}
				yield tracking;
			}
		};
	}

	private static RuleViolation unknown(String typed) {
		return new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.finding-reference-unknown", typed);
	}

	private static RuleViolation input(String field) {
		return new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.finding-input", field);
	}

	private static String required(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw input(field);
		}
		return value.strip();
	}

	private static FindingRepository.Row visible(java.util.Optional<FindingRepository.Row> row,
			ScopedPrincipal caller) {
		return row.filter(r -> caller.jurisdiction().covers(DivisionCode.of(r.bodySeat())))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.finding-unknown"));
	}

	private SupervisorFinding view(FindingRepository.Row r, Map<Long, String> names) {
		String bodyName = names.computeIfAbsent(r.bodyId(), b -> organizations.find(new OrganizationId(b))
			.map(Organization::name)
			.orElse(String.valueOf(b)));
		return new SupervisorFinding(r.id(), r.bodyId(), bodyName, r.referenceKind(), r.reference(), r.text(),
				r.observedOn(), r.recorderName(), r.recordedAt(), r.answer(), r.answeredOn());
	}
}
