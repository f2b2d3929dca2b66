package cn.oneteam.inspection.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.junit.jupiter.api.Test;

/**
 * Figures, not a test of times (docs/adr/0028-joint-visits.md): the pure merge over a generated county annual plan —
 * 30 departments, 120 tasks (4 each, windows of 1 to 6 months in the year), 50,000 parts over 8,000 subjects — once as
 * one batch and once task by task (each draw planning its parts against the visits still open, as the application
 * does). Not run by the suite (its name does not end in Tests); run it alone:
 * {@code ./mvnw test -Dtest=JointVisitsBenchmark}.
 */
class JointVisitsBenchmark {

	private static final int DEPARTMENTS = Integer.getInteger("joint.bench.departments", 30);

	private static final int TASKS = Integer.getInteger("joint.bench.tasks", 120);

	private static final int PARTS = Integer.getInteger("joint.bench.parts", 50_000);

	private static final int SUBJECTS = Integer.getInteger("joint.bench.subjects", 8_000);

	/** The parts task by task: each task draws distinct subjects; a fixed seed, so every run plans the same. */
	static List<List<PlannedPart>> plan() {
		Random random = new Random(20270101L);
		List<List<PlannedPart>> tasks = new ArrayList<>();
		for (int t = 0; t < TASKS; t++) {
			long department = 1 + t % DEPARTMENTS;
			LocalDate from = LocalDate.of(2027, 1 + random.nextInt(12), 1);
			LocalDate until = from.plusMonths(1 + random.nextInt(6)).minusDays(1);
			if (until.getYear() > 2027) {
				until = LocalDate.of(2027, 12, 31);
			}
			int n = PARTS / TASKS + (t < PARTS % TASKS ? 1 : 0);
			Set<Integer> drawn = new LinkedHashSet<>();
			while (drawn.size() < n) {
				drawn.add(random.nextInt(SUBJECTS));
			}
			List<PlannedPart> parts = new ArrayList<>(n);
			for (int s : drawn) {
				parts.add(new PlannedPart(s, String.format("91632802MA%08d", s), "632802", (long) t, 1000L + t,
						department, List.of(department * 100, department * 100 + 1), from, until, (t & 1) == 0,
						InspectionTrigger.ROUTINE, List.of("D" + department + "-" + (s % 7), "D" + department + "-" + (s % 5 + 7))));
			}
			tasks.add(parts);
		}
		return tasks;
	}

	@Test
	void aCountysAnnualPlan() {
		List<List<PlannedPart>> tasks = plan();
		List<PlannedPart> all = tasks.stream().flatMap(List::stream).toList();
		for (int round = 0; round < 5; round++) {
			System.gc();
			long before = used();
			long start = System.nanoTime();
			List<JointVisits.Joint> joints = JointVisits.merge(List.of(), all, VisitKind.RANDOM);
			long batch = System.nanoTime() - start;
			System.gc();
			long after = used();

			start = System.nanoTime();
			Map<Long, List<JointVisits.Joint>> open = new HashMap<>();
			int merges = 0;
			for (List<PlannedPart> parts : tasks) {
				List<JointVisits.Joint> mine = new ArrayList<>();
				parts.stream().map(PlannedPart::subjectId).distinct().forEach(s -> mine.addAll(open.getOrDefault(s,
						List.of())));
				for (JointVisits.Joint j : JointVisits.merge(mine, parts, VisitKind.RANDOM)) {
					List<JointVisits.Joint> ofSubject = open.computeIfAbsent(j.subjectId(), s -> new ArrayList<>());
					if (j.visitId() == null) {
						ofSubject.add(new JointVisits.Joint((long) ++merges, j.subjectId(), j.kind(), j.trigger(),
								j.leadDepartmentId(), j.departmentIds(), j.windowFrom(), j.windowUntil(), j.onSite(),
								j.inspectors(), j.taskIds(), List.of()));
					}
					else {
						ofSubject.replaceAll(o -> o.visitId().equals(j.visitId()) ? new JointVisits.Joint(j.visitId(),
								j.subjectId(), j.kind(), j.trigger(), j.leadDepartmentId(), j.departmentIds(),
								j.windowFrom(), j.windowUntil(), j.onSite(), j.inspectors(), j.taskIds(), List.of()) : o);
					}
				}
			}
			long byTask = System.nanoTime() - start;
			int visits = open.values().stream().mapToInt(List::size).sum();
			System.out.printf("round %d: %d parts, %d subjects, %d tasks, %d departments%n", round, all.size(), SUBJECTS,
					TASKS, DEPARTMENTS);
			System.out.printf("  one batch:    %d visits (saved %d), %.1f ms, retained %.1f MB (the visits with their parts)%n",
					joints.size(), all.size() - joints.size(), batch / 1e6, (after - before) / 1e6);
			System.out.printf("  task by task: %d visits (saved %d), %.1f ms%n", visits, all.size() - visits, byTask / 1e6);
		}
		System.out.printf("parts as generated: heap %.1f MB in use%n", used() / 1e6);
	}

	private static long used() {
		Runtime r = Runtime.getRuntime();
		return r.totalMemory() - r.freeMemory();
	}
}
