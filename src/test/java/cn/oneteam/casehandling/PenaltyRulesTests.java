package cn.oneteam.casehandling;

import cn.oneteam.casehandling.execution.Surcharge;
import cn.oneteam.casehandling.general.CollectiveDiscussion;
import cn.oneteam.casehandling.general.HearingScope;
import cn.oneteam.casehandling.general.LegalReview;
import cn.oneteam.casehandling.general.LimitationPeriod;
import cn.oneteam.casehandling.general.NoHeavierPenalty;
import cn.oneteam.casehandling.general.NoticePeriod;
import cn.oneteam.casehandling.penalty.MinorAge;
import cn.oneteam.casehandling.penalty.OneActOneFine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules of the general procedure at their boundaries: limitation (处罚法 §36), minors (§30), one fine per act
 * (§29), notice before the decision (§44, §62), no heavier penalty (§45), hearing scope (§63), legal review (§58),
 * collective discussion (§57) and the late-payment surcharge (§72, §73). "-" stands for null or nothing.
 */
class PenaltyRulesTests {

	private static final HearingScope.Thresholds THRESHOLDS = new HearingScope.Thresholds(new BigDecimal("10000"),
			new BigDecimal("100000"));

	@ParameterizedTest(name = "act {0}, ended {1}, discovered {2}, five years {3}: {4}")
	@CsvSource(nullValues = "-", value = { "2020-03-10, -, 2022-03-10, false, -",
			"2020-03-10, -, 2022-03-11, false, case.limitation-expired", "2020-03-10, -, 2022-03-11, true, -",
			"2020-03-10, -, 2025-03-10, true, -", "2020-03-10, -, 2025-03-11, true, case.limitation-expired",
			"2020-03-10, 2021-01-31, 2023-01-31, false, -",
			"2020-03-10, 2021-01-31, 2023-02-01, false, case.limitation-expired",
			"2020-03-10, 2020-05-01, 2020-04-01, false, -", "2020-03-10, -, 2020-03-10, false, -",
			"2020-02-29, -, 2022-02-28, false, -", "2020-02-29, -, 2022-03-01, false, case.limitation-expired",
			"2020-02-29, -, 2025-02-28, true, -", "2020-02-29, -, 2025-03-01, true, case.limitation-expired",
			"2023-01-01, 2024-02-29, 2026-02-28, false, -",
			"2023-01-01, 2024-02-29, 2026-03-01, false, case.limitation-expired",
			"2020-03-10, -, 2020-03-09, false, case.act-dates-inconsistent",
			"2020-03-10, 2020-03-09, 2020-04-01, false, case.act-dates-inconsistent" })
	void limitationRunsTwoOrFiveYearsFromTheActOrItsEnd(LocalDate actOn, @Nullable LocalDate actEndedOn,
			LocalDate discoveredOn, boolean lifeHealthOrFinanceWithHarm, @Nullable String reason) {
		assertThat(LimitationPeriod.reasonAgainst(actOn, actEndedOn, discoveredOn, lifeHealthOrFinanceWithHarm))
			.isEqualTo(Optional.ofNullable(reason));
	}

	@ParameterizedTest(name = "born {0}, act {1}, penalised {2}, tier {3}: {4}")
	@CsvSource(nullValues = "-", value = { "2010-05-10, 2023-05-11, true, LIGHTER, case.minor-under-14",
			"2010-05-10, 2024-05-09, true, LIGHTER, case.minor-under-14",
			"2010-05-10, 2024-05-10, true, LIGHTER, case.minor-under-14",
			"2010-05-10, 2024-05-11, true, LIGHTER, -", "2010-05-10, 2024-05-11, true, MITIGATED, -",
			"2010-05-10, 2024-05-11, true, ORDINARY, case.minor-must-be-lenient",
			"2010-05-10, 2027-05-11, true, HEAVIER, case.minor-must-be-lenient",
			"2010-05-10, 2028-05-10, true, ORDINARY, case.minor-must-be-lenient",
			"2010-05-10, 2028-05-10, true, -, case.minor-must-be-lenient",
			"2010-05-10, 2028-05-11, true, ORDINARY, -", "2010-05-10, 2028-05-11, true, HEAVIER, -",
			"2010-05-10, 2023-05-11, false, -, -", "2010-05-10, 2024-05-11, false, ORDINARY, -",
			"-, 2024-05-11, true, ORDINARY, -" })
	void minorsAreNotPenalisedUnder14AndLeniently14To17(@Nullable LocalDate birthDate, LocalDate actOn,
			boolean penalised, @Nullable DiscretionTier tier, @Nullable String reason) {
		assertThat(MinorAge.reasonsAgainst(birthDate, actOn, penalised, tier)).isEqualTo(listOf(reason));
	}

	@ParameterizedTest(name = "{0}, already fined {1}: {2}")
	@CsvSource(nullValues = "-", value = { "FINE, true, case.act-already-fined",
			"FINE;WARNING, true, case.act-already-fined", "WARNING, true, -", "WARNING;CONFISCATE_ILLEGAL_GAINS, true, -",
			"FINE, false, -" })
	void anActIsFinedOnlyOnce(String proposed, boolean sameActAlreadyFined, @Nullable String reason) {
		assertThat(OneActOneFine.reasonAgainst(kinds(proposed), sameActAlreadyFined))
			.isEqualTo(Optional.ofNullable(reason));
	}

	@ParameterizedTest(name = "served {0}, due {1}, decided {2}, waived {3}, hearing pending {4}: {5}")
	@CsvSource(nullValues = "-", value = { "2024-06-03, 2024-06-07, 2024-06-07, false, false, case.response-period-running",
			"2024-06-03, 2024-06-07, 2024-06-08, false, false, -", "2024-06-03, 2024-06-07, 2024-06-05, true, false, -",
			"2024-06-03, 2024-06-07, 2024-06-03, true, false, -",
			"2024-06-03, 2024-06-07, 2024-06-08, false, true, case.hearing-pending",
			"2024-06-03, 2024-06-07, 2024-06-05, true, true, case.hearing-pending",
			"-, -, 2024-06-08, true, false, case.notice-not-served",
			"2024-06-10, 2024-06-14, 2024-06-08, true, false, case.notice-not-served",
			"2024-06-03, -, 2024-06-20, false, false, case.response-period-running",
			"2024-06-03, -, 2024-06-20, true, false, -" })
	void noDecisionBeforeTheNoticeIsServedAndAnswered(@Nullable LocalDate noticeServedOn,
			@Nullable LocalDate responseDue, LocalDate decidedOn, boolean expresslyWaived, boolean hearingPending,
			@Nullable String reason) {
		assertThat(NoticePeriod.reasonAgainstDecision(noticeServedOn, responseDue, decidedOn, expresslyWaived,
				hearingPending))
			.isEqualTo(Optional.ofNullable(reason));
	}

	@ParameterizedTest(name = "notified {0} {1}, decided {2} {3}, responded {4}: {5}")
	@CsvSource(nullValues = "-", value = { "FINE, 1000, FINE, 1000.00, true, -",
			"FINE, 1000, FINE, 1000.01, true, case.heavier-than-notified", "FINE, 1000, FINE, 999.99, true, -",
			"FINE, 1000, FINE;WARNING, 1000, true, case.heavier-than-notified", "FINE;WARNING, 1000, WARNING, -, true, -",
			"FINE;REVOKE_LICENCE, 5000, REVOKE_LICENCE, -, true, -",
			"WARNING, -, FINE, 100, true, case.heavier-than-notified",
			"FINE, 1000, FINE;SUSPEND_LICENCE, 2000, false, -" })
	void aPartyWhoRespondedGetsNothingHeavierThanNotified(String notifiedKinds, @Nullable BigDecimal notifiedFine,
			String decidedKinds, @Nullable BigDecimal decidedFine, boolean responded, @Nullable String reason) {
		assertThat(NoHeavierPenalty.reasonAgainst(kinds(notifiedKinds), notifiedFine, kinds(decidedKinds), decidedFine,
				responded))
			.isEqualTo(Optional.ofNullable(reason));
	}

	@ParameterizedTest(name = "{0}, fine {1}, confiscated {2}, {3} as natural person {4}: {5}")
	@CsvSource(nullValues = "-", value = { "FINE, 10000, -, NATURAL_PERSON, false, true",
			"FINE, 9999.99, -, NATURAL_PERSON, false, false", "FINE, 100000, -, ORGANISATION, true, true",
			"FINE, 99999.99, -, ORGANISATION, true, false", "FINE, 10000, -, INDIVIDUAL_BUSINESS, true, true",
			"FINE, 9999.99, -, INDIVIDUAL_BUSINESS, true, false", "FINE, 10000, -, INDIVIDUAL_BUSINESS, false, false",
			"FINE, 100000, -, INDIVIDUAL_BUSINESS, false, true", "FINE, 99999.99, -, INDIVIDUAL_BUSINESS, false, false",
			"CONFISCATE_ILLEGAL_GAINS, -, 10000, NATURAL_PERSON, false, true",
			"CONFISCATE_ILLEGAL_PROPERTY, -, 9999.99, NATURAL_PERSON, false, false",
			"FINE;CONFISCATE_ILLEGAL_GAINS, 5000, 5000, NATURAL_PERSON, false, false",
			"REVOKE_LICENCE, -, -, ORGANISATION, false, true", "LOWER_QUALIFICATION, -, -, ORGANISATION, false, true",
			"ORDER_SUSPENSION, -, -, ORGANISATION, false, true", "ORDER_CLOSURE, -, -, ORGANISATION, false, true",
			"RESTRICT_PRACTICE, -, -, NATURAL_PERSON, false, true",
			"RESTRICT_BUSINESS, -, -, ORGANISATION, false, true", "WARNING;FINE, 200, -, NATURAL_PERSON, false, false" })
	void theHearingRightComesWithLargeAmountsAndSevereKinds(String kinds, @Nullable BigDecimal fine,
			@Nullable BigDecimal confiscatedValue, PartyKind party, boolean individualBusinessAsNaturalPerson,
			boolean applies) {
		assertThat(HearingScope.applies(kinds(kinds), fine, confiscatedValue, party, individualBusinessAsNaturalPerson,
				THRESHOLDS))
			.isEqualTo(applies);
	}

	@Test
	void hearingThresholdsAreConfigurable() {
		var publicSecurity = new HearingScope.Thresholds(new BigDecimal("2000"), new BigDecimal("10000"));
		assertThat(HearingScope.applies(kinds("FINE"), new BigDecimal("2000"), null, PartyKind.NATURAL_PERSON, true,
				publicSecurity))
			.isTrue();
		assertThat(HearingScope.applies(kinds("FINE"), new BigDecimal("2000"), null, PartyKind.NATURAL_PERSON, true,
				THRESHOLDS))
			.isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HearingScope.Thresholds(BigDecimal.ZERO, new BigDecimal("10000")));
	}

	@ParameterizedTest(name = "applies {0}, notified {1}: {2}")
	@CsvSource(nullValues = "-", value = { "true, false, case.hearing-right-not-notified", "true, true, -",
			"false, false, -" })
	void theNoticeNamesTheHearingRightWhenItApplies(boolean applies, boolean notified, @Nullable String reason) {
		assertThat(HearingScope.reasonAgainstNotice(applies, notified)).isEqualTo(Optional.ofNullable(reason));
	}

	@ParameterizedTest(name = "public interest {0}, rights after hearing {1}, complex {2}, by law {3}: {4}")
	@CsvSource({ "false, false, false, false, false", "true, false, false, false, true",
			"false, true, false, false, true", "false, false, true, false, true", "false, false, false, true, true" })
	void anyOfTheFourGroundsRequiresALegalReview(boolean publicInterest, boolean rightsAfterHearing, boolean complex,
			boolean byLaw, boolean required) {
		assertThat(LegalReview.required(publicInterest, rightsAfterHearing, complex, byLaw)).isEqualTo(required);
	}

	@Test
	void aHandlerMayNotReviewTheirOwnCase() {
		assertThat(LegalReview.reasonsAgainstReviewer(7, Set.of(3L, 7L))).containsExactly("case.reviewer-is-handler");
		assertThat(LegalReview.reasonsAgainstReviewer(9, Set.of(3L, 7L))).isEmpty();
		assertThat(LegalReview.reasonsAgainstReviewer(9, Set.of())).isEmpty();
	}

	@ParameterizedTest(name = "complex {0}, legal review {1}, penalty {2}: {3}")
	@CsvSource({ "true, false, true, true", "false, true, true, true", "true, true, true, true",
			"false, false, true, false", "true, false, false, false", "false, true, false, false" })
	void headsDiscussPenaltiesInComplexOrReviewedCasesCollectively(boolean complexOrMajor, boolean legalReview,
			boolean penaltyProposed, boolean required) {
		assertThat(CollectiveDiscussion.required(complexOrMajor, legalReview, penaltyProposed)).isEqualTo(required);
	}

	@ParameterizedTest(name = "{0} yuan due {1}, on {2}, pauses {3}: {4} days, {5}, capped {6}")
	@CsvSource(nullValues = "-", value = { "1000, 2024-03-15, 2024-03-16, -, 1, 30.00, false",
			"1000, 2024-03-15, 2024-03-15, -, 0, 0.00, false", "1000, 2024-03-15, 2024-03-01, -, 0, 0.00, false",
			"1000, 2024-03-15, 2024-04-17, -, 33, 990.00, false", "1000, 2024-03-15, 2024-04-18, -, 34, 1000.00, true",
			"1000, 2024-03-15, 2024-04-19, -, 35, 1000.00, true",
			"1000, 2024-03-15, 2024-03-25, 2024-03-18..2024-03-20, 7, 210.00, false",
			"1000, 2024-03-15, 2024-03-25, 2024-03-10..2024-03-17, 8, 240.00, false",
			"1000, 2024-03-15, 2024-03-25, 2024-03-18..2024-03-20;2024-03-19..2024-03-22, 5, 150.00, false",
			"1000, 2024-03-15, 2024-05-01, 2024-03-20.., 4, 120.00, false",
			"1000, 2024-03-15, 2024-03-25, 2024-04-01.., 10, 300.00, false",
			"1000, 2024-02-28, 2024-03-01, -, 2, 60.00, false", "333.33, 2024-03-15, 2024-03-16, -, 1, 10.00, false",
			"333.33, 2024-03-15, 2024-04-17, -, 33, 330.00, false",
			"333.33, 2024-03-15, 2024-04-18, -, 34, 333.33, true", "100.10, 2024-03-15, 2024-03-17, -, 2, 6.01, false",
			"101.50, 2024-03-15, 2024-03-16, -, 1, 3.05, false", "0.01, 2024-03-15, 2024-04-17, -, 33, 0.01, false",
			"0.01, 2024-03-15, 2024-04-18, -, 34, 0.01, true" })
	void surchargeIsThreePercentADayCappedAtTheFineAndPausedDuringAppeals(BigDecimal fine, LocalDate paymentDue,
			LocalDate day, @Nullable String pauses, int days, BigDecimal amount, boolean capped) {
		Surcharge.Statement statement = Surcharge.on(fine, List.of(new Surcharge.Owed(fine, paymentDue, null)), day,
				pauses(pauses), BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(List.of(statement.days(), statement.amount(), statement.capped(), statement.accrued()))
			.containsExactly(days, amount, capped, amount);
	}

	/**
	 * A deferred or split fine (处罚法 §66) grows from each instalment's own due date until that instalment is paid;
	 * the cap is on the whole fine; relief agreed (强制法 §42) and surcharge paid before are not owed again.
	 */
	@ParameterizedTest(name = "{0} in parts {1}, on {2}, relief {3}, paid {4}: {5} days, {6} grown, {7} owed, cap {8}")
	@CsvSource({ // parts: amount@due[@paidOn];…
			"1000, 500@2024-03-15;500@2024-04-15, 2024-03-20, 0, 0, 5, 75.00, 75.00, false",
			"1000, 500@2024-03-15;500@2024-04-15, 2024-04-20, 0, 0, 36, 615.00, 615.00, false", // 36×15 + 5×15
			"1000, 500@2024-03-15@2024-03-20;500@2024-04-15, 2024-04-20, 0, 75, 5, 150.00, 75.00, false",
			"1000, 500@2024-03-15;500@2024-04-15, 2024-06-15, 0, 0, 92, 1000.00, 1000.00, true",
			"1000, 1000@2024-03-15, 2024-03-25, 300, 0, 10, 300.00, 0.00, false", // waived in full
			"1000, 1000@2024-03-15, 2024-03-27, 300, 0, 12, 360.00, 60.00, false", // relief fixed, growth goes on
			"1000, 1000@2024-03-15, 2024-03-25, 200, 50, 10, 300.00, 50.00, false",
			"1000, 1000@2024-03-15, 2024-03-14, 0, 0, 0, 0.00, 0.00, false" })
	void instalmentsGrowFromTheirOwnDueDatesAndReliefAndPaymentsAreNotOwedAgain(BigDecimal fine, String parts,
			LocalDate day, BigDecimal relieved, BigDecimal paid, int days, BigDecimal accrued, BigDecimal owed,
			boolean capped) {
		List<Surcharge.Owed> owing = Arrays.stream(parts.split(";")).map(p -> p.split("@"))
			.map(p -> new Surcharge.Owed(new BigDecimal(p[0]), LocalDate.parse(p[1]),
					p.length > 2 ? LocalDate.parse(p[2]) : null))
			.toList();
		Surcharge.Statement statement = Surcharge.on(fine, owing, day, List.of(), relieved, paid);
		assertThat(List.of(statement.days(), statement.accrued(), statement.amount(), statement.capped()))
			.containsExactly(days, accrued, owed, capped);
	}

	@Test
	void aPauseCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Surcharge.Pause(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 19)));
	}

	private static Set<PenaltyKind> kinds(String names) {
		Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
		Arrays.stream(names.split(";")).map(String::strip).map(PenaltyKind::valueOf).forEach(kinds::add);
		return kinds;
	}

	private static List<String> listOf(@Nullable String reason) {
		return reason == null ? List.of() : List.of(reason);
	}

	/** "from..to;from.." → pauses; an empty {@code to} leaves the pause open. */
	private static List<Surcharge.Pause> pauses(@Nullable String spec) {
		if (spec == null) {
			return List.of();
		}
		return Arrays.stream(spec.split(";")).map(p -> p.split("\\.\\.", -1)).map(p -> new Surcharge.Pause(
				LocalDate.parse(p[0]), p[1].isEmpty() ? null : LocalDate.parse(p[1]))).toList();
	}
}
