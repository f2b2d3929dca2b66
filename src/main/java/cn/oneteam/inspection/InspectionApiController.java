package cn.oneteam.inspection;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 抽查事项清单, annual plans and tasks through the API (docs/adr/0025-inspection-items-and-plans.md). Refusals are
 * problem+json with a code.
 */
@RestController
@Tag(name = "inspection items and plans 抽查事项清单 · 年度计划", description = "Item lists per department with "
		+ "versions and publication; annual plans of joint departments and their tasks: draft, approved, drawn, done")
class InspectionApiController {

	private final InspectionItems items;

	private final InspectionTasks tasks;

	InspectionApiController(InspectionItems items, InspectionTasks tasks) {
		this.items = items;
		this.tasks = tasks;
	}

	@GetMapping("/api/v1/inspections/items")
	@Operation(summary = "The latest version of every item of the departments the caller sees")
	List<InspectionItem> items(ScopedPrincipal caller) {
		return items.list(caller);
	}

	@PostMapping("/api/v1/inspections/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new item, version 1, unpublished (the department's staff, or catalog:manage over it)",
			description = "403 inspection.not-the-department.")
	InspectionItem create(@Valid @RequestBody InspectionInputs.Item input, ScopedPrincipal caller) {
		return items.create(input, caller);
	}

	@GetMapping("/api/v1/inspections/items/{id}/versions")
	@Operation(summary = "Every version of the item's series, newest first")
	List<InspectionItem> versions(@PathVariable long id, ScopedPrincipal caller) {
		return items.versions(id, caller);
	}

	@PostMapping("/api/v1/inspections/items/{id}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Edit an item: writes the next version, unpublished; the old versions stay readable and pinned "
			+ "in their tasks")
	InspectionItem revise(@PathVariable long id, @Valid @RequestBody InspectionInputs.Item input, ScopedPrincipal caller) {
		return items.revise(id, input, caller);
	}

	@PostMapping("/api/v1/inspections/items/{id}/publish")
	@Operation(summary = "Publish a version: only published items may be used in a task (409 inspection.item-published)")
	InspectionItem publish(@PathVariable long id, ScopedPrincipal caller) {
		return items.publish(id, caller);
	}

	@PostMapping("/api/v1/inspections/targets")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tag a subject to the department responsible for it: it joins the department's tasks' "
			+ "populations (the department's staff, or catalog:manage over it)",
			description = "404 inspection.subject-unknown outside the jurisdiction; 409 inspection.already-tagged.")
	void tag(@RequestParam long departmentId, @RequestParam long subjectId, ScopedPrincipal caller) {
		items.tag(departmentId, subjectId, caller);
	}

	@DeleteMapping("/api/v1/inspections/targets")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End a subject's tag to a department (kept, never deleted); 404 inspection.not-tagged")
	void untag(@RequestParam long departmentId, @RequestParam long subjectId, ScopedPrincipal caller) {
		items.untag(departmentId, subjectId, caller);
	}

	@GetMapping("/api/v1/inspections/plans")
	@Operation(summary = "The annual plans whose body the caller sees")
	List<InspectionPlan> plans(ScopedPrincipal caller) {
		return tasks.plans(caller);
	}

	@PostMapping("/api/v1/inspections/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new annual plan of a body at county level or above with its joint departments and lead",
			description = "400 inspection.plan-body-below-county, inspection.plan-lead-not-joint; 403 "
					+ "inspection.not-the-department.")
	InspectionPlan createPlan(@Valid @RequestBody InspectionInputs.Plan input, ScopedPrincipal caller) {
		return tasks.createPlan(input, caller);
	}

	@GetMapping("/api/v1/inspections/plans/{id}/tasks")
	List<InspectionTask> tasks(@PathVariable long id, ScopedPrincipal caller) {
		return tasks.tasks(id, caller);
	}

	@PostMapping("/api/v1/inspections/plans/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A draft task: departments of the plan, published item versions (pinned), the population rule, "
			+ "a ratio (fraction) or count per credit class, a window in the plan's year",
			description = "400 inspection.item-unpublished, inspection.ratio-above-cap, inspection.stratum-invalid, …; "
					+ "replacesId with a reason makes a new task replacing an approved one.")
	InspectionTask createTask(@PathVariable long id, @Valid @RequestBody InspectionInputs.Task input,
			ScopedPrincipal caller) {
		return tasks.createTask(id, input, caller);
	}

	@GetMapping("/api/v1/inspections/tasks/{id}")
	InspectionTask task(@PathVariable long id, ScopedPrincipal caller) {
		return tasks.task(id, caller);
	}

	@PutMapping("/api/v1/inspections/tasks/{id}")
	@Operation(summary = "Change a draft task (409 inspection.task-not-draft once approved)")
	InspectionTask updateTask(@PathVariable long id, @Valid @RequestBody InspectionInputs.Task input,
			ScopedPrincipal caller) {
		return tasks.updateTask(id, input, caller);
	}

	@PostMapping("/api/v1/inspections/tasks/{id}/approve")
	@Operation(summary = "Approve a draft task (permission case:approve, the plan's body within the jurisdiction)")
	InspectionTask approve(@PathVariable long id, ScopedPrincipal caller) {
		return tasks.approve(id, caller);
	}

	@PostMapping("/api/v1/inspections/tasks/{id}/done")
	@Operation(summary = "Close a drawn task (permission case:approve)")
	InspectionTask done(@PathVariable long id, ScopedPrincipal caller) {
		return tasks.complete(id, caller);
	}

	@GetMapping("/api/v1/inspections/tasks/{id}/population")
	@Operation(summary = "The candidates per credit class and n, quiet subjects excluded (an approved task); each "
			+ "candidate's code shown (a natural person's identity number masked)")
	TaskPopulation population(@PathVariable long id, ScopedPrincipal caller) {
		tasks.task(id, caller);
		TaskPopulation whole = tasks.population(id);
		return new TaskPopulation(whole.taskId(), whole.keyItems(), whole.onSite(), whole.strata()
			.stream()
			.map(s -> new TaskPopulation.Stratum(s.creditClass(), s.n(), s.candidates()
				.stream()
				.map(c -> new TaskPopulation.Candidate(c.subjectId(), SubjectCodes.shown(c.code()), c.kind(),
						c.divisionCode()))
				.toList()))
			.toList());
	}
}
