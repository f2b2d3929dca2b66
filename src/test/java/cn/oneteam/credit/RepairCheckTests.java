package cn.oneteam.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The conditions of credit repair (docs/legal/credit.md#credit-repair): the waiting period the day before and on its
 * last day, the longer wait for food matters, the fine paid, a later penalty for the same matter, an open list entry,
 * the serious list after a year, facts that are not repaired.
 */
class RepairCheckTests {

	static final CreditProperties PROPERTIES = PublicationTests.PROPERTIES;

	static final LocalDate DECIDED = LocalDate.of(2026, 1, 15);

	static CreditFact penalty(long id, String matter, LocalDate on, String fine, boolean paid) {
		return new CreditFact(id, 1, FactKind.PENALTY_GENERAL, "case:" + id, on, on.plusYears(3), null, "r", id, matter,
				"D" + id, new BigDecimal(fine), paid, on.plusYears(3), on.plusYears(1));
	}

	private static Optional<String> check(CreditFact fact, List<CreditFact> all, List<ListKind> open, LocalDate today) {
		return RepairCheck.check(fact, all, open, today, PROPERTIES).map(RepairCheck.Refusal::code);
	}

	@Test
	void aPenaltyIsRepairedFromSixMonthsAfterItsDecision() {
		CreditFact fine = penalty(1, "HX-CG-001", DECIDED, "5000", true);
		assertThat(RepairCheck.eligibleOn(fine, PROPERTIES)).isEqualTo(LocalDate.of(2026, 7, 15));
		assertThat(check(fine, List.of(fine), List.of(), LocalDate.of(2026, 7, 14))).contains("credit.repair.too-early");
		assertThat(check(fine, List.of(fine), List.of(), LocalDate.of(2026, 7, 15))).isEmpty();
		assertThat(check(fine, List.of(fine), List.of(), LocalDate.of(2026, 7, 16))).isEmpty();
		assertThat(RepairCheck.check(fine, List.of(fine), List.of(), LocalDate.of(2026, 7, 14), PROPERTIES).orElseThrow()
			.arguments()).containsExactly(LocalDate.of(2026, 7, 15));
	}

	@Test
	void foodMattersWaitTwelveMonths() {
		CreditFact food = penalty(1, "FOOD-7", DECIDED, "5000", true);
		assertThat(check(food, List.of(food), List.of(), LocalDate.of(2027, 1, 14))).contains("credit.repair.too-early");
		assertThat(check(food, List.of(food), List.of(), LocalDate.of(2027, 1, 15))).isEmpty();
	}

	@Test
	void theFineMustBePaidNoLaterPenaltyOfTheSameMatterAndNoOpenList() {
		LocalDate late = DECIDED.plusYears(1);
		CreditFact unpaid = penalty(1, "HX-CG-001", DECIDED, "5000", false);
		assertThat(check(unpaid, List.of(unpaid), List.of(), late)).contains("credit.repair.not-performed");
		CreditFact paid = penalty(1, "HX-CG-001", DECIDED, "5000", true);
		CreditFact again = penalty(2, "HX-CG-001", DECIDED.plusMonths(2), "6000", true);
		CreditFact other = penalty(3, "HX-CG-002", DECIDED.plusMonths(2), "6000", true);
		assertThat(check(paid, List.of(paid, again), List.of(), late)).contains("credit.repair.new-penalty");
		assertThat(check(paid, List.of(paid, other), List.of(), late)).isEmpty();
		assertThat(check(paid, List.of(paid), List.of(ListKind.ABNORMAL), late)).contains("credit.repair.listed");
	}

	@Test
	void aLowFineExpiresByItselfAndHeavierPenaltiesAndListingsAreNotRepaired() {
		CreditFact low = new CreditFact(1, 1, FactKind.PENALTY_GENERAL, "case:1", DECIDED, DECIDED.plusYears(3), null,
				"r", 1L, "HX-CG-001", "D1", new BigDecimal("500"), true, DECIDED.plusMonths(3), DECIDED.plusYears(1));
		assertThat(check(low, List.of(low), List.of(), DECIDED.plusMonths(7))).contains("credit.repair.expires-by-itself");
		CreditFact heavier = other(FactKind.HEAVIER_PENALTY, null);
		assertThat(check(heavier, List.of(heavier), List.of(), DECIDED.plusYears(2))).contains("credit.repair.not-repairable");
		CreditFact abnormal = other(FactKind.ABNORMAL_LISTED, null);
		assertThat(check(abnormal, List.of(abnormal), List.of(), DECIDED.plusYears(2))).contains("credit.repair.not-repairable");
		CreditFact ended = other(FactKind.SERIOUS_LISTED, DECIDED.plusMonths(1));
		assertThat(check(ended, List.of(ended), List.of(), DECIDED.plusYears(2))).contains("credit.repair.not-counting");
	}

	@Test
	void theSeriousListIsRepairedAfterAYearWithItsPenaltyPerformed() {
		CreditFact serious = new CreditFact(9, 1, FactKind.SERIOUS_LISTED, "list:1", DECIDED, DECIDED.plusYears(3), null,
				"r", 5L, null, "D5", null, false, null, null);
		CreditFact unpaid = penalty(5, "HX-CG-001", DECIDED.minusDays(10), "90000", false);
		assertThat(check(serious, List.of(serious), List.of(), DECIDED.plusYears(1).minusDays(1)))
			.contains("credit.repair.too-early");
		assertThat(check(serious, List.of(serious), List.of(), DECIDED.plusYears(1))).isEmpty();
		assertThat(check(serious, List.of(serious, unpaid), List.of(), DECIDED.plusYears(1)))
			.contains("credit.repair.not-performed");
		CreditFact heavier = new CreditFact(11, 1, FactKind.HEAVIER_PENALTY, "case:11", DECIDED.plusMonths(3),
				DECIDED.plusYears(3), null, "r", 11L, "HX-CG-009", "D11", null, false, null, null);
		assertThat(check(serious, List.of(serious, heavier), List.of(), DECIDED.plusYears(1)))
			.contains("credit.repair.new-penalty");
	}

	private static CreditFact other(FactKind kind, @Nullable LocalDate ended) {
		return new CreditFact(1, 1, kind, "x:1", DECIDED, DECIDED.plusYears(3), ended, "r", null, null, null, null, false,
				null, null);
	}
}
