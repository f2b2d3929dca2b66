package cn.oneteam.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The valid and invalid codes of docs/adr/0019-subject-register.md (the reference's examples). */
class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91110000600037341L", "91110000101623741K", "911101066976941872", "91310115MA1K3BTP2B",
			"9144030071526726XG", "121200004013590816", "115113010833722043", "11511301008778183N",
			"92340602MA2PBMEM24", "113307277559109857" })
	void acceptsTheReferenceCodes(String input) {
		assertThat(CreditCode.of(input).value()).isEqualTo(input);
	}

	@Test
	void readsItsParts() {
		CreditCode code = CreditCode.of("91310115MA1K3BTP2B");
		assertThat(code.department()).isEqualTo('9');
		assertThat(code.category()).isEqualTo('1');
		assertThat(code.organisationCode()).isEqualTo("MA1K3BTP-2");
		assertThat(code.isIndividualBusiness()).isFalse();
		assertThat(CreditCode.of("92340602MA2PBMEM24").isIndividualBusiness()).isTrue();
		assertThat(CreditCode.of("9144030071526726XG").organisationCode()).isEqualTo("71526726-X");
	}

	@Test
	void completesAGeneratedCodeWithBothCheckCharacters() {
		assertThat(CreditCode.complete("91310115MA1K3BTP").value()).isEqualTo("91310115MA1K3BTP2B");
		assertThat(IdNumber.complete("11010519491231002").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void readsLowerCaseAndSpacesAroundAsTheCode() {
		assertThat(CreditCode.of(" 91310115ma1k3btp2b ").value()).isEqualTo("91310115MA1K3BTP2B");
	}

	@Test
	void computesTheGb11714CheckWithTheFullAlphabetNotTheCreditCodeOne() {
		assertThat(CreditCode.organisationCheck("MA1K3BTP")).isEqualTo('2');
		assertThat(CreditCode.organisationCheck("60003734")).isEqualTo('1');
		assertThat(CreditCode.organisationCheck("71526726")).isEqualTo('X');
	}

	@ParameterizedTest(name = "{0} refused: {1} {2}")
	@CsvSource(delimiter = '|', value = {
			// the standard's own illustrative code computes 3
			"91350100M000100Y4Z|creditcode.check|3,Z",
			// legacy Fujian pilot codes issued before the check was enforced
			"91350100M0001TGQXM|creditcode.check|1,M",
			"91110000600037341N|creditcode.check|L,N",
			// one character of the organisation code changed: its own check no longer holds
			"91110000600037441L|creditcode.organisation-check|8,1",
			"9111000060003IOZSV|creditcode.character|14,I",
			"9111000060003734IL|creditcode.character|17,I",
			"911A0000600037341L|creditcode.character|4,A",
			"91110000600037341|creditcode.length|17",
			"91110000600037341LL|creditcode.length|19",
			"|creditcode.length|0",
			"B1110000600037341L|creditcode.department|B",
			"94110000600037341L|creditcode.category|4,9",
			// A is a registration authority (军队) in the table, so A1 passes positions 1-2 and fails the check
			"A1110000600037341L|creditcode.check|K,L" })
	void refusesWithTheReason(String input, String code, String arguments) {
		assertThatThrownBy(() -> CreditCode.of(input == null ? "" : input)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> {
					assertThat(violation.code()).isEqualTo(code);
					assertThat(violation.status()).isEqualTo(RuleViolation.BAD_REQUEST);
					assertThat(String.join(",", violation.arguments())).isEqualTo(arguments);
				});
	}

	@Test
	void everyCharacterChangedInAValidCodeIsCaught() {
		String valid = "91310115MA1K3BTP2B";
		for (int i = 0; i < valid.length(); i++) {
			for (char c : CreditCode.ALPHABET.toCharArray()) {
				if (c == valid.charAt(i)) {
					continue;
				}
				String changed = valid.substring(0, i) + c + valid.substring(i + 1);
				assertThatThrownBy(() -> CreditCode.of(changed)).as(changed).isInstanceOf(RuleViolation.class);
			}
		}
	}
}
