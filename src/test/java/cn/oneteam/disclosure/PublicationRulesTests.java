package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.calendar.ShippedCalendar;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase.Procedure;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.disclosure.PublicationRules.Exclusion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication and withdrawal deadlines on the official calendar as shipped, across the 2026 National Day holiday
 * (1–7 October off, Sunday 27 September and Saturday 10 October worked), both edges; and which decisions are kept back
 * (docs/adr/0043-published-decisions.md).
 */
class PublicationRulesTests {

	private static final PublicationRules.WorkingDays CALENDAR = ShippedCalendar::addWorkingDays;

	private static final LocalDate D = LocalDate.of(2026, 6, 1);

	@Test
	void aDecisionBeforeNationalDayIsDueOnTheSeventhWorkingDayAfterTheHoliday() {
		// decided Tuesday 29 September: 30 Sep (1), holiday 1–7 Oct, 8 (2), 9 (3), Saturday 10 worked (4), 12 (5), 13 (6), 14 (7)
		LocalDate due = PublicationRules.publishBy(LocalDate.of(2026, 9, 29), 7, CALENDAR);
		assertThat(due).isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(PublicationRules.onTime(LocalDate.of(2026, 10, 14), due)).isTrue();
		assertThat(PublicationRules.onTime(LocalDate.of(2026, 10, 15), due)).isFalse();
		// the same decision counted in calendar days would have been due on 6 October, in the holiday
		assertThat(ShippedCalendar.isWorkingDay(LocalDate.of(2026, 10, 6))).isFalse();
	}

	@Test
	void theNumberOfWorkingDaysIsTheSetting() {
		assertThat(PublicationRules.publishBy(LocalDate.of(2026, 9, 29), 1, CALENDAR)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(PublicationRules.publishBy(LocalDate.of(2026, 9, 29), 2, CALENDAR)).isEqualTo(LocalDate.of(2026, 10, 8));
		// an ordinary week: Monday 7 December + 7 working days = Wednesday 16 December
		assertThat(PublicationRules.publishBy(LocalDate.of(2026, 12, 7), 7, CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 16));
	}

	@Test
	void aWithdrawalIsDueOnTheThirdWorkingDayAfterTheRevocationAcrossTheHoliday() {
		// revoked Wednesday 30 September: 8 Oct (1), 9 (2), Saturday 10 worked (3)
		LocalDate by = PublicationRules.withdrawBy(LocalDate.of(2026, 9, 30), 3, CALENDAR);
		assertThat(by).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(PublicationRules.onTime(LocalDate.of(2026, 10, 10), by)).isTrue();
		assertThat(PublicationRules.onTime(LocalDate.of(2026, 10, 11), by)).isFalse();
		assertThat(PublicationRules.onTime(LocalDate.of(2026, 9, 30), by)).isTrue(); // the same day
	}

	@Test
	void theSimpleProcedureNoPenaltyAndAWarningAloneAreNotPublished() {
		assertThat(exclusion(Procedure.SIMPLE, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.FINE)))
			.contains(Exclusion.SIMPLE_PROCEDURE);
		assertThat(exclusion(Procedure.GENERAL, CaseOutcome.NO_PENALTY, Set.of())).contains(Exclusion.NO_PENALTY);
		assertThat(exclusion(Procedure.GENERAL, CaseOutcome.NOT_ESTABLISHED, Set.of())).contains(Exclusion.NO_PENALTY);
		assertThat(exclusion(Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.WARNING)))
			.contains(Exclusion.WARNING_ONLY);
		assertThat(exclusion(Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE)))
			.isEmpty();
		assertThat(exclusion(Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.FINE))).isEmpty();
	}

	@Test
	void aMinorAtTheActIsNotPublishedUntilTheDayAfterTheEighteenthBirthday() {
		LocalDate born = LocalDate.of(2008, 6, 1);
		// the act on the 18th birthday: still under 18 (已满 from the day after)
		assertThat(minor(PartyKind.NATURAL_PERSON, born, LocalDate.of(2026, 6, 1))).contains(Exclusion.MINOR);
		assertThat(minor(PartyKind.NATURAL_PERSON, born, LocalDate.of(2026, 6, 2))).isEmpty();
		assertThat(minor(PartyKind.INDIVIDUAL_BUSINESS, born, LocalDate.of(2026, 5, 1))).contains(Exclusion.MINOR);
		// an organisation has no age; a person whose birth date the case did not record is taken as of age
		assertThat(minor(PartyKind.ORGANISATION, born, LocalDate.of(2026, 5, 1))).isEmpty();
		assertThat(minor(PartyKind.NATURAL_PERSON, null, LocalDate.of(2026, 5, 1))).isEmpty();
		// no act day: the age at the decision
		assertThat(PublicationRules.exclusion(Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.FINE),
				PartyKind.NATURAL_PERSON, born, null, LocalDate.of(2026, 6, 2), false)).isEmpty();
	}

	@Test
	void withoutAnEnteredBirthDateTheAgeComesFromTheIdNumber() {
		// 18 characters: the birth date is characters 7–14
		String id18 = cn.oneteam.shared.IdNumber.complete("63280220080601123").value();
		assertThat(PublicationRules.birthDate(null, id18)).isEqualTo(LocalDate.of(2008, 6, 1));
		assertThat(minor(PartyKind.NATURAL_PERSON, PublicationRules.birthDate(null, id18), LocalDate.of(2026, 6, 1)))
			.contains(Exclusion.MINOR); // the 18th birthday itself
		assertThat(minor(PartyKind.NATURAL_PERSON, PublicationRules.birthDate(null, id18), LocalDate.of(2026, 6, 2)))
			.isEmpty();
		// 15 digits: 19YYMMDD from characters 7–12
		assertThat(PublicationRules.birthDate(null, "632802900101123")).isEqualTo(LocalDate.of(1990, 1, 1));
		// the entered one wins; a credit code, a broken date or nothing tells no age
		assertThat(PublicationRules.birthDate(LocalDate.of(2000, 1, 1), id18)).isEqualTo(LocalDate.of(2000, 1, 1));
		assertThat(PublicationRules.birthDate(null, "91310115MA1K3BTP2B")).isNull();
		assertThat(PublicationRules.birthDate(null, "632802200802301234")).isNull();
		assertThat(PublicationRules.birthDate(null, null)).isNull();
	}

	@Test
	void aDecisionKeptPrivateIsNotPublished() {
		assertThat(PublicationRules.exclusion(Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.FINE),
				PartyKind.ORGANISATION, null, D, D, true)).contains(Exclusion.PRIVATE);
	}

	private static Optional<Exclusion> exclusion(Procedure procedure, CaseOutcome outcome, Set<PenaltyKind> kinds) {
		return PublicationRules.exclusion(procedure, outcome, kinds, PartyKind.ORGANISATION, null, D, D, false);
	}

	private static Optional<Exclusion> minor(PartyKind kind, LocalDate born, LocalDate act) {
		return PublicationRules.exclusion(Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.FINE), kind,
				born, act, act.plusDays(30), false);
	}
}
