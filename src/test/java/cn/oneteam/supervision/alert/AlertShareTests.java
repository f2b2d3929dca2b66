package cn.oneteam.supervision.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.oneteam.supervision.alert.AlertPattern.Measure;
import org.junit.jupiter.api.Test;

/**
 * A share is judged against its threshold exactly, not through the one-decimal figure shown
 * (docs/adr/0036-supervisors-alert-board.md): 2 of 3 cases is 66.666… per cent.
 */
class AlertShareTests {

	private static AlertBoard.Figure share(long count, long sample) {
		return new AlertBoard.Figure(1, "", "", AlertBoard.percent(count, sample), count, sample);
	}

	@Test
	void aShareReachesAThresholdWithTwoDecimalsExactly() {
		assertThat(AlertBoard.percent(2, 3)).isEqualByComparingTo("66.6");
		assertThat(AlertBoard.reaches(Measure.SHARE, share(2, 3), new BigDecimal("66.65"))).isTrue();
		assertThat(AlertBoard.reaches(Measure.SHARE, share(2, 3), new BigDecimal("66.66"))).isTrue();
		assertThat(AlertBoard.reaches(Measure.SHARE, share(2, 3), new BigDecimal("66.67"))).isFalse();
		assertThat(AlertBoard.reaches(Measure.SHARE, share(1, 4), new BigDecimal("25"))).isTrue(); // at, not only above
		assertThat(AlertBoard.reaches(Measure.SHARE, share(1, 4), new BigDecimal("25.01"))).isFalse();
	}

	@Test
	void aCountReachesItsThresholdAtIt() {
		AlertBoard.Figure three = new AlertBoard.Figure(1, "", "", BigDecimal.valueOf(3), 3, 0);
		assertThat(AlertBoard.reaches(Measure.COUNT, three, BigDecimal.valueOf(3))).isTrue();
		assertThat(AlertBoard.reaches(Measure.COUNT, three, BigDecimal.valueOf(4))).isFalse();
	}
}
