package cn.oneteam.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.oneteam.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The draw against a fixed seed and population, keys and order computed here independently (docs/adr/0026-the-draw.md). */
class DrawEngineTests {

	static final String SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

	static String independentKey(String text) throws Exception {
		byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		StringBuilder hex = new StringBuilder();
		for (byte b : d) {
			hex.append(String.format("%02x", b & 0xff));
		}
		return hex.toString();
	}

	static List<String> codes(String prefix, int count) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			codes.add(prefix + String.format("%08d", i * 7919 % 100_000_000));
		}
		return codes;
	}

	static List<String> expected(String seed, List<String> codes, int n) throws Exception {
		List<String[]> keyed = new ArrayList<>();
		for (String c : codes) {
			keyed.add(new String[] { independentKey(seed + "|" + c), c });
		}
		keyed.sort(Comparator.comparing((String[] k) -> k[0]));
		return keyed.stream().limit(n).map(k -> k[1]).toList();
	}

	@Test
	void aCreditCodeIsPublishedWholeAndAPersonsNumberMaskedEvenWhenBothAreAllDigits() {
		String company = cn.oneteam.shared.CreditCode.complete("9163280238083344").value();
		String person = cn.oneteam.shared.IdNumber.complete("63280219900307123").value();
		assertThat(company).matches("[0-9]{17}[0-9A-Y]");
		assertThat(DrawEngine.shown(company)).isEqualTo(company);
		assertThat(DrawEngine.shown(person)).isNotEqualTo(person).doesNotContain("19900307");
		assertThat(DrawEngine.shown("9263280212345678MA")).isEqualTo("9263280212345678MA");
	}

	@Test
	void drawsTheSmallestKeysOfEachStratumInKeyOrder() throws Exception {
		List<String> a = codes("91330100MA", 40);
		List<String> b = codes("92330100MB", 200_000);
		List<DrawEngine.Drawn> drawn = DrawEngine.drawSubjects(SEED,
				List.of(new DrawEngine.Stratum("A", DrawEngine.Codes.of(a), 5),
						new DrawEngine.Stratum("B", DrawEngine.Codes.of(b), 37)));
		assertThat(drawn).extracting(DrawEngine.Drawn::stratum).containsExactly("A", "B");
		assertThat(drawn.get(0).size()).isEqualTo(40);
		assertThat(drawn.get(0).drawn()).containsExactlyElementsOf(expected(SEED, a, 5));
		assertThat(drawn.get(1).drawn()).containsExactlyElementsOf(expected(SEED, b, 37));
		// a different seed draws differently
		String other = SEED.replace('0', '1');
		assertThat(DrawEngine.drawSubjects(other, List.of(new DrawEngine.Stratum("B", DrawEngine.Codes.of(b), 37)))
			.get(0)
			.drawn()).containsExactlyElementsOf(expected(other, b, 37)).isNotEqualTo(drawn.get(1).drawn());
	}

	@Test
	void aKnownKeyAndTheWholeStratum() throws Exception {
		assertThat(DrawEngine.key(SEED, "91330100MA00000001"))
			.isEqualTo(independentKey(SEED + "|91330100MA00000001"));
		List<String> a = codes("91330100MA", 12);
		assertThat(DrawEngine.drawSubjects(SEED, List.of(new DrawEngine.Stratum("A", DrawEngine.Codes.of(a), 12)))
			.get(0)
			.drawn()).containsExactlyElementsOf(expected(SEED, a, 12));
	}

	@Test
	void thePopulationTextMasksNaturalPersonsAndItsHashIsStreamedTheSame() throws Exception {
		String person = "110101199003074514";
		List<DrawEngine.Stratum> strata = List.of(
				new DrawEngine.Stratum("A", DrawEngine.Codes.of(List.of("91330100MA00000001", person)), 1),
				new DrawEngine.Stratum("C", DrawEngine.Codes.of(List.of("91330100MA00000002")), 0));
		String text = DrawEngine.populationText(strata);
		assertThat(text).isEqualTo("A,91330100MA00000001\nA,1****************4\nC,91330100MA00000002\n");
		assertThat(DrawEngine.populationSha256(strata)).isEqualTo(independentKey(text));
	}

	@Test
	void inspectorsByTheirOwnKeyAndAShortfallAnswersNone() throws Exception {
		List<String> certificates = List.of("ZJ-0001", "ZJ-0002", "ZJ-0003", "ZJ-0004", "ZJ-0005");
		String subject = "91330100MA00000001";
		List<String[]> keyed = new ArrayList<>();
		for (String c : certificates) {
			keyed.add(new String[] { independentKey(SEED + "|" + subject + "|" + c), c });
		}
		keyed.sort(Comparator.comparing((String[] k) -> k[0]));
		assertThat(DrawEngine.drawInspectors(SEED, subject, certificates, 2)).containsExactly(keyed.get(0)[1],
				keyed.get(1)[1]);
		assertThat(DrawEngine.drawInspectors(SEED, subject, List.of("ZJ-0001"), 2)).isEmpty();
	}

	@Test
	void badStrataAndSeedsAreRefused() {
		assertThatThrownBy(() -> new DrawEngine.Stratum("A,B", DrawEngine.Codes.of(List.of("x")), 1))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> new DrawEngine.Stratum("A", DrawEngine.Codes.of(List.of("x")), 2))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> DrawEngine.drawSubjects("abc", List.of())).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> DrawEngine.drawSubjects(SEED,
				List.of(new DrawEngine.Stratum("A", DrawEngine.Codes.of(List.of("x", "x", "y")), 3))))
			.isInstanceOf(RuleViolation.class);
	}
}
