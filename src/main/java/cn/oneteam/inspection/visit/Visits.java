package cn.oneteam.inspection.visit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits (docs/adr/0027-visits-and-codes.md): planned from a drawn task's subjects or an approved targeted
 * inspection, each with its code; read by the staff of the jurisdiction that holds the subject and of the departments
 * taking part.
 */
@Service
public class Visits {

	private final VisitRepository repository;

	private final VisitCodes codes;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Visits(VisitRepository repository, VisitCodes codes, ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.codes = codes;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Plans the parts a drawn task or an approved targeted inspection asks for: each becomes a visit of its own with a
	 * new code, recorded as {@code planned}. Joint visits (综合查一次) merge parts of the same subject whose windows
	 * meet (docs/adr/0027-visits-and-codes.md).
	 */
	@Transactional
	public List<Visit> plan(List<PlannedPart> parts, VisitKind kind, String reason, long accountId) {
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<Visit> planned = new ArrayList<>();
		for (PlannedPart part : parts) {
			long id = repository.insertVisit(part, kind, part.departmentId(), List.of(part.departmentId()),
					part.windowFrom(), part.windowUntil(), part.onSite(), codes.newCode(), part.inspectors(), reason,
					accountId, at);
			repository.insertPart(id, part, at);
			Visit visit = repository.find(id).orElseThrow();
			Map<String, Object> facts = new LinkedHashMap<>();
			facts.put("kind", kind.name());
			facts.put("subject", part.subjectId());
			facts.put("departments", visit.departmentIds());
			facts.put("windowFrom", visit.windowFrom().toString());
			facts.put("windowUntil", visit.windowUntil().toString());
			facts.put("inspectors", visit.inspectors());
			if (part.taskId() != null) {
				facts.put("task", part.taskId());
			}
			publisher.publishEvent(new VisitRecorded(id, "planned", accountId, List.of(), at, facts));
			planned.add(visit);
		}
		return planned;
	}

	/** A visit the caller may see (its subject in the caller's jurisdiction, or the caller's body taking part); 404 otherwise. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public Visit visit(long id, ScopedPrincipal caller) {
		return repository.find(id).filter(v -> visible(v, caller)).orElseThrow(() -> notFound(id));
	}

	/** The visits planned for a task (a part of each is the task's) that the caller may see, by window. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<Visit> ofTask(long taskId, ScopedPrincipal caller) {
		return repository.ofTask(taskId).stream().filter(v -> visible(v, caller)).toList();
	}

	/** The parts of a visit the caller may see. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<VisitPart> parts(long id, ScopedPrincipal caller) {
		return repository.parts(visit(id, caller).id());
	}

	/** The visit carrying a code, for the public check of the code (no account; the caller shows what is public). */
	@Transactional(readOnly = true)
	public Optional<Visit> byCode(String code) {
		return repository.byCode(VisitCodes.normalise(code));
	}

	/** Whether the caller may see the visit: the subject's division in the jurisdiction, or a department taking part. */
	public static boolean visible(Visit visit, ScopedPrincipal caller) {
		return caller.jurisdiction().covers(DivisionCode.of(visit.divisionCode()))
				|| visit.departmentIds().contains(caller.organizationId());
	}

	static RuleViolation notFound(long id) {
		return new RuleViolation(RuleViolation.NOT_FOUND, "inspection.visit-not-found", id);
	}
}
