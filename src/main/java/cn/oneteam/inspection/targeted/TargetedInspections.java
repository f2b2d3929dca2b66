package cn.oneteam.inspection.targeted;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.inspection.Authority;
import cn.oneteam.inspection.InspectionItem;
import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.inspection.visit.PlannedPart;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectParties;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import cn.oneteam.subject.quiet.InspectionTrigger;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个案检查 (docs/adr/0028-joint-visits.md): a department's staff ask for a targeted inspection — a 个案 trigger, the
 * reason, published items of the department, a window not yet past, at least two of the department's certified officers
 * valid today — and a head ({@code case:approve}) within whose jurisdiction the department and the subject lie approves
 * it: only then is the visit planned ({@link Visits#plan}, kind TARGETED), so its code exists only after approval. The
 * quiet periods and caps (docs/adr/0024-quiet-periods-and-caps.md) are asked with the real trigger when asking and
 * again when approving; a BLOCK is refused (409) naming the reasons.
 */
@Service
public class TargetedInspections {

	/** What the department's staff send. */
	public record Input(long subjectId, long departmentId, @NotEmpty @Size(max = 50) List<@NotNull Long> itemIds,
			@NotNull InspectionTrigger trigger, @NotBlank @Size(max = 1000) String reason, @NotNull LocalDate windowFrom,
			@NotNull LocalDate windowUntil, @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> inspectors) {
	}

	/** A head's refusal, with the reason. */
	public record Refusal(@NotBlank @Size(max = 1000) String reason) {
	}

	private final TargetedRepository repository;

	private final Visits visits;

	private final TargetedChecks checks;

	private final Subjects subjects;

	private final SubjectParties parties;

	private final Organizations organizations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	TargetedInspections(TargetedRepository repository, Visits visits, TargetedChecks checks, Subjects subjects,
			SubjectParties parties, Organizations organizations, ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.visits = visits;
		this.checks = checks;
		this.subjects = subjects;
		this.parties = parties;
		this.organizations = organizations;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Asks for a targeted inspection (state REQUESTED, no visit nor code yet). 400 inspection.targeted-trigger (a
	 * routine or campaign trigger), inspection.window-invalid, inspection.targeted-window-year (the window within one
	 * calendar year), inspection.targeted-window-past, inspection.targeted-item; 404 subject.unknown outside the
	 * jurisdiction; 403/404 organization.* for a department outside it; 403 inspection.targeted-department for another
	 * body's department; 422 inspection.targeted-inspectors; 409 inspection.targeted-quiet.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public TargetedInspection request(Input input, ScopedPrincipal caller) {
		if (input.trigger().proactive()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.targeted-trigger", input.trigger());
		}
		if (input.windowUntil().isBefore(input.windowFrom())) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.window-invalid", input.windowFrom(),
					input.windowUntil());
		}
		if (input.windowFrom().getYear() != input.windowUntil().getYear()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.targeted-window-year", input.windowFrom(),
					input.windowUntil());
		}
		if (input.windowUntil().isBefore(checks.today())) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.targeted-window-past", input.windowUntil());
		}
		SubjectView subject = subjects.byId(input.subjectId(), caller);
		Organization department = own(organizations.requireWithin(new OrganizationId(input.departmentId()),
				caller.jurisdiction()), caller);
		List<String> inspectors = input.inspectors().stream().map(String::strip).distinct().toList();
		List<InspectionItem> pinned = checks.check(subject.id(), department, input.itemIds(), input.trigger(),
				input.windowFrom(), inspectors, caller);
		OffsetDateTime at = now();
		long id = repository.insert(input, SubjectCodes.whole(subject, parties), subject.divisionCode(),
				TargetedChecks.onSite(pinned), caller.accountId(), at);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("subject", subject.id());
		facts.put("department", department.id().value());
		facts.put("trigger", input.trigger().name());
		facts.put("reason", input.reason().strip());
		facts.put("windowFrom", input.windowFrom().toString());
		facts.put("windowUntil", input.windowUntil().toString());
		facts.put("items", input.itemIds());
		facts.put("inspectors", inspectors);
		publisher.publishEvent(new TargetedRecorded(id, "requested", caller.accountId(), List.of(), at, facts));
		return repository.find(id).orElseThrow();
	}

	/**
	 * A head approves: checked again as when asked (items still published, inspectors still valid today, no BLOCK);
	 * the visit is planned now (kind TARGETED, joining a planned visit of the same subject and trigger whose window
	 * meets — docs/adr/0028-joint-visits.md) and carries the code; the subject's plan lock is taken before its visits are
	 * counted for the cap. 404 inspection.targeted-unknown, 403 for a department outside the head's jurisdiction or not
	 * the head's own body (inspection.targeted-department), 409 inspection.targeted-state once decided,
	 * inspection.targeted-window-past once the window is over.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:approve')")
	public TargetedInspection approve(long id, ScopedPrincipal caller) {
		TargetedInspection request = undecided(id, caller);
		Organization department = own(organizations.requireWithin(new OrganizationId(request.departmentId()),
				caller.jurisdiction()), caller);
		if (request.windowUntil().isBefore(checks.today())) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.targeted-window-past", request.windowUntil());
		}
		visits.lockSubject(request.subjectId());
		List<InspectionItem> pinned = checks.check(request.subjectId(), department, request.itemIds(), request.trigger(),
				request.windowFrom(), request.inspectors(), caller);
		PlannedPart part = new PlannedPart(request.subjectId(), repository.subjectCode(id), request.divisionCode(), null,
				null, request.departmentId(), request.itemIds(), request.windowFrom(), request.windowUntil(),
				TargetedChecks.onSite(pinned), request.trigger(), request.inspectors());
		Visit visit = visits.plan(List.of(part), VisitKind.TARGETED, request.reason(), caller.accountId()).get(0);
		OffsetDateTime at = now();
		if (!repository.decide(id, TargetedState.APPROVED, visit.id(), null, caller.accountId(), at)) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.targeted-state", TargetedState.APPROVED);
		}
		publisher.publishEvent(new TargetedRecorded(id, "approved", caller.accountId(), List.of(), at,
				Map.of("visit", visit.id(), "subject", request.subjectId())));
		return repository.find(id).orElseThrow();
	}

	/** A head refuses, with the reason; 404 / 403 / 409 as {@link #approve}. */
	@Transactional
	@PreAuthorize("hasAuthority('case:approve')")
	public TargetedInspection refuse(long id, Refusal refusal, ScopedPrincipal caller) {
		TargetedInspection request = undecided(id, caller);
		own(organizations.requireWithin(new OrganizationId(request.departmentId()), caller.jurisdiction()), caller);
		OffsetDateTime at = now();
		if (!repository.decide(id, TargetedState.REFUSED, null, refusal.reason().strip(), caller.accountId(), at)) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.targeted-state", TargetedState.REFUSED);
		}
		publisher.publishEvent(new TargetedRecorded(id, "refused", caller.accountId(), List.of(), at,
				Map.of("reason", refusal.reason().strip())));
		return repository.find(id).orElseThrow();
	}

	/** One request: its subject in the caller's jurisdiction or its department the caller's body; 404 otherwise. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public TargetedInspection inspection(long id, ScopedPrincipal caller) {
		return repository.find(id)
			.filter(t -> caller.jurisdiction().covers(DivisionCode.of(t.divisionCode()))
					|| t.departmentId() == caller.organizationId())
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "inspection.targeted-unknown", id));
	}

	/** The requests the caller sees (see {@link #inspection}), newest first, of one state when given. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<TargetedInspection> inspections(@Nullable TargetedState state, ScopedPrincipal caller) {
		return repository.visible(state, caller);
	}

	private TargetedInspection undecided(long id, ScopedPrincipal caller) {
		TargetedInspection request = repository.find(id)
			.filter(t -> caller.jurisdiction().covers(DivisionCode.of(t.divisionCode())))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "inspection.targeted-unknown", id));
		if (request.state() != TargetedState.REQUESTED) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.targeted-state", request.state());
		}
		return request;
	}

	/**
	 * The department is the caller's own organisation, or the caller is an administrator ({@code catalog:manage}) within
	 * whose jurisdiction it lies, as for the item lists; 403 inspection.targeted-department otherwise.
	 */
	private static Organization own(Organization department, ScopedPrincipal caller) {
		if (department.id().value() != caller.organizationId()
				&& !(Authority.holds("catalog:manage") && department.isWithin(caller.jurisdiction()))) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "inspection.targeted-department", department.name());
		}
		return department;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}
