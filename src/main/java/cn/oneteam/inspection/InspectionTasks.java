package cn.oneteam.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.credit.Credit;
import cn.oneteam.credit.CreditClass;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.SubjectParties;
import cn.oneteam.subject.Subjects;
import cn.oneteam.inspection.visit.VisitCounts;
import cn.oneteam.subject.quiet.InspectionCap;
import cn.oneteam.subject.quiet.InspectionQuery;
import cn.oneteam.subject.quiet.InspectionTrigger;
import cn.oneteam.subject.quiet.QuietAnswer;
import cn.oneteam.subject.quiet.QuietOutcome;
import cn.oneteam.subject.quiet.QuietPeriods;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual plans (a body at county level or above, joint departments with a lead) and their tasks: written by the staff
 * of one of the plan's departments or an administrator ({@code catalog:manage}) within reach, approved by a head
 * ({@code case:approve}) whose jurisdiction holds the plan's body; an approved task is never edited — a new task
 * replaces it with a reason. {@link #population(long)} answers the draw
 * (docs/adr/0025-inspection-items-and-plans.md).
 */
@Service
public class InspectionTasks {

	private final InspectionRepository repository;

	private final Organizations organizations;

	private final Licences licences;

	private final Subjects subjects;

	private final SubjectParties parties;

	private final Credit credit;

	private final QuietPeriods quiet;

	private final VisitCounts counts;

	private final InspectionSettings settings;

	private final Clock clock;

	InspectionTasks(InspectionRepository repository, Organizations organizations, Licences licences,
			Subjects subjects, SubjectParties parties, Credit credit, QuietPeriods quiet, VisitCounts counts,
			InspectionSettings settings, Clock clock) {
		this.repository = repository;
		this.organizations = organizations;
		this.licences = licences;
		this.subjects = subjects;
		this.parties = parties;
		this.credit = credit;
		this.quiet = quiet;
		this.counts = counts;
		this.settings = settings;
		this.clock = clock;
	}

	// plans

	/** The plans whose body the caller sees, newest year first. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<InspectionPlan> plans(ScopedPrincipal caller) {
		Set<Long> visible = new HashSet<>();
		organizations.visibleIn(caller.jurisdiction()).forEach(o -> visible.add(o.id().value()));
		return repository.plans().stream().filter(p -> visible.contains(p.bodyId())).toList();
	}

	/** 404 inspection.plan-unknown when absent or not visible. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public InspectionPlan plan(long planId, ScopedPrincipal caller) {
		InspectionPlan plan = repository.plan(planId)
			.orElseThrow(() -> new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.plan-unknown", planId));
		if (organizations.find(new OrganizationId(plan.bodyId())).filter(o -> o.isVisibleIn(caller.jurisdiction()))
			.isEmpty()) {
			throw new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.plan-unknown", planId);
		}
		return plan;
	}

	/**
	 * A new plan: 400 inspection.plan-body-below-county (the body sits below county level), inspection.plan-lead-not-joint;
	 * 403 inspection.not-the-department unless the caller works for the body or a joint department, or holds
	 * catalog:manage over the body.
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public InspectionPlan createPlan(InspectionInputs.Plan input, ScopedPrincipal caller) {
		Organization body = organizations.require(new OrganizationId(input.bodyId()), caller.jurisdiction());
		if (body.seat().value().length() > 6) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.plan-body-below-county",
					body.name());
		}
		if (!input.departmentIds().contains(input.leadId())) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.plan-lead-not-joint");
		}
		input.departmentIds().forEach(d -> organizations.require(new OrganizationId(d), caller.jurisdiction()));
		boolean member = input.bodyId() == caller.organizationId()
				|| input.departmentIds().contains(caller.organizationId());
		if (!member && !(Authority.holds("catalog:manage") && body.isWithin(caller.jurisdiction()))) {
			throw new InspectionViolation(InspectionViolation.FORBIDDEN, "inspection.not-the-department", body.name());
		}
		long id = repository.insertPlan(input, caller.accountId(), OffsetDateTime.now(clock));
		return repository.plan(id).orElseThrow();
	}

	// tasks

	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<InspectionTask> tasks(long planId, ScopedPrincipal caller) {
		return repository.tasks(plan(planId, caller).id());
	}

	/** 404 inspection.task-unknown when absent or its plan is not visible. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public InspectionTask task(long taskId, ScopedPrincipal caller) {
		InspectionTask task = repository.task(taskId)
			.orElseThrow(() -> new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.task-unknown", taskId));
		plan(task.planId(), caller);
		return task;
	}

	/** A draft task of the plan (or one replacing an approved task, with a reason); refusals: see {@link #check}. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public InspectionTask createTask(long planId, InspectionInputs.Task input, ScopedPrincipal caller) {
		InspectionPlan plan = plan(planId, caller);
		writer(plan, caller);
		check(plan, input, caller);
		if (input.replacesId() != null) {
			InspectionTask replaced = repository.task(input.replacesId())
				.filter(t -> t.planId() == planId)
				.orElseThrow(() -> new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.task-unknown",
						input.replacesId()));
			if (replaced.state().editable()) {
				throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.replace-a-draft");
			}
			if (input.reason() == null || input.reason().isBlank()) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.replace-reason-required");
			}
		}
		else if (input.reason() != null && !input.reason().isBlank()) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.reason-without-replaced");
		}
		long id = repository.insertTask(planId, input, caller.accountId(), OffsetDateTime.now(clock));
		return repository.task(id).orElseThrow();
	}

	/** Changes a draft; 409 inspection.task-not-draft once approved (a new task replaces it). */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public InspectionTask updateTask(long taskId, InspectionInputs.Task input, ScopedPrincipal caller) {
		InspectionTask task = task(taskId, caller);
		InspectionPlan plan = plan(task.planId(), caller);
		writer(plan, caller);
		if (!task.state().editable()) {
			throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.task-not-draft", task.state());
		}
		if (input.replacesId() != null && !input.replacesId().equals(task.replacesId())) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.replace-is-fixed");
		}
		check(plan, input, caller);
		if (!repository.updateTask(taskId, input)) {
			throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.task-not-draft", TaskState.APPROVED);
		}
		return repository.task(taskId).orElseThrow();
	}

	/**
	 * A head approves a draft (DRAFT → APPROVED): the items are checked again (still published); 403
	 * inspection.not-the-department unless the plan's body is within the head's jurisdiction; 409 inspection.task-state.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:approve')")
	public InspectionTask approve(long taskId, ScopedPrincipal caller) {
		InspectionTask task = task(taskId, caller);
		InspectionPlan plan = plan(task.planId(), caller);
		Organization body = organizations.require(new OrganizationId(plan.bodyId()), caller.jurisdiction());
		if (!body.isWithin(caller.jurisdiction())) {
			throw new InspectionViolation(InspectionViolation.FORBIDDEN, "inspection.not-the-department", body.name());
		}
		publishedItems(task.itemIds(), task.departmentIds());
		move(task, TaskState.APPROVED, caller.accountId());
		return repository.task(taskId).orElseThrow();
	}

	/** A head closes a drawn task (DRAWN → DONE); 409 inspection.task-state otherwise. */
	@Transactional
	@PreAuthorize("hasAuthority('case:approve')")
	public InspectionTask complete(long taskId, ScopedPrincipal caller) {
		InspectionTask task = task(taskId, caller);
		move(task, TaskState.DONE, caller.accountId());
		return repository.task(taskId).orElseThrow();
	}

	/**
	 * For the draw: marks an approved task drawn (APPROVED → DRAWN) in the draw's transaction; 409 inspection.task-state
	 * otherwise. No jurisdiction check: the draw module has checked its caller.
	 */
	@Transactional
	public void markDrawn(long taskId, long byAccountId) {
		InspectionTask task = repository.task(taskId)
			.orElseThrow(() -> new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.task-unknown", taskId));
		move(task, TaskState.DRAWN, byAccountId);
	}

	/**
	 * The draw's population of an approved task (contract for the draw, docs/adr/0025-inspection-items-and-plans.md):
	 * <ul>
	 * <li>the task must be APPROVED or DRAWN (a new draw of a drawn task, with its reason, is the draw's business);
	 * 404 inspection.task-unknown, 409 inspection.task-not-approved otherwise;</li>
	 * <li>candidates: active subjects of the task's kinds addressed inside its division that hold, on the window's first
	 * day, a valid unrevoked licence from one of the task's issuers, or are tagged now to one of the task's departments
	 * (the departments' responsibility);</li>
	 * <li>unless the task pins a key item (重点事项), every candidate for which {@link QuietPeriods#check} answers BLOCKED
	 * — asked for the lead (first) department as inspecting body, the window's first day, trigger ROUTINE, on site when
	 * an item is checked on site or by sampling, with the inspections the subject has had this year by the lead
	 * department ({@link VisitCounts}, without the triggers its cap exempts), all asked at once
	 * ({@link QuietPeriods#checkAll}) — is left out (a WARN stays in);</li>
	 * <li>one stratum per credit class the task names, in class order A→D, each subject in the class the credit module
	 * recorded last (A when never graded); subjects of a class the task does not name are not candidates;</li>
	 * <li>candidates ordered by subject code ascending; n = ⌈size × ratio⌉ or min(count, size) ({@link StratumRule#n}).</li>
	 * </ul>
	 * No user check: the draw module checks its caller; this reads only.
	 */
	@Transactional(readOnly = true)
	public TaskPopulation population(long taskId) {
		InspectionTask task = repository.task(taskId)
			.orElseThrow(() -> new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.task-unknown", taskId));
		if (task.state() != TaskState.APPROVED && task.state() != TaskState.DRAWN) {
			throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.task-not-approved", task.state());
		}
		List<InspectionItem> items = repository.items(task.itemIds());
		boolean keyItems = items.stream().anyMatch(InspectionItem::keyItem);
		boolean onSite = items.stream().anyMatch(i -> i.method() == ItemMethod.ON_SITE || i.method() == ItemMethod.SAMPLING);
		long lead = task.departmentIds().get(0);
		String body = organizations.find(new OrganizationId(lead)).orElseThrow().code();
		Map<Long, SubjectView> inScope = new java.util.LinkedHashMap<>();
		licences.holders(task.issuerCodes(), task.subjectKinds(), task.divisionCode(), task.windowFrom())
			.forEach(s -> inScope.put(s.id(), s));
		subjects.active(repository.tagged(task.departmentIds()), task.subjectKinds(), task.divisionCode())
			.forEach(s -> inScope.putIfAbsent(s.id(), s));
		List<SubjectView> holders = List.copyOf(inScope.values());
		Map<Long, CreditClass> classes = credit.recordedClasses(holders.stream().map(SubjectView::id).toList());
		Set<Long> blocked = keyItems ? Set.of() : blocked(holders, lead, body, task, onSite);
		Map<CreditClass, List<TaskPopulation.Candidate>> byClass = new EnumMap<>(CreditClass.class);
		for (SubjectView subject : holders) {
			if (blocked.contains(subject.id())) {
				continue;
			}
			byClass.computeIfAbsent(classes.get(subject.id()), c -> new ArrayList<>())
				.add(new TaskPopulation.Candidate(subject.id(), SubjectCodes.whole(subject, parties), subject.kind(),
						subject.divisionCode()));
		}
		List<TaskPopulation.Stratum> strata = task.strata().stream()
			.sorted(Comparator.comparing(StratumRule::creditClass))
			.map(rule -> {
				List<TaskPopulation.Candidate> candidates = byClass.getOrDefault(rule.creditClass(), List.of())
					.stream()
					.sorted(Comparator.comparing(TaskPopulation.Candidate::code))
					.toList();
				return new TaskPopulation.Stratum(rule.creditClass(), rule.n(candidates.size()), candidates);
			})
			.toList();
		return new TaskPopulation(taskId, keyItems, onSite, strata);
	}

	/**
	 * The candidates {@link QuietPeriods#checkAll} answers BLOCKED for, asked in bulk with the inspections each has had
	 * this year by the lead department — counted without the triggers its cap exempts — in a constant number of queries
	 * (docs/adr/0031-inspection-burden.md).
	 */
	private Set<Long> blocked(List<SubjectView> holders, long lead, String body, InspectionTask task, boolean onSite) {
		int year = task.windowFrom().getYear();
		Set<InspectionTrigger> notCounted = quiet.capFor(body, null, year)
			.map(InspectionCap::exemptTriggers)
			.orElse(Set.of());
		List<Long> ids = holders.stream().map(SubjectView::id).toList();
		Map<Long, Integer> made = counts.made(ids, lead, year, notCounted);
		List<InspectionQuery> queries = ids.stream()
			.map(id -> new InspectionQuery(id, body, null, task.windowFrom(), InspectionTrigger.ROUTINE, onSite, false,
					made.getOrDefault(id, 0)))
			.toList();
		List<QuietAnswer> answers = quiet.checkAll(queries);
		Set<Long> blocked = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			if (answers.get(i).outcome() == QuietOutcome.BLOCKED) {
				blocked.add(ids.get(i));
			}
		}
		return blocked;
	}

	private void move(InspectionTask task, TaskState next, long by) {
		task.state().to(next);
		if (!repository.move(task.id(), task.state(), next, by, OffsetDateTime.now(clock))) {
			throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.task-state", task.state(), next);
		}
	}

	private void writer(InspectionPlan plan, ScopedPrincipal caller) {
		boolean member = plan.bodyId() == caller.organizationId() || plan.departmentIds().contains(caller.organizationId());
		if (member) {
			return;
		}
		Organization body = organizations.require(new OrganizationId(plan.bodyId()), caller.jurisdiction());
		if (!Authority.holds("catalog:manage") || !body.isWithin(caller.jurisdiction())) {
			throw new InspectionViolation(InspectionViolation.FORBIDDEN, "inspection.not-the-department", body.name());
		}
	}

	/**
	 * The refusals of a task's content: inspection.window-invalid, inspection.window-outside-year,
	 * inspection.task-department-not-joint, inspection.item-unknown, inspection.item-unpublished,
	 * inspection.item-other-department, inspection.item-kind-mismatch, inspection.stratum-duplicate,
	 * inspection.ratio-above-cap (400); inspection.division-outside-jurisdiction (403).
	 */
	private void check(InspectionPlan plan, InspectionInputs.Task input, ScopedPrincipal caller) {
		if (input.windowUntil().isBefore(input.windowFrom())) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.window-invalid",
					input.windowFrom(), input.windowUntil());
		}
		if (input.windowFrom().getYear() != plan.year() || input.windowUntil().getYear() != plan.year()) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.window-outside-year", plan.year());
		}
		for (Long department : input.departmentIds()) {
			if (!plan.departmentIds().contains(department)) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.task-department-not-joint",
						department);
			}
		}
		DivisionCode division = DivisionCode.of(input.divisionCode());
		if (!caller.jurisdiction().covers(division)) {
			throw new InspectionViolation(InspectionViolation.FORBIDDEN, "inspection.division-outside-jurisdiction",
					division.value());
		}
		input.issuerCodes().forEach(CreditCode::of);
		List<InspectionItem> items = publishedItems(input.itemIds(), input.departmentIds());
		for (InspectionItem item : items) {
			if (input.subjectKinds().stream().noneMatch(item.subjectKinds()::contains)) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.item-kind-mismatch",
						item.name());
			}
		}
		Set<CreditClass> seen = EnumSet.noneOf(CreditClass.class);
		boolean ordinary = items.stream().anyMatch(i -> !i.keyItem());
		for (StratumRule rule : input.strata()) {
			if (!seen.add(rule.creditClass())) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.stratum-duplicate",
						rule.creditClass());
			}
			if (ordinary && rule.ratio() != null && rule.ratio().compareTo(settings.ordinaryRatioCap()) > 0) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.ratio-above-cap",
						rule.creditClass(), rule.ratio().toPlainString(), settings.ordinaryRatioCap().toPlainString());
			}
		}
	}

	/** The items, each published and of one of the departments (see {@link #check}). */
	private List<InspectionItem> publishedItems(List<Long> itemIds, List<Long> departmentIds) {
		List<InspectionItem> items = repository.items(itemIds);
		for (Long id : itemIds) {
			InspectionItem item = items.stream().filter(i -> i.id() == id).findFirst()
				.orElseThrow(() -> new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.item-unknown", id));
			if (!item.published()) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.item-unpublished", item.name(),
						item.version());
			}
			if (!departmentIds.contains(item.departmentId())) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.item-other-department",
						item.name());
			}
		}
		return items;
	}
}
