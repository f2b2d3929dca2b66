package cn.oneteam.inspection.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.junit.jupiter.api.Test;

/** The merge rule of 综合查一次 without Spring (docs/adr/0028-joint-visits.md). */
class JointVisitsTests {

	private static final long SUBJECT = 7;

	private static final long MARKET = 1;

	private static final long ECOLOGY = 2;

	private static final long HEALTH = 3;

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2027, month, day);
	}

	private static PlannedPart part(long subject, Long task, long department, LocalDate from, LocalDate until,
			boolean onSite, String... inspectors) {
		return new PlannedPart(subject, "91632802MA" + subject, "632802", task, task == null ? null : 100 + task,
				department, List.of(10 * department), from, until, onSite,
				task == null ? InspectionTrigger.COMPLAINT : InspectionTrigger.ROUTINE, List.of(inspectors));
	}

	@Test
	void windowsTouchingOnOneDayMergeAndOneDayApartDoNot() {
		PlannedPart march = part(SUBJECT, 1L, MARKET, day(3, 1), day(3, 31), false, "A1", "A2");
		PlannedPart fromLastDay = part(SUBJECT, 2L, ECOLOGY, day(3, 31), day(4, 30), true, "B1", "B2");
		List<JointVisits.Joint> touching = JointVisits.merge(List.of(), List.of(march, fromLastDay), VisitKind.RANDOM);
		assertThat(touching).hasSize(1);
		JointVisits.Joint joint = touching.get(0);
		assertThat(joint.visitId()).isNull();
		assertThat(joint.windowFrom()).isEqualTo(day(3, 31));
		assertThat(joint.windowUntil()).isEqualTo(day(3, 31));
		assertThat(joint.departmentIds()).containsExactly(MARKET, ECOLOGY);
		assertThat(joint.leadDepartmentId()).isEqualTo(MARKET);
		assertThat(joint.inspectors()).containsExactly("A1", "A2", "B1", "B2");
		assertThat(joint.onSite()).isTrue();
		assertThat(joint.added()).containsExactly(march, fromLastDay);

		PlannedPart dayAfter = part(SUBJECT, 2L, ECOLOGY, day(4, 1), day(4, 30), false, "B1", "B2");
		List<JointVisits.Joint> apart = JointVisits.merge(List.of(), List.of(march, dayAfter), VisitKind.RANDOM);
		assertThat(apart).hasSize(2);
		assertThat(apart).extracting(JointVisits.Joint::departmentIds)
			.containsExactly(List.of(MARKET), List.of(ECOLOGY));
		assertThat(JointVisits.overlap(day(3, 1), day(3, 31), day(3, 31), day(4, 1))).isTrue();
		assertThat(JointVisits.overlap(day(4, 1), day(4, 2), day(3, 1), day(3, 31))).isFalse();
		assertThat(JointVisits.overlap(day(3, 5), day(3, 6), day(3, 1), day(3, 31))).isTrue();
	}

	@Test
	void threeDepartmentsMakeOneVisitWithTheIntersectionAndTheFirstLeads() {
		List<PlannedPart> parts = List.of(part(SUBJECT, 1L, MARKET, day(3, 1), day(11, 30), false, "A1", "A2"),
				part(SUBJECT, 2L, ECOLOGY, day(5, 1), day(6, 30), false, "B1", "A2"),
				part(SUBJECT, 3L, HEALTH, day(6, 1), day(12, 31), false, "C1", "C2"));
		List<JointVisits.Joint> joints = JointVisits.merge(List.of(), parts, VisitKind.RANDOM);
		assertThat(joints).hasSize(1);
		JointVisits.Joint joint = joints.get(0);
		assertThat(joint.windowFrom()).isEqualTo(day(6, 1));
		assertThat(joint.windowUntil()).isEqualTo(day(6, 30));
		assertThat(joint.departmentIds()).containsExactly(MARKET, ECOLOGY, HEALTH);
		assertThat(joint.leadDepartmentId()).isEqualTo(MARKET);
		assertThat(joint.inspectors()).containsExactly("A1", "A2", "B1", "C1", "C2");
		assertThat(joint.taskIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(joint.onSite()).isFalse();
	}

	@Test
	void oneDepartmentsTwoTasksMergeButOneTaskNeverTwiceIntoTheSameVisit() {
		PlannedPart food = part(SUBJECT, 1L, MARKET, day(3, 1), day(6, 30), false, "A1", "A2");
		PlannedPart drugs = part(SUBJECT, 2L, MARKET, day(4, 1), day(9, 30), false, "A3", "A4");
		PlannedPart foodAgain = part(SUBJECT, 1L, MARKET, day(3, 1), day(6, 30), false, "A5", "A6");
		List<JointVisits.Joint> joints = JointVisits.merge(List.of(), List.of(food, drugs, foodAgain), VisitKind.RANDOM);
		assertThat(joints).hasSize(2);
		assertThat(joints.get(0).departmentIds()).containsExactly(MARKET);
		assertThat(joints.get(0).added()).containsExactly(food, drugs);
		assertThat(joints.get(0).windowFrom()).isEqualTo(day(4, 1));
		assertThat(joints.get(1).added()).containsExactly(foodAgain);
	}

	@Test
	void aPartJoinsAnOpenVisitWhichKeepsItsIdAndLeadAndOthersAreLeftOut() {
		JointVisits.Joint open = new JointVisits.Joint(41L, SUBJECT, VisitKind.RANDOM, InspectionTrigger.ROUTINE, ECOLOGY,
				List.of(ECOLOGY), day(5, 1), day(5, 31), false, List.of("B1", "B2"), Set.of(9L), List.of());
		JointVisits.Joint otherSubject = new JointVisits.Joint(42L, SUBJECT + 1, VisitKind.RANDOM,
				InspectionTrigger.ROUTINE, ECOLOGY, List.of(ECOLOGY), day(5, 1), day(5, 31), false, List.of("B1", "B2"),
				Set.of(9L), List.of());
		PlannedPart market = part(SUBJECT, 1L, MARKET, day(3, 1), day(5, 10), true, "A1", "A2");
		List<JointVisits.Joint> joints = JointVisits.merge(List.of(open, otherSubject), List.of(market), VisitKind.RANDOM);
		assertThat(joints).hasSize(1);
		assertThat(joints.get(0).visitId()).isEqualTo(41L);
		assertThat(joints.get(0).leadDepartmentId()).isEqualTo(ECOLOGY);
		assertThat(joints.get(0).departmentIds()).containsExactly(ECOLOGY, MARKET);
		assertThat(joints.get(0).windowFrom()).isEqualTo(day(5, 1));
		assertThat(joints.get(0).windowUntil()).isEqualTo(day(5, 10));
		assertThat(joints.get(0).added()).containsExactly(market);
		// the open visit's own task may not join it again
		PlannedPart sameTask = part(SUBJECT, 9L, ECOLOGY, day(5, 1), day(5, 31), false, "B3", "B4");
		assertThat(JointVisits.merge(List.of(open), List.of(sameTask), VisitKind.RANDOM).get(0).visitId()).isNull();
	}

	@Test
	void aTargetedPartJoinsOnlyATargetedVisitOfTheSameTrigger() {
		PlannedPart drawn = part(SUBJECT, 1L, MARKET, day(3, 1), day(3, 31), false, "A1", "A2");
		JointVisits.Joint random = JointVisits.Joint.of(drawn, VisitKind.RANDOM);
		PlannedPart complaint = part(SUBJECT, null, ECOLOGY, day(3, 10), day(3, 20), true, "B1", "B2");
		assertThat(random.takes(complaint, VisitKind.TARGETED)).isFalse();
		JointVisits.Joint targeted = JointVisits.Joint.of(complaint, VisitKind.TARGETED);
		PlannedPart secondComplaint = part(SUBJECT, null, MARKET, day(3, 15), day(3, 25), false, "A1", "A2");
		assertThat(targeted.takes(secondComplaint, VisitKind.TARGETED)).isTrue();
		PlannedPart referral = new PlannedPart(SUBJECT, "x", "632802", null, null, MARKET, List.of(), day(3, 15),
				day(3, 25), false, InspectionTrigger.REFERRAL, List.of("A1", "A2"));
		assertThat(targeted.takes(referral, VisitKind.TARGETED)).isFalse();
	}

	@Test
	void aJointWindowEndingYesterdayIsNotJoinedOneEndingTodayIs() {
		LocalDate today = day(6, 15);
		PlannedPart endsYesterday = part(SUBJECT, 1L, MARKET, day(6, 1), day(6, 14), false, "A1");
		PlannedPart endsToday = part(SUBJECT, 1L, MARKET, day(6, 1), day(6, 15), false, "A1");
		PlannedPart later = part(SUBJECT, 2L, ECOLOGY, day(6, 10), day(6, 30), false, "B1");
		assertThat(JointVisits.merge(List.of(), List.of(endsYesterday, later), VisitKind.RANDOM, today)).hasSize(2);
		assertThat(JointVisits.merge(List.of(), List.of(endsToday, later), VisitKind.RANDOM, today)).singleElement()
			.satisfies(j -> assertThat(j.windowUntil()).isEqualTo(today));
		// the part's own window may end before the visit's: the intersection is what must not be over
		PlannedPart partEndsYesterday = part(SUBJECT, 2L, ECOLOGY, day(6, 10), day(6, 14), false, "B1");
		PlannedPart open = part(SUBJECT, 1L, MARKET, day(6, 1), day(6, 30), false, "A1");
		assertThat(JointVisits.merge(List.of(), List.of(open, partEndsYesterday), VisitKind.RANDOM, today)).hasSize(2);
	}
}
