package cn.oneteam.inspection.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.oneteam.inspection.InspectionVisitChanged;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	/** The namespace of the advisory locks a plan takes on its subjects (the key is the subject id). */
	static final int SUBJECT_LOCKS = 14028;

	/**
	 * Plans the parts a drawn task or an approved targeted inspection asks for (综合查一次, docs/adr/0028-joint-visits.md):
	 * each part joins a visit still PLANNED of the same subject, kind and trigger whose window meets its own and whose
	 * joint window does not end before today (the rule of {@link JointVisits}), or else makes a new visit with a new
	 * code; a joined visit keeps its code and lead. Every new visit is recorded as {@code planned}, every part joining a
	 * visit as {@code merged}. A task planned again (drawn again) first stops its earlier planned visits (see
	 * {@link #withdraw}). The subjects' advisory locks are taken first, in id order, so two plans of one subject — two
	 * departments' draws, a draw and a targeted approval — run one after the other. Answers the visits made or joined,
	 * once each, in the order first touched.
	 */
	@Transactional
	public List<Visit> plan(List<PlannedPart> parts, VisitKind kind, String reason, long accountId) {
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		LocalDate today = at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
		List<Long> subjects = parts.stream().map(PlannedPart::subjectId).distinct().toList();
		List<Long> tasks = parts.stream().map(PlannedPart::taskId).filter(Objects::nonNull).distinct().toList();
		Set<Long> locked = new TreeSet<>(subjects);
		if (!tasks.isEmpty()) {
			locked.addAll(repository.subjectsPlannedFor(tasks));
		}
		repository.lockSubjects(List.copyOf(locked));
		if (!tasks.isEmpty()) {
			withdraw(tasks, accountId, at);
		}
		List<Visit> planned = new ArrayList<>();
		for (JointVisits.Joint joint : JointVisits.merge(repository.open(subjects, today), parts, kind, today)) {
			List<PlannedPart> joining = joint.added();
			long id;
			if (joint.visitId() == null) {
				PlannedPart first = joining.get(0);
				id = repository.insertVisit(first, kind, joint.leadDepartmentId(), joint.departmentIds(),
						joint.windowFrom(), joint.windowUntil(), joint.onSite(), codes.newCode(), joint.inspectors(), reason,
						accountId, at);
				repository.insertPart(id, first, at);
				record(id, "planned", first, joint, kind, accountId, at);
				joining = joining.subList(1, joining.size());
			}
			else {
				id = joint.visitId();
				repository.join(id, joint);
			}
			for (PlannedPart part : joining) {
				repository.insertPart(id, part, at);
				record(id, "merged", part, joint, kind, accountId, at);
			}
			planned.add(repository.find(id).orElseThrow());
		}
		return planned;
	}

	/**
	 * Takes the plan lock of the subject until the transaction ends, for a caller that counts the subject's visits
	 * before planning (a targeted approval's cap): no other plan of the subject runs in between.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockSubject(long subjectId) {
		repository.lockSubjects(List.of(subjectId));
	}

	/**
	 * The tasks are drawn again: their earlier visits still PLANNED stop (docs/adr/0027-visits-and-codes.md). A visit
	 * all of whose remaining parts are of these tasks becomes CANCELLED (recorded {@code cancelled}, reason
	 * {@code redrawn}); a joint visit keeps its other parts, these tasks' parts are withdrawn (kept, with the time) and
	 * its departments, inspectors and window become those of the remaining parts, its lead the first remaining
	 * department unless the lead remains (recorded {@code withdrawn}). It keeps its code and on site. A visit recorded
	 * already is never touched.
	 */
	private void withdraw(List<Long> tasks, long accountId, OffsetDateTime at) {
		for (Visit visit : repository.plannedFor(tasks)) {
			List<VisitPart> remaining = repository.parts(visit.id())
				.stream()
				.filter(p -> p.withdrawnAt() == null && (p.taskId() == null || !tasks.contains(p.taskId())))
				.toList();
			Map<String, Object> facts = new LinkedHashMap<>();
			facts.put("reason", "redrawn");
			facts.put("tasks", tasks);
			if (remaining.isEmpty()) {
				repository.cancel(visit.id());
				publisher.publishEvent(new VisitRecorded(visit.id(), "cancelled", accountId, List.of(), at, facts));
				publisher.publishEvent(new InspectionVisitChanged(visit.id(), "cancelled", at));
				continue;
			}
			repository.withdrawParts(visit.id(), tasks, at);
			Set<Long> departments = new LinkedHashSet<>();
			Set<String> inspectors = new LinkedHashSet<>();
			LocalDate from = remaining.get(0).windowFrom();
			LocalDate until = remaining.get(0).windowUntil();
			for (VisitPart part : remaining) {
				departments.add(part.departmentId());
				inspectors.addAll(part.inspectors());
				from = part.windowFrom().isAfter(from) ? part.windowFrom() : from;
				until = part.windowUntil().isBefore(until) ? part.windowUntil() : until;
			}
			long lead = departments.contains(visit.leadDepartmentId()) ? visit.leadDepartmentId()
					: departments.iterator().next();
			repository.reshape(visit.id(), lead, List.copyOf(departments), from, until, List.copyOf(inspectors));
			facts.put("lead", lead);
			facts.put("departments", List.copyOf(departments));
			facts.put("windowFrom", from.toString());
			facts.put("windowUntil", until.toString());
			facts.put("inspectors", List.copyOf(inspectors));
			publisher.publishEvent(new VisitRecorded(visit.id(), "withdrawn", accountId, List.of(), at, facts));
			publisher.publishEvent(new InspectionVisitChanged(visit.id(), "withdrawn", at));
		}
	}

	private void record(long visitId, String action, PlannedPart part, JointVisits.Joint joint, VisitKind kind,
			long accountId, OffsetDateTime at) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("kind", kind.name());
		facts.put("trigger", part.trigger().name());
		facts.put("subject", part.subjectId());
		facts.put("merged", action.equals("merged"));
		facts.put("department", part.departmentId());
		facts.put("lead", joint.leadDepartmentId());
		facts.put("departments", joint.departmentIds());
		facts.put("windowFrom", joint.windowFrom().toString());
		facts.put("windowUntil", joint.windowUntil().toString());
		facts.put("inspectors", joint.inspectors());
		if (part.taskId() != null) {
			facts.put("task", part.taskId());
		}
		publisher.publishEvent(new VisitRecorded(visitId, action, accountId, List.of(), at, facts));
		publisher.publishEvent(new InspectionVisitChanged(visitId, action, at));
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
