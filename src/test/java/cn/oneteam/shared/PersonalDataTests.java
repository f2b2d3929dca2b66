package cn.oneteam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import cn.oneteam.shared.PersonalData.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The masking corpus (docs/adr/0010-personal-data-masking.md): every common spelling of each kind of personal data is
 * found and masked inside a sentence, and what only looks like it — dates, amounts, tracking, case, statute and
 * division numbers — is left as written.
 */
class PersonalDataTests {

	static Stream<Arguments> positives() {
		return PersonalDataCorpus.POSITIVES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
	}

	@ParameterizedTest
	@MethodSource("positives")
	void findsAndMasksEachSpellingInsideASentence(String value, Kind kind) {
		String text = "居民反映油烟直排，联系方式" + value + "，请尽快处理。";
		assertThat(PersonalData.find(text)).singleElement().satisfies(found -> {
			assertThat(found.kind()).isEqualTo(kind);
			assertThat(found.value()).isEqualTo(value);
		});
		String masked = PersonalData.maskText(text);
		assertThat(masked).doesNotContain(value).startsWith("居民反映油烟直排，联系方式").endsWith("，请尽快处理。").contains("*");
		String digits = digits(value);
		if (digits.length() >= 7) {
			assertThat(digits(masked)).doesNotContain(digits);
		}
		if (kind == Kind.EMAIL) {
			assertThat(masked).doesNotContain(value.substring(0, value.indexOf('@')));
		}
		assertThat(PersonalData.find(masked)).isEmpty();
		assertThat(PersonalData.maskText(masked)).isEqualTo(masked);
	}

	@Test
	void leavesLookAlikesAsTheyAre() {
		assertThat(PersonalDataCorpus.NEGATIVES).allSatisfy(text -> {
			assertThat(PersonalData.find(text)).as(text).isEmpty();
			assertThat(PersonalData.maskText(text)).isEqualTo(text);
		});
	}

	@Test
	void masksByTheRulesOfTheAdr() {
		Map<String, String> expected = Map.ofEntries(Map.entry("13800138000", "138****8000"),
				Map.entry("+86 138 0013 8000", "+86 138****8000"), Map.entry("138-0013-8000", "138****8000"),
				Map.entry("0971-1234567", "0971-*****67"), Map.entry("(0971)1234567", "(0971)*****67"),
				Map.entry("wang.ming@example.cn", "w***@example.cn"), Map.entry("11010519491231002X", "1****************X"),
				Map.entry("110105491231002", "1*************2"), Map.entry("E12345678", "E*******8"),
				Map.entry("6222 0212 3456 7890", "************7890"));
		assertThat(expected).allSatisfy((raw, masked) -> assertThat(PersonalData.maskText("电话" + raw + "。"))
			.isEqualTo("电话" + masked + "。"));
	}

	@Test
	void masksSeveralKindsInOneTextAndKeepsTheRest() {
		String text = "2026-12-06投诉：身份证632802199012150036，手机+86 138 0013 8000，座机0977 8123456，"
				+ "邮箱wang.ming@example.cn，护照E12345678，卡号6222 0212 3456 7890；查询编号SJ20261127K7QX3M，罚款5000元。";
		assertThat(PersonalData.find(text)).extracting(PersonalData.Found::kind).containsExactly(Kind.ID_NUMBER,
				Kind.MOBILE, Kind.LANDLINE, Kind.EMAIL, Kind.PASSPORT, Kind.BANK_CARD);
		assertThat(PersonalData.maskText(text)).isEqualTo("2026-12-06投诉：身份证6" + "*".repeat(16) + "6，手机+86 138****8000，"
				+ "座机0977-*****56，邮箱w***@example.cn，护照E*******8，卡号************7890；查询编号SJ20261127K7QX3M，罚款5000元。");
	}

	@Test
	void masksContactFieldsAndNames() {
		assertThat(PersonalData.phone("13912345678")).isEqualTo("139****5678");
		assertThat(PersonalData.phone("+86 139 1234 5678")).isEqualTo("+86 139****5678");
		assertThat(PersonalData.phone("0977-8123456")).isEqualTo("0977-*****56");
		assertThat(PersonalData.phone("12345")).isEqualTo("*****");
		assertThat(PersonalData.email("wang.ming@example.cn")).isEqualTo("w***@example.cn");
		assertThat(PersonalData.name("李四光")).isEqualTo("李**");
		assertThat(PersonalData.name("欧阳修文")).isEqualTo("欧阳**");
		assertThat(PersonalData.nameAsMou("张三丰")).isEqualTo("张某某");
		assertThat(PersonalData.nameAsMou("王五")).isEqualTo("王某");
		assertThat(PersonalData.nameAsMou("欧阳修文")).isEqualTo("欧阳某某");
		assertThat(PersonalData.nameAsMou(" ")).isNull();
	}

	private static String digits(String text) {
		StringBuilder digits = new StringBuilder();
		text.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.getNumericValue(c)));
		return digits.toString();
	}
}
