package cn.oneteam.region;

import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TownshipKindTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "632802001, SUBDISTRICT", "632802099, SUBDISTRICT", "632802100, TOWN", "632802200, TOWNSHIP",
			"150781300, ETHNIC_TOWNSHIP", "632802400, OTHER", "632802599, OTHER", "632802900, OTHER" })
	void derivesTheKindFromTheSeventhDigit(String code, TownshipKind kind) {
		assertThat(TownshipKind.of(DivisionCode.of(code))).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "63", "6328", "632802", "632802001001" })
	void onlyTownshipsHaveAKind(String code) {
		assertThat(TownshipKind.of(DivisionCode.of(code))).isNull();
	}
}
