package cn.oneteam.inspection.draw;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.inspection.InspectionTask;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.TaskPopulation;
import cn.oneteam.inspection.TaskState;
import cn.oneteam.inspection.library.InspectorLibrary;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.inspection.visit.PlannedPart;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draw of an approved task (docs/adr/0026-the-draw.md, docs/adr/0025-inspection-items-and-plans.md): its
 * population — the departments' subjects in scope, quiet and capped ones left out, one stratum per credit class with
 * its n — drawn; each department of the task draws its own inspectors from its library (certified staff valid today,
 * with the expertise tag asked for it) after recusal, in a group of its own
 * (docs/adr/0032-inspectors-library-and-recusal.md); the task becomes DRAWN. A drawn task may be drawn again: a new
 * record with its reason, the first one stays.
 */
@Service
public class TaskDraws {

	/**
	 * Why this draw is made (a new draw of a drawn task says why), inspectors per subject and department, recusal asked
	 * (declared conflicts, the officers of the subject's last case, the inspectors of its last inspection), and per
	 * department the expertise tag its inspectors must carry (none: all its certified staff).
	 */
	public record Input(@NotBlank @Size(max = 1000) String reason, @Nullable @Min(1) @Max(20) Integer inspectorsPerSubject,
			boolean recuseDeclaredConflicts, @Nullable Boolean recuseLastCase, @Nullable Boolean recuseLastInspection,
			@Nullable Map<Long, @Size(max = 20) String> inspectorTags) {

		@JsonCreator
		public Input {
		}

		public Input(String reason, @Nullable Integer inspectorsPerSubject, boolean recuseDeclaredConflicts) {
			this(reason, inspectorsPerSubject, recuseDeclaredConflicts, false, false, null);
		}

		boolean lastCase() {
			return Boolean.TRUE.equals(recuseLastCase);
		}

		boolean lastInspection() {
			return Boolean.TRUE.equals(recuseLastInspection);
		}

		Map<Long, String> tags() {
			return inspectorTags == null ? Map.of() : inspectorTags;
		}
	}

	private final Draws draws;

	private final InspectionTasks tasks;

	private final InspectorLibrary library;

	private final Organizations organizations;

	private final Recusals recusals;

	private final Visits visits;

	private final Clock clock;

	TaskDraws(Draws draws, InspectionTasks tasks, InspectorLibrary library, Organizations organizations,
			Recusals recusals, Visits visits, Clock clock) {
		this.draws = draws;
		this.visits = visits;
		this.tasks = tasks;
		this.library = library;
		this.organizations = organizations;
		this.recusals = recusals;
		this.clock = clock;
	}

	/** 404 for a task the caller cannot see, 409 inspection.task-not-approved before approval or once done. */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public DrawViews.Made draw(long taskId, Input input, ScopedPrincipal caller) {
		InspectionTask task = tasks.task(taskId, caller);
		TaskPopulation population = tasks.population(taskId);
		List<DrawRequest.StratumInput> strata = population.strata()
			.stream()
			.map(s -> new DrawRequest.StratumInput(s.creditClass().name(),
					s.candidates().stream().map(TaskPopulation.Candidate::code).toList(), s.n()))
			.toList();
		Map<String, Long> ids = new HashMap<>();
		population.strata().forEach(s -> s.candidates().forEach(c -> ids.put(c.code(), c.subjectId())));
		DrawViews.Made made = draws.draw(new DrawRequest(taskId, task.name(), input.reason(), strata, null,
				recusals.declared(input.recuseDeclaredConflicts()), input.inspectorsPerSubject(), groups(task, input)),
				recusals.later(ids, input.lastCase(), input.lastInspection()), caller);
		if (task.state() == TaskState.APPROVED) {
			tasks.markDrawn(taskId, caller.accountId());
		}
		visits.plan(parts(task, population, made), VisitKind.RANDOM, input.reason(), caller.accountId());
		return made;
	}

	/**
	 * One group per department of the task, in the task's order: its name, its inspectors valid today (with the tag
	 * asked for it) and how many it draws; a tag for a department outside the task is refused.
	 */
	private List<DrawRequest.InspectorGroup> groups(InspectionTask task, Input input) {
		for (Long department : input.tags().keySet()) {
			if (!task.departmentIds().contains(department)) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.tag-department-not-in-task", department);
			}
		}
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		List<DrawRequest.InspectorGroup> groups = new ArrayList<>();
		for (long department : task.departmentIds()) {
			String name = organizations.find(new OrganizationId(department)).map(Organization::name)
				.orElse(String.valueOf(department));
			groups.add(new DrawRequest.InspectorGroup(name, department,
					library.eligible(department, input.tags().get(department), today), input.inspectorsPerSubject(),
					input.tags().get(department)));
		}
		return groups;
	}

	/**
	 * The drawn subjects as parts of visits (docs/adr/0027-visits-and-codes.md): one per drawn subject, of the task's
	 * lead (first) department, with its items, window and drawn inspectors (of every department's group); on site when an
	 * item is inspected on site or by sampling.
	 */
	private List<PlannedPart> parts(InspectionTask task, TaskPopulation population, DrawViews.Made made) {
		Map<String, TaskPopulation.Candidate> byCode = new HashMap<>();
		population.strata().forEach(s -> s.candidates().forEach(c -> byCode.put(c.code(), c)));
		List<PlannedPart> parts = new ArrayList<>();
		for (DrawViews.DrawnSubject drawn : made.subjects()) {
			TaskPopulation.Candidate c = byCode.get(drawn.subjectCode());
			parts.add(new PlannedPart(c.subjectId(), c.code(), c.divisionCode(), task.id(), made.published().id(),
					task.departmentIds().get(0), task.itemIds(), task.windowFrom(), task.windowUntil(), population.onSite(),
					InspectionTrigger.ROUTINE, drawn.inspectors()));
		}
		return parts;
	}
}
