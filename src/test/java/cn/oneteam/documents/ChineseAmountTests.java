package cn.oneteam.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 大写金额 on the vectors and rule examples of docs/legal/records.md#amounts-in-words. */
class ChineseAmountTests {

	@ParameterizedTest
	@CsvSource({ "1000, 壹仟元整", "200, 贰佰元整", "3000, 叁仟元整", "50000, 伍万元整", "100700, 壹拾万零柒佰元整",
			"9800005000, 玖拾捌亿零伍仟元整", "199.85, 壹佰玖拾玖元捌角伍分", "0, 零元整", "1409.50, 壹仟肆佰零玖元伍角",
			"6007.14, 陆仟零柒元壹角肆分", "16409.02, 壹万陆仟肆佰零玖元零贰分", "325.04, 叁佰贰拾伍元零肆分",
			"1680.32, 壹仟陆佰捌拾元叁角贰分", "107000.53, 壹拾万零柒仟元伍角叁分", "10, 壹拾元整", "0.05, 伍分",
			"0.50, 伍角", "1000000000000, 壹万亿元整", "20000.00, 贰万元整" })
	void vectors(BigDecimal yuan, String upper) {
		assertThat(ChineseAmount.upper(yuan)).isEqualTo(upper);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "0.001", "10000000000000000" })
	void notAnAmount(String yuan) {
		assertThatThrownBy(() -> ChineseAmount.upper(new BigDecimal(yuan))).isInstanceOf(IllegalArgumentException.class);
	}
}
