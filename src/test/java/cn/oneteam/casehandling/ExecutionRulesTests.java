package cn.oneteam.casehandling;

import cn.oneteam.casehandling.execution.EnforcementTime;
import cn.oneteam.casehandling.execution.PaymentReference;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The execution rules that need no database: the night and holiday rule (强制法 §43) and the payment reference. */
class ExecutionRulesTests {

	private static final EnforcementTime.Night NIGHT = new EnforcementTime.Night(LocalTime.of(22, 0), LocalTime.of(6, 0));

	@ParameterizedTest(name = "{0}, holiday {1}, emergency {2} ({3}): {4}")
	@CsvSource({ "2026-04-20T21:59, false, false, , ''", "2026-04-20T22:00, false, false, , case.enforcement-at-night",
			"2026-04-21T05:59, false, false, , case.enforcement-at-night", "2026-04-21T06:00, false, false, , ''",
			"2026-05-01T10:00, true, false, , case.enforcement-on-holiday",
			"2026-05-01T23:00, true, false, , case.enforcement-at-night;case.enforcement-on-holiday",
			"2026-05-01T23:00, true, true, 当事人正在转移财物, ''",
			"2026-05-01T23:00, true, true, '  ', case.emergency-reason-missing" })
	void noEnforcementAtNightOrOnAStatutoryHolidayUnlessAnEmergencyIsStated(LocalDateTime at, boolean holiday,
			boolean emergency, String reason, String expected) {
		assertThat(String.join(";", EnforcementTime.reasonsAgainst(at, holiday, NIGHT, emergency, reason)))
			.isEqualTo(expected);
	}

	@Test
	void aNightWithinOneDayIsCountedToo() {
		EnforcementTime.Night afternoon = new EnforcementTime.Night(LocalTime.of(12, 0), LocalTime.of(14, 0));
		assertThat(afternoon.covers(LocalTime.of(11, 59))).isFalse();
		assertThat(afternoon.covers(LocalTime.of(12, 0))).isTrue();
		assertThat(afternoon.covers(LocalTime.of(14, 0))).isFalse();
	}

	@Test
	void thePaymentReferenceIsTwentyDigitsWithALuhnCheckDigit() {
		String reference = PaymentReference.of("632802", 2026, 1);
		assertThat(reference).isEqualTo("63280220260000000014"); // Luhn over the first 19 digits gives 4
		assertThat(PaymentReference.valid(reference)).isTrue();
		// one digit changed, or two neighbours swapped, no longer checks
		char last = reference.charAt(19);
		assertThat(PaymentReference.valid(reference.substring(0, 19) + (char) ('0' + (last - '0' + 1) % 10))).isFalse();
		assertThat(PaymentReference.valid("6328022026000000010" + last)).isFalse();
		assertThat(PaymentReference.valid("79927398713000000008")).isTrue(); // the classic Luhn vector, padded
		assertThatIllegalArgumentException().isThrownBy(() -> PaymentReference.of("63280", 2026, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> PaymentReference.of("632802", 2026, 1_000_000_000L));
	}
}
