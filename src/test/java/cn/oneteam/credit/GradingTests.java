package cn.oneteam.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The class from the rules as data (docs/legal/credit.md#risk-classes): the score at each threshold and one below,
 * a fact's period the day before, on and after its end, an ended fact, and the serious list forcing D.
 */
class GradingTests {

	static final List<ClassThreshold> THRESHOLDS = List.of(new ClassThreshold(CreditClass.A, 0),
			new ClassThreshold(CreditClass.B, 10), new ClassThreshold(CreditClass.C, 30),
			new ClassThreshold(CreditClass.D, 60));

	static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	static CreditFact fact(long id, FactKind kind, LocalDate on, LocalDate until, @Nullable LocalDate ended) {
		return new CreditFact(id, 1, kind, "test:" + id, on, until, ended, "r", null, null, null, null, false, null,
				null);
	}

	/** Every kind weighs 1 point, counts 12 months, forces nothing — but the serious list, which forces D. */
	static Map<FactKind, CreditRule> rules(int weight) {
		Map<FactKind, CreditRule> rules = new EnumMap<>(FactKind.class);
		for (FactKind kind : FactKind.values()) {
			rules.put(kind, new CreditRule(kind, weight, 12, kind == FactKind.SERIOUS_LISTED ? CreditClass.D : null));
		}
		return rules;
	}

	private static Grading.Grade withScore(int points) {
		List<CreditFact> facts = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			facts.add(fact(i + 1, FactKind.PENALTY_SIMPLE, DAY.minusDays(1), DAY.plusDays(1), null));
		}
		return Grading.grade(facts, rules(1), THRESHOLDS, DAY);
	}

	@Test
	void theClassChangesExactlyAtEachThreshold() {
		assertThat(withScore(0).creditClass()).isEqualTo(CreditClass.A);
		assertThat(withScore(9).creditClass()).isEqualTo(CreditClass.A);
		assertThat(withScore(10).creditClass()).isEqualTo(CreditClass.B);
		assertThat(withScore(29).creditClass()).isEqualTo(CreditClass.B);
		assertThat(withScore(30).creditClass()).isEqualTo(CreditClass.C);
		assertThat(withScore(59).creditClass()).isEqualTo(CreditClass.C);
		assertThat(withScore(60).creditClass()).isEqualTo(CreditClass.D);
		assertThat(withScore(60).score()).isEqualTo(60);
		assertThat(withScore(60).reasons()).hasSize(60);
	}

	@Test
	void thresholdsAreDataNotConstants() {
		List<ClassThreshold> strict = List.of(new ClassThreshold(CreditClass.A, 0), new ClassThreshold(CreditClass.B, 1),
				new ClassThreshold(CreditClass.C, 2), new ClassThreshold(CreditClass.D, 3));
		CreditFact one = fact(1, FactKind.PENALTY_GENERAL, DAY, DAY, null);
		assertThat(Grading.grade(List.of(one), rules(2), strict, DAY).creditClass()).isEqualTo(CreditClass.C);
		assertThat(Grading.grade(List.of(one), rules(2), THRESHOLDS, DAY).creditClass()).isEqualTo(CreditClass.A);
	}

	@Test
	void aFactCountsFromItsDayThroughItsLastDayAndNotAfter() {
		LocalDate on = LocalDate.of(2026, 1, 10);
		LocalDate until = LocalDate.of(2027, 1, 10);
		CreditFact f = fact(7, FactKind.PENALTY_GENERAL, on, until, null);
		Map<FactKind, CreditRule> rules = rules(10);
		assertThat(Grading.grade(List.of(f), rules, THRESHOLDS, on.minusDays(1)).score()).isZero();
		assertThat(Grading.grade(List.of(f), rules, THRESHOLDS, on).score()).isEqualTo(10);
		assertThat(Grading.grade(List.of(f), rules, THRESHOLDS, until.minusDays(1)).creditClass()).isEqualTo(CreditClass.B);
		assertThat(Grading.grade(List.of(f), rules, THRESHOLDS, until).creditClass()).isEqualTo(CreditClass.B);
		assertThat(Grading.grade(List.of(f), rules, THRESHOLDS, until.plusDays(1)).creditClass()).isEqualTo(CreditClass.A);
		assertThat(Grading.grade(List.of(f), rules, THRESHOLDS, until).reasons())
			.containsExactly(new Grading.Reason(7, FactKind.PENALTY_GENERAL, 10));
	}

	@Test
	void anEndedFactStopsCountingOnTheDayItEnded() {
		LocalDate ended = DAY;
		CreditFact f = fact(3, FactKind.ABNORMAL_LISTED, DAY.minusMonths(2), DAY.plusYears(3), ended);
		assertThat(f.countsOn(ended.minusDays(1))).isTrue();
		assertThat(f.countsOn(ended)).isFalse();
		assertThat(f.countsOn(ended.plusDays(1))).isFalse();
	}

	@Test
	void theSeriousListForcesDWhateverTheScoreAndOnlyWhileItCounts() {
		CreditFact serious = fact(1, FactKind.SERIOUS_LISTED, DAY.minusYears(1), DAY.plusYears(2), null);
		Grading.Grade forced = Grading.grade(List.of(serious), rules(1), THRESHOLDS, DAY);
		assertThat(forced.creditClass()).isEqualTo(CreditClass.D);
		assertThat(forced.score()).isEqualTo(1);
		CreditFact removed = fact(1, FactKind.SERIOUS_LISTED, DAY.minusYears(1), DAY.plusYears(2), DAY);
		assertThat(Grading.grade(List.of(removed), rules(1), THRESHOLDS, DAY).creditClass()).isEqualTo(CreditClass.A);
	}

	@Test
	void aPenaltyIsPerformedWithoutAFineOrWithItsFinePaid() {
		LocalDate d = DAY;
		assertThat(new CreditFact(1, 1, FactKind.PENALTY_GENERAL, "s", d, d, null, "r", null, null, null,
				new BigDecimal("500.00"), false, null, null).performed()).isFalse();
		assertThat(new CreditFact(1, 1, FactKind.PENALTY_GENERAL, "s", d, d, null, "r", null, null, null,
				new BigDecimal("500.00"), true, null, null).performed()).isTrue();
		assertThat(fact(1, FactKind.PENALTY_GENERAL, d, d, null).performed()).isTrue();
	}
}
