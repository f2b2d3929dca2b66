package cn.oneteam.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionCodeTests {

	@ParameterizedTest(name = "{0} is {1} at level {2}")
	@CsvSource({ "63, 63, PROVINCE", "630000, 63, PROVINCE", "6328, 6328, CITY", "632800, 6328, CITY",
			"632802, 632802, COUNTY", "632802001, 632802001, TOWNSHIP", "632802001001, 632802001001, VILLAGE" })
	void normalisesAndKnowsItsLevel(String input, String value, DivisionLevel level) {
		DivisionCode code = DivisionCode.of(input);
		assertThat(code.value()).isEqualTo(value);
		assertThat(code.level()).isEqualTo(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "6", "632", "63280", "6328021", "63280200", "6328020010", "63280200100",
			"6328020010011", "63a802", " 632802x" })
	void rejectsMalformedCodes(String input) {
		assertThatThrownBy(() -> DivisionCode.of(input)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("division.code-malformed"));
	}

	@Test
	void knowsItsParentsAndWhereItLies() {
		DivisionCode village = DivisionCode.of("632802001001");
		assertThat(village.parent()).contains(DivisionCode.of("632802001"));
		assertThat(DivisionCode.of("63").parent()).isEmpty();
		assertThat(village.isWithin(DivisionCode.of("6328"))).isTrue();
		assertThat(village.isWithin(village)).isTrue();
		assertThat(village.isWithin(DivisionCode.of("632801"))).isFalse();
		assertThat(DivisionCode.of("6328").isWithin(village)).isFalse();
	}
}
