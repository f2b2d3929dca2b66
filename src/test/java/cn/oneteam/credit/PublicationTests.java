package cn.oneteam.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.PenaltyCase.Procedure;
import cn.oneteam.catalog.PenaltyKind;
import org.junit.jupiter.api.Test;

/**
 * Publication periods per decided penalty (docs/legal/credit.md#publication-periods): on GSXT none for the simple
 * procedure and a warning alone, 3 months for 通报批评 or a low fine, 3 years otherwise; on 信用中国 none for minor
 * penalties, 1 year for general ones, 3 years for heavier ones; the last day n months after the decision.
 */
class PublicationTests {

	static final CreditProperties PROPERTIES = new CreditProperties(Period.ofYears(3), Period.ofYears(3),
			new CreditProperties.Publication(Period.ofMonths(3), Period.ofYears(3), new BigDecimal("3000"),
					Period.ofYears(1), Period.ofYears(3)),
			new CreditProperties.Repair(Period.ofMonths(6), Period.ofMonths(12), List.of("FOOD-"), Period.ofYears(1)));

	static final LocalDate DECIDED = LocalDate.of(2026, 3, 31);

	private static Publication.Until until(Procedure procedure, Set<PenaltyKind> kinds, String fine) {
		FactKind kind = Publication.kindOf(procedure, kinds);
		return Publication.until(kind, kinds, fine == null ? null : new BigDecimal(fine), DECIDED,
				PROPERTIES.publication());
	}

	@Test
	void theKindOfADecidedPenalty() {
		assertThat(Publication.kindOf(Procedure.SIMPLE, Set.of(PenaltyKind.FINE))).isEqualTo(FactKind.PENALTY_SIMPLE);
		assertThat(Publication.kindOf(Procedure.GENERAL, Set.of(PenaltyKind.WARNING))).isEqualTo(FactKind.PENALTY_WARNING);
		assertThat(Publication.kindOf(Procedure.GENERAL, Set.of(PenaltyKind.WARNING, PenaltyKind.FINE)))
			.isEqualTo(FactKind.PENALTY_GENERAL);
		assertThat(Publication.kindOf(Procedure.GENERAL, Set.of(PenaltyKind.FINE, PenaltyKind.REVOKE_LICENCE)))
			.isEqualTo(FactKind.HEAVIER_PENALTY);
		assertThat(Publication.kindOf(Procedure.GENERAL, Set.of(PenaltyKind.ORDER_SUSPENSION)))
			.isEqualTo(FactKind.HEAVIER_PENALTY);
	}

	@Test
	void theSimpleProcedureAndAWarningAloneAreNotPublished() {
		assertThat(until(Procedure.SIMPLE, Set.of(PenaltyKind.FINE), "200")).isEqualTo(new Publication.Until(null, null));
		assertThat(until(Procedure.GENERAL, Set.of(PenaltyKind.WARNING), null))
			.isEqualTo(new Publication.Until(null, null));
	}

	@Test
	void aLowFineIsPublishedThreeMonthsOnGsxtAndAHigherOneThreeYears() {
		assertThat(until(Procedure.GENERAL, Set.of(PenaltyKind.FINE), "3000.00").gsxt())
			.isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(until(Procedure.GENERAL, Set.of(PenaltyKind.FINE), "3000.01").gsxt())
			.isEqualTo(LocalDate.of(2029, 3, 31));
		assertThat(until(Procedure.GENERAL, Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS), "100").gsxt())
			.isEqualTo(LocalDate.of(2029, 3, 31));
		assertThat(until(Procedure.GENERAL, Set.of(PenaltyKind.CIRCULATED_CRITICISM), null))
			.isEqualTo(new Publication.Until(LocalDate.of(2026, 6, 30), null));
	}

	@Test
	void creditChinaPublishesGeneralPenaltiesOneYearAndHeavierOnesThree() {
		assertThat(until(Procedure.GENERAL, Set.of(PenaltyKind.FINE), "5000").ndrc()).isEqualTo(LocalDate.of(2027, 3, 31));
		Publication.Until heavier = until(Procedure.GENERAL, Set.of(PenaltyKind.REVOKE_LICENCE), null);
		assertThat(heavier).isEqualTo(new Publication.Until(LocalDate.of(2029, 3, 31), LocalDate.of(2029, 3, 31)));
	}

	@Test
	void aPublishedPenaltyIsPublishedThroughItsLastDayAndNotAfter() {
		LocalDate last = until(Procedure.GENERAL, Set.of(PenaltyKind.FINE), "500").gsxt();
		// the month after 31 March has no 31st: three months later is 30 June (the start day not counted)
		assertThat(last).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(published(last, last.minusDays(1))).isTrue();
		assertThat(published(last, last)).isTrue();
		assertThat(published(last, last.plusDays(1))).isFalse();
	}

	private static boolean published(LocalDate until, LocalDate day) {
		return !day.isAfter(until);
	}
}
