package cn.oneteam.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The valid and invalid numbers of docs/adr/0019-subject-register.md (the reference's examples). */
class IdNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "360426199101010071", "44011320141005001X",
			"110102199101010078", "412723199010050012" })
	void acceptsTheReferenceNumbers(String input) {
		IdNumber number = IdNumber.of(input);
		assertThat(number.value()).isEqualTo(input);
		assertThat(number.kind()).isEqualTo(IdNumber.Kind.RESIDENT);
	}

	@Test
	void readsTheDateOfBirthAndALowerCaseX() {
		IdNumber number = IdNumber.of("11010519491231002x");
		assertThat(number.value()).isEqualTo("11010519491231002X");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void knowsResidencePermitsAndForeignPermanentResidents() {
		String hongKong = "81000019900101001";
		String foreign = "93115619900101001";
		assertThat(IdNumber.of(hongKong + IdNumber.checkCharacter(hongKong)).kind())
			.isEqualTo(IdNumber.Kind.HMT_RESIDENCE_PERMIT);
		assertThat(IdNumber.of(foreign + IdNumber.checkCharacter(foreign)).kind())
			.isEqualTo(IdNumber.Kind.FOREIGN_PERMANENT_RESIDENT);
	}

	@Test
	void isShownMaskedByThePersonalDataRules() {
		IdNumber number = IdNumber.of("11010519491231002X");
		assertThat(number.masked()).isEqualTo("1****************X").isEqualTo(PersonalData.maskText(number.value()));
		assertThat(number.toString()).doesNotContain("19491231");
	}

	@ParameterizedTest(name = "{0} refused: {1} {2}")
	@CsvSource(delimiter = '|', value = { "36042619910102009X|idnumber.check|3,X",
			"360426199113010079|idnumber.birth-date|19911301", "T60426199101010078|idnumber.character|1,T",
			"360426199102300071|idnumber.birth-date|19910230", "360426179901010071|idnumber.birth-date|17990101",
			"360426299901010071|idnumber.birth-date|29990101", "36042619910101007|idnumber.length|17",
			"3604261991010100711|idnumber.length|19", "110105491231002|idnumber.length|15",
			"1101051949123100X2|idnumber.character|17,X", "11010519491231002Y|idnumber.character|18,Y",
			"01010519491231002X|idnumber.region|01", "110105194912310021|idnumber.check|X,1" })
	void refusesWithTheReason(String input, String code, String arguments) {
		assertThatThrownBy(() -> IdNumber.of(input)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.code()).isEqualTo(code);
			assertThat(String.join(",", violation.arguments())).isEqualTo(arguments);
		});
	}

	@Test
	void everyDigitChangedInAValidNumberIsCaught() {
		String valid = "360426199101010071";
		for (int i = 0; i < valid.length(); i++) {
			for (char c = '0'; c <= '9'; c++) {
				if (c == valid.charAt(i)) {
					continue;
				}
				String changed = valid.substring(0, i) + c + valid.substring(i + 1);
				assertThatThrownBy(() -> IdNumber.of(changed)).as(changed).isInstanceOf(RuleViolation.class);
			}
		}
	}
}
