package cn.oneteam.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 公民身份号码 (GB 11643-1999) and the numbers built the same way: 18 characters, 17 digits and a check character
 * (ISO 7064 MOD 11-2, {@code X} for ten; a lower-case {@code x} is read as upper case); positions 1–2 a province
 * (GB/T 2260), {@code 81}/{@code 82}/{@code 83} for the 港澳台居民居住证, a leading {@code 9} for the 2023
 * 外国人永久居留身份证; positions 7–14 a real date of birth, not in the future. A number that breaks a rule is refused
 * with the position and the character, or the check character expected. It is never shown whole where it need not be:
 * {@link #masked()} uses the one masking of {@link PersonalData} (docs/adr/0019-subject-register.md).
 */
public record IdNumber(String value) implements Serializable {

	/** What kind of document the number belongs to. */
	public enum Kind {

		/** 居民身份证. */
		RESIDENT,

		/** 港澳台居民居住证 (81 Hong Kong, 82 Macao, 83 Taiwan). */
		HMT_RESIDENCE_PERMIT,

		/** 外国人永久居留身份证 (2023 edition, leading 9). */
		FOREIGN_PERMANENT_RESIDENT

	}

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	/** The provinces of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao) and 83 of the Taiwan residence permit. */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65", "71", "81", "82", "83");

	/** No date of birth before this (the standard's own example is born in 1880). */
	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

	public IdNumber {
		value = check(value);
	}

	@JsonCreator
	public static IdNumber of(String value) {
		return new IdNumber(value);
	}

	/** The number made of its first 17 digits and the check character computed: for generated test subjects. */
	public static IdNumber complete(String first17) {
		return new IdNumber(first17 + checkCharacter(first17));
	}

	public Kind kind() {
		if (value.charAt(0) == '9') {
			return Kind.FOREIGN_PERMANENT_RESIDENT;
		}
		return value.startsWith("8") ? Kind.HMT_RESIDENCE_PERMIT : Kind.RESIDENT;
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
				Integer.parseInt(value.substring(12, 14)));
	}

	/**
	 * The number as it may be shown: the first and the last character (docs/adr/0010-personal-data-masking.md); also
	 * what JSON carries, so that no answer holds the whole number by accident.
	 */
	@JsonValue
	public String masked() {
		return PersonalData.maskText(value);
	}

	/** Never the whole number in logs or messages. */
	@Override
	public String toString() {
		return masked();
	}

	/**
	 * Whether the text is such a number, without telling why not and without throwing: for deciding what to mask where
	 * codes of persons and of organisations stand side by side (a draw's population, docs/adr/0026-the-draw.md).
	 */
	public static boolean isValid(@Nullable String input) {
		return input != null && refusal(input.strip().toUpperCase(Locale.ROOT)) == null;
	}

	private static String check(String input) {
		if (input == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "idnumber.length", 0);
		}
		String number = input.strip().toUpperCase(Locale.ROOT);
		Refusal refusal = refusal(number);
		if (refusal != null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, refusal.code(), refusal.arguments());
		}
		return number;
	}

	/** Why the number is refused: a message code and its arguments. */
	private record Refusal(String code, Object... arguments) {
	}

	private static @Nullable Refusal refusal(String number) {
		if (number.length() != 18) {
			return new Refusal("idnumber.length", number.length());
		}
		for (int i = 0; i < 18; i++) {
			char c = number.charAt(i);
			if (!(c >= '0' && c <= '9' || i == 17 && c == 'X')) {
				return new Refusal("idnumber.character", i + 1, c);
			}
		}
		if (number.charAt(0) != '9' && !PROVINCES.contains(number.substring(0, 2))) {
			return new Refusal("idnumber.region", number.substring(0, 2));
		}
		String birth = number.substring(6, 14);
		int year = Integer.parseInt(birth.substring(0, 4));
		int month = Integer.parseInt(birth.substring(4, 6));
		int day = Integer.parseInt(birth.substring(6, 8));
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return new Refusal("idnumber.birth-date", birth);
		}
		LocalDate date = LocalDate.of(year, month, day);
		if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now(ChinaTime.ZONE))) {
			return new Refusal("idnumber.birth-date", birth);
		}
		char check = checkCharacter(number.substring(0, 17));
		if (number.charAt(17) != check) {
			return new Refusal("idnumber.check", check, number.charAt(17));
		}
		return null;
	}

	/** ISO 7064 MOD 11-2 over the first 17 digits. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}
}
