package cn.oneteam.inspection.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;

/**
 * 综合查一次 — the merge rule, pure (docs/adr/0028-joint-visits.md). A planned part joins a visit still PLANNED of the
 * same subject, kind and trigger whose window meets the part's (the two windows share at least one day, and the shared
 * days do not all lie before today), unless a part of the same task is in it already; the first such visit (oldest
 * first) wins. Joining narrows the window to the
 * intersection, adds the department and the inspectors (unions, in order of joining), makes it on site when the part is
 * and keeps the lead (the department of the part that made the visit). A part that fits no visit makes a new one.
 */
public final class JointVisits {

	private JointVisits() {
	}

	/**
	 * A visit as the merge sees it: an existing planned one ({@code visitId}) or one about to be made (none), and the
	 * parts added to it by this merge, in order.
	 */
	public record Joint(@Nullable Long visitId, long subjectId, VisitKind kind, InspectionTrigger trigger,
			long leadDepartmentId, List<Long> departmentIds, LocalDate windowFrom, LocalDate windowUntil, boolean onSite,
			List<String> inspectors, Set<Long> taskIds, List<PlannedPart> added) {

		public Joint {
			departmentIds = List.copyOf(departmentIds);
			inspectors = List.copyOf(inspectors);
			taskIds = Set.copyOf(taskIds);
			added = List.copyOf(added);
		}

		/** A new visit made of one part; its department leads. */
		public static Joint of(PlannedPart part, VisitKind kind) {
			return new Joint(null, part.subjectId(), kind, part.trigger(), part.departmentId(),
					List.of(part.departmentId()), part.windowFrom(), part.windowUntil(), part.onSite(), part.inspectors(),
					part.taskId() == null ? Set.of() : Set.of(part.taskId()), List.of(part));
		}

		/** Whether the part may join this visit (see the class). */
		public boolean takes(PlannedPart part, VisitKind partKind) {
			return takes(part, partKind, LocalDate.MIN);
		}

		/**
		 * Whether the part may join this visit with the intersection of the windows ending on or after {@code today}: a
		 * visit whose joint window would be over already is never joined (docs/adr/0028-joint-visits.md).
		 */
		public boolean takes(PlannedPart part, VisitKind partKind, LocalDate today) {
			LocalDate until = part.windowUntil().isBefore(windowUntil) ? part.windowUntil() : windowUntil;
			return part.subjectId() == subjectId && partKind == kind && part.trigger() == trigger
					&& overlap(windowFrom, windowUntil, part.windowFrom(), part.windowUntil()) && !until.isBefore(today)
					&& (part.taskId() == null || !taskIds.contains(part.taskId()));
		}

		/** This visit with the part joined: the windows' intersection, departments and inspectors added, on site or'ed. */
		public Joint with(PlannedPart part) {
			Set<Long> departments = new LinkedHashSet<>(departmentIds);
			departments.add(part.departmentId());
			Set<String> people = new LinkedHashSet<>(inspectors);
			people.addAll(part.inspectors());
			Set<Long> tasks = new LinkedHashSet<>(taskIds);
			if (part.taskId() != null) {
				tasks.add(part.taskId());
			}
			List<PlannedPart> parts = new ArrayList<>(added);
			parts.add(part);
			LocalDate from = part.windowFrom().isAfter(windowFrom) ? part.windowFrom() : windowFrom;
			LocalDate until = part.windowUntil().isBefore(windowUntil) ? part.windowUntil() : windowUntil;
			return new Joint(visitId, subjectId, kind, trigger, leadDepartmentId, List.copyOf(departments), from, until,
					onSite || part.onSite(), List.copyOf(people), tasks, parts);
		}
	}

	/** Whether two windows (both days included) share at least one day: touching on one day does, a day apart does not. */
	public static boolean overlap(LocalDate fromA, LocalDate untilA, LocalDate fromB, LocalDate untilB) {
		return !fromA.isAfter(untilB) && !fromB.isAfter(untilA);
	}

	/**
	 * Merges the parts, in the order given, into the open visits (oldest first) and into the visits the earlier parts
	 * made. Answers every visit that changed or is new — each with the parts added to it — in the order first touched;
	 * open visits no part joined are left out.
	 */
	public static List<Joint> merge(Collection<Joint> open, List<PlannedPart> parts, VisitKind kind) {
		return merge(open, parts, kind, LocalDate.MIN);
	}

	/** As {@link #merge(Collection, List, VisitKind)}, joining only where the joint window ends on or after today. */
	public static List<Joint> merge(Collection<Joint> open, List<PlannedPart> parts, VisitKind kind, LocalDate today) {
		Map<Long, List<Slot>> bySubject = new HashMap<>();
		for (Joint joint : open) {
			bySubject.computeIfAbsent(joint.subjectId(), s -> new ArrayList<>()).add(new Slot(joint, false));
		}
		List<Slot> touched = new ArrayList<>();
		for (PlannedPart part : parts) {
			List<Slot> slots = bySubject.computeIfAbsent(part.subjectId(), s -> new ArrayList<>());
			Slot slot = null;
			for (Slot candidate : slots) {
				if (candidate.joint.takes(part, kind, today)) {
					slot = candidate;
					break;
				}
			}
			if (slot == null) {
				slot = new Slot(Joint.of(part, kind), true);
				slots.add(slot);
				touched.add(slot);
			}
			else {
				if (!slot.touched) {
					slot.touched = true;
					touched.add(slot);
				}
				slot.joint = slot.joint.with(part);
			}
		}
		return touched.stream().map(s -> s.joint).toList();
	}

	/** A visit while the merge runs: replaced as parts join it. */
	private static final class Slot {

		private Joint joint;

		private boolean touched;

		private Slot(Joint joint, boolean touched) {
			this.joint = joint;
			this.touched = touched;
		}
	}
}
