package cn.oneteam.supervision.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * How many of a body's closed cases a campaign draws (docs/adr/0035-review-campaigns-and-rectification.md): none of
 * none, the ratio rounded up, at least the minimum, never more than there are.
 */
class CampaignDrawCountTests {

	private static int n(int size, String ratio, int minimum) {
		return Campaigns.drawCount(size, new BigDecimal(ratio), minimum);
	}

	@Test
	void aBodyWithoutClosedCasesDrawsNone() {
		assertThat(n(0, "10", 1)).isZero();
		assertThat(n(0, "100", 5)).isZero();
	}

	@Test
	void theRatioIsRoundedUpAndAtLeastTheMinimum() {
		assertThat(n(1, "10", 1)).isEqualTo(1);
		assertThat(n(9, "10", 1)).isEqualTo(1);
		assertThat(n(10, "10", 1)).isEqualTo(1);
		assertThat(n(11, "10", 1)).isEqualTo(2);
		assertThat(n(20, "10", 1)).isEqualTo(2);
		assertThat(n(21, "10", 1)).isEqualTo(3);
		assertThat(n(19, "12.5", 1)).isEqualTo(3);
		assertThat(n(100, "0.01", 1)).isEqualTo(1);
		assertThat(n(40, "10", 5)).isEqualTo(5);
	}

	@Test
	void neverMoreThanTheBodyClosed() {
		assertThat(n(3, "10", 5)).isEqualTo(3);
		assertThat(n(7, "100", 1)).isEqualTo(7);
	}
}
