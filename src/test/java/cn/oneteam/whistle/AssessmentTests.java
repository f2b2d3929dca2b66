package cn.oneteam.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of 一事一评 scores, weights, on-time and whistle rates, and the bounds of a requirement. */
class AssessmentTests {

	@Test
	void aRatingScoresTheMeanOfItsDimensionsOnAHundredPointScale() {
		assertThat(Assessment.ratingScore(List.of(5, 5, 5, 5))).isEqualByComparingTo("100");
		assertThat(Assessment.ratingScore(List.of(1, 1, 1, 1))).isEqualByComparingTo("20");
		assertThat(Assessment.ratingScore(List.of(5, 4, 4, 3))).isEqualByComparingTo("80");
		assertThat(Assessment.ratingScore(List.of(5, 4, 4))).isEqualByComparingTo("86.67");
	}

	@ParameterizedTest
	@CsvSource({ "0, 80, 90, 0.00, 90.00", "30, 80, 90, 24.00, 87.00", "60, 80, 90, 48.00, 84.00",
			"100, 80, 90, 80.00, 80.00", "30, 86.67, 70, 26.00, 75.00" })
	void theCombinedScoreWeighsTheRatingsAgainstTheOtherScore(int weight, BigDecimal rating, BigDecimal other,
			BigDecimal part, BigDecimal combined) {
		Assessment assessment = new Assessment(weight, rating, other);
		assertThat(assessment.ratingPart()).isEqualByComparingTo(part);
		assertThat(assessment.combined()).isEqualByComparingTo(combined);
	}

	@Test
	void withoutTheOtherScoreOnlyTheRatingPartShows() {
		Assessment assessment = new Assessment(30, new BigDecimal("80"), null);
		assertThat(assessment.ratingPart()).isEqualByComparingTo("24");
		assertThat(assessment.combined()).isNull();
		assertThat(new Assessment(30, null, new BigDecimal("90")).combined()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "-1", "101" })
	void aWeightOutsideZeroToAHundredIsRefused(int weight) {
		assertThatThrownBy(() -> new Assessment(weight, null, null)).isInstanceOf(WhistleViolation.class)
			.hasMessage("whistle.weight-out-of-range");
	}

	@Test
	void onTimeRatesCountDecidedClocksOnly() {
		assertThat(new OnTimeRate(3, 4).percent()).isEqualByComparingTo("75.0");
		assertThat(new OnTimeRate(2, 3).percent()).isEqualByComparingTo("66.7");
		assertThat(new OnTimeRate(0, 0).percent()).isNull();
	}

	@Test
	void theWhistleRateIsWhistlesPerHundredEventsWhenIntakeCountsThem() {
		EventCounts stub = (township, from, to) -> OptionalLong.of(township.value().equals("632802001") ? 40 : 0);
		DivisionCode hexi = DivisionCode.of("632802001");
		LocalDate from = LocalDate.of(2026, 11, 1);
		LocalDate to = LocalDate.of(2026, 11, 20);
		Long events = stub.received(hexi, from, to).getAsLong();
		assertThat(township(hexi.value(), 6, events).ratePercent()).isEqualByComparingTo("15.0");
		assertThat(township("632802100", 2, stub.received(DivisionCode.of("632802100"), from, to).getAsLong())
			.ratePercent()).isNull();
		assertThat(EventCounts.UNKNOWN.received(hexi, from, to)).isEmpty();
		assertThat(township(hexi.value(), 6, null).ratePercent()).isNull();
	}

	private static Scores.TownshipRate township(String code, long whistles, Long events) {
		return new Scores.TownshipRate(code, code, whistles, new OnTimeRate(0, 0), null, events);
	}

	@ParameterizedTest
	@CsvSource({ "4, 120, 5", "1441, 1441, 5", "30, 9, 5", "30, 4321, 5", "30, 120, 0", "30, 120, 61", "60, 30, 5" })
	void aRequirementOutsideItsBoundsIsRefused(int report, int arrive, int resolve) {
		assertThatThrownBy(() -> new ResponseRequirement(report, arrive, resolve).checked())
			.isInstanceOf(WhistleViolation.class)
			.hasMessage("whistle.requirement-out-of-bounds");
	}

	@Test
	void theBoundsThemselvesAreAccepted() {
		assertThat(new ResponseRequirement(5, 10, 1).checked().reportMinutes()).isEqualTo(5);
		assertThat(new ResponseRequirement(1440, 4320, 60).checked().resolveWorkingDays()).isEqualTo(60);
	}
}
