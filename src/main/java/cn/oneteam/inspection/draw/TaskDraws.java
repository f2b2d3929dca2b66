package cn.oneteam.inspection.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.inspection.InspectionTask;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.TaskPopulation;
import cn.oneteam.inspection.TaskState;
import cn.oneteam.inspection.visit.PlannedPart;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
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
 * its n — drawn with the certified staff of the caller's body as inspectors; the task becomes DRAWN. A drawn task may
 * be drawn again: a new record with its reason, the first one stays.
 */
@Service
public class TaskDraws {

	/** Why this draw is made (a new draw of a drawn task says why), inspectors per subject, recusal asked. */
	public record Input(@NotBlank @Size(max = 1000) String reason, @Nullable @Min(0) @Max(20) Integer inspectorsPerSubject,
			boolean recuseDeclaredConflicts) {
	}

	private final Draws draws;

	private final InspectionTasks tasks;

	private final JurisdictionDraws jurisdiction;

	private final DrawConflictRepository conflicts;

	private final Visits visits;

	TaskDraws(Draws draws, InspectionTasks tasks, JurisdictionDraws jurisdiction, DrawConflictRepository conflicts,
			Visits visits) {
		this.draws = draws;
		this.visits = visits;
		this.tasks = tasks;
		this.jurisdiction = jurisdiction;
		this.conflicts = conflicts;
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
		DrawViews.Made made = draws.draw(new DrawRequest(taskId, task.name(), input.reason(), strata,
				jurisdiction.inspectors(caller), input.recuseDeclaredConflicts() ? conflicts.open() : List.of(),
				input.inspectorsPerSubject()), caller);
		if (task.state() == TaskState.APPROVED) {
			tasks.markDrawn(taskId, caller.accountId());
		}
		visits.plan(parts(task, population, made), VisitKind.RANDOM, input.reason(), caller.accountId());
		return made;
	}

	/**
	 * The drawn subjects as parts of visits (docs/adr/0027-visits-and-codes.md): one per drawn subject, of the task's
	 * lead (first) department, with its items, window and drawn inspectors; on site when an item is inspected on site or
	 * by sampling.
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
