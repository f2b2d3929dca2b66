package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Benchmark tiers stay inside the statutory fine, at the range edges; local tier strategies. */
class DiscretionRulesTests {

	private static final StatutoryFine FIVE_TO_FIFTY_THOUSAND = StatutoryFine.amount(new BigDecimal("5000"),
			new BigDecimal("50000"));

	private static final StatutoryFine UP_TO_A_THOUSAND = StatutoryFine.amount(null, new BigDecimal("1000"));

	private static BenchmarkTier tier(DiscretionTier tier, String min, String max) {
		return new BenchmarkTier(tier, PartyType.ANY, List.of(), Set.of(PenaltyKind.FINE),
				min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max));
	}

	@ParameterizedTest(name = "{0} {1}–{2} inside 5,000–50,000: {3}")
	@CsvSource({ "LIGHTER, 5000, 20000, true", "LIGHTER, 4999.99, 20000, false", "HEAVIER, 35000, 50000, true",
			"HEAVIER, 35000, 50000.01, false", "ORDINARY, 20000, 19999, false", "MITIGATED, 2000, 5000, true",
			"MITIGATED, 2000, 5000.01, false", "MITIGATED, 0, 4999, true" })
	void tiersStayInsideTheStatutoryRange(DiscretionTier kind, String min, String max, boolean inside) {
		BenchmarkTier tier = tier(kind, min, max);
		if (inside) {
			assertThatCode(() -> tier.checkAgainst(FIVE_TO_FIFTY_THOUSAND)).doesNotThrowAnyException();
		}
		else {
			assertThatThrownBy(() -> tier.checkAgainst(FIVE_TO_FIFTY_THOUSAND)).isInstanceOfSatisfying(
					CatalogViolation.class, v -> assertThat(v.code()).isEqualTo("discretion.tier-outside-statutory-range"));
		}
	}

	@Test
	void noPenaltyTiersFineNothingAndMitigationNeedsAMinimum() {
		assertThatThrownBy(() -> tier(DiscretionTier.NO_PENALTY, "0", "100").checkAgainst(FIVE_TO_FIFTY_THOUSAND))
			.isInstanceOf(CatalogViolation.class);
		assertThatCode(() -> new BenchmarkTier(DiscretionTier.NO_PENALTY, PartyType.ANY, List.of(), Set.of(), null, null)
			.checkAgainst(FIVE_TO_FIFTY_THOUSAND)).doesNotThrowAnyException();
		assertThatThrownBy(() -> tier(DiscretionTier.MITIGATED, "0", "100").checkAgainst(UP_TO_A_THOUSAND))
			.isInstanceOf(CatalogViolation.class);
		assertThatCode(() -> tier(DiscretionTier.LIGHTER, "0", "200").checkAgainst(UP_TO_A_THOUSAND))
			.doesNotThrowAnyException();
	}

	@Test
	void equalThirdsSplitsTheStatutoryRange() {
		assertThat(TierStrategy.EQUAL_THIRDS.proposeFor(FIVE_TO_FIFTY_THOUSAND))
			.extracting(t -> t.tier() + " " + t.min().toPlainString() + "-" + t.max().toPlainString())
			.containsExactly("LIGHTER 5000.00-20000.00", "ORDINARY 20000.00-35000.00", "HEAVIER 35000.00-50000.00");
		assertThat(TierStrategy.EQUAL_THIRDS.proposeFor(StatutoryFine.multiple(BigDecimal.ONE, new BigDecimal("5"), "违法所得")))
			.extracting(t -> t.max().toPlainString())
			.containsExactly("2.33", "3.67", "5.00");
	}

	@Test
	void shareOfTheMaximumAppliesWhenOnlyAMaximumIsGiven() {
		assertThat(TierStrategy.SHARE_OF_MAXIMUM.proposeFor(UP_TO_A_THOUSAND))
			.extracting(t -> t.tier() + " " + t.min().toPlainString() + "-" + t.max().toPlainString())
			.containsExactly("LIGHTER 0.00-200.00", "ORDINARY 400.00-600.00", "HEAVIER 600.00-1000.00");
		assertThatThrownBy(() -> TierStrategy.SHARE_OF_MAXIMUM.proposeFor(FIVE_TO_FIFTY_THOUSAND))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("discretion.strategy-not-applicable"));
		assertThatThrownBy(() -> TierStrategy.EQUAL_THIRDS.proposeFor(StatutoryFine.NONE))
			.isInstanceOf(CatalogViolation.class);
	}

	@Test
	void aStatutoryFineIsCoherent() {
		assertThatThrownBy(() -> StatutoryFine.amount(new BigDecimal("500"), new BigDecimal("100")))
			.isInstanceOf(CatalogViolation.class);
		assertThatThrownBy(() -> new StatutoryFine(StatutoryFine.FineKind.MULTIPLE, BigDecimal.ONE, BigDecimal.TEN, null))
			.isInstanceOf(CatalogViolation.class);
	}
}
