package cn.oneteam.inspection.burden;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.subject.quiet.InspectionCap;
import org.jspecify.annotations.Nullable;

/** The figures and alerts from the visits of a year, pure (docs/adr/0031-inspection-burden.md). */
final class BurdenCalculation {

	private BurdenCalculation() {
	}

	/** The figures: {@code active} are the register's active subjects of the scope, {@code names} name departments. */
	static BurdenFigures figures(int year, @Nullable String division, List<BurdenRow> rows, Collection<Long> active,
			Function<Long, String> names) {
		Set<Long> subjects = new HashSet<>(active);
		rows.forEach(r -> subjects.add(r.subjectId()));
		Map<Long, Integer> total = new LinkedHashMap<>();
		Map<Long, Map<Long, Integer>> byDepartment = new TreeMap<>();
		for (BurdenRow row : rows) {
			total.merge(row.subjectId(), 1, Integer::sum);
			for (Long department : new HashSet<>(row.departmentIds())) {
				byDepartment.computeIfAbsent(department, d -> new LinkedHashMap<>()).merge(row.subjectId(), 1, Integer::sum);
			}
		}
		List<BurdenFigures.DepartmentFigures> departments = new ArrayList<>();
		byDepartment.forEach((id, counts) -> departments.add(new BurdenFigures.DepartmentFigures(id, names.apply(id),
				counts.values().stream().mapToInt(Integer::intValue).sum(), distribution(counts, subjects.size()))));
		departments.sort(Comparator.comparing(BurdenFigures.DepartmentFigures::visits).reversed());
		int recorded = (int) rows.stream().filter(r -> r.outcome() != null).count();
		int found = (int) rows.stream().filter(r -> r.outcome() != null && r.outcome().foundProblem()).count();
		int random = (int) rows.stream().filter(r -> r.kind() == VisitKind.RANDOM).count();
		return new BurdenFigures(year, division, subjects.size(), rows.size(),
				rows.stream().mapToInt(r -> Math.max(r.parts(), 1)).sum(),
				rows.stream().mapToInt(r -> Math.max(r.parts() - 1, 0)).sum(), distribution(total, subjects.size()),
				departments, recorded, found, percent(found, recorded), random, rows.size() - random);
	}

	/** The share in percent with one decimal, none of nothing. */
	static @Nullable BigDecimal percent(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	static BurdenFigures.Distribution distribution(Map<Long, Integer> counts, int subjects) {
		int one = 0;
		int two = 0;
		int more = 0;
		for (int count : counts.values()) {
			one += count == 1 ? 1 : 0;
			two += count == 2 ? 1 : 0;
			more += count >= 3 ? 1 : 0;
		}
		return new BurdenFigures.Distribution(subjects - counts.size(), one, two, more);
	}

	/**
	 * Repeat visits: per subject and department the body cap of the department's code ({@code codes}) if there is one
	 * (the visits of a trigger it exempts not counted), else the threshold; per subject in total the threshold. A
	 * visit count equal to the limit is no alert; one more is.
	 */
	static List<RepeatVisitAlerts.RepeatVisit> repeatVisits(List<BurdenRow> rows, List<InspectionCap> caps,
			Function<Long, String> codes, Function<Long, String> names, int threshold) {
		Map<String, InspectionCap> bodyCaps = new LinkedHashMap<>();
		caps.stream().filter(c -> c.scope() == InspectionCap.Scope.BODY).forEach(c -> bodyCaps.put(c.scopeKey(), c));
		Map<Long, List<BurdenRow>> bySubject = new LinkedHashMap<>();
		rows.forEach(r -> bySubject.computeIfAbsent(r.subjectId(), s -> new ArrayList<>()).add(r));
		List<RepeatVisitAlerts.RepeatVisit> alerts = new ArrayList<>();
		bySubject.forEach((subject, visits) -> {
			Set<Long> departments = new java.util.TreeSet<>();
			visits.forEach(v -> departments.addAll(v.departmentIds()));
			for (Long department : departments) {
				InspectionCap cap = bodyCaps.get(codes.apply(department));
				List<BurdenRow> counted = visits.stream()
					.filter(v -> v.departmentIds().contains(department))
					.filter(v -> cap == null || !cap.exemptTriggers().contains(v.trigger()))
					.toList();
				int limit = cap == null ? threshold : cap.cap();
				if (counted.size() > limit) {
					alerts.add(repeat(counted, department, names.apply(department), limit, cap));
				}
			}
			if (visits.size() > threshold) {
				alerts.add(repeat(visits, null, null, threshold, null));
			}
		});
		return alerts;
	}

	private static RepeatVisitAlerts.RepeatVisit repeat(List<BurdenRow> visits, @Nullable Long department,
			@Nullable String name, int limit, @Nullable InspectionCap cap) {
		BurdenRow first = visits.get(0);
		return new RepeatVisitAlerts.RepeatVisit(first.subjectId(), SubjectCodes.shown(first.subjectCode()), department,
				name, visits.size(), limit, cap == null ? RepeatVisitAlerts.Limit.THRESHOLD : RepeatVisitAlerts.Limit.CAP,
				cap == null ? null : cap.onReach().name(), cap == null ? null : cap.basis(),
				visits.stream().map(BurdenRow::visitId).toList());
	}

	/**
	 * Pairs of visits of one subject of the same kind and trigger whose departments differ (as sets), at most
	 * {@code days} apart: separate visits that 综合查一次 would have made one (a drawn and a targeted visit, or two
	 * triggers, never merge: docs/adr/0028-joint-visits.md); rows come ordered by subject, day, id.
	 */
	static List<RepeatVisitAlerts.UnmergedVisits> unmerged(List<BurdenRow> rows, Function<Long, String> names,
			int days) {
		List<RepeatVisitAlerts.UnmergedVisits> pairs = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			BurdenRow a = rows.get(i);
			for (int j = i + 1; j < rows.size() && rows.get(j).subjectId() == a.subjectId(); j++) {
				BurdenRow b = rows.get(j);
				long apart = ChronoUnit.DAYS.between(a.day(), b.day());
				if (apart > days) {
					break;
				}
				if (a.kind() == b.kind() && a.trigger() == b.trigger()
						&& !Set.copyOf(a.departmentIds()).equals(Set.copyOf(b.departmentIds()))) {
					pairs.add(new RepeatVisitAlerts.UnmergedVisits(a.subjectId(), SubjectCodes.shown(a.subjectCode()),
							a.visitId(), a.day(), a.departmentIds().stream().map(names).toList(), b.visitId(), b.day(),
							b.departmentIds().stream().map(names).toList(), apart));
				}
			}
		}
		return pairs;
	}
}
