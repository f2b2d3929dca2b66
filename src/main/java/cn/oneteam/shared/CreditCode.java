package cn.oneteam.shared;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters of the 31-symbol alphabet (digits and upper-case letters without I, O,
 * S, V, Z); position 1 the 登记管理部门码 and position 2 its 机构类别码 from the table the register accepts; positions 3–8
 * the registration authority's division (six digits, not checked against today's list, since divisions are retired);
 * positions 9–17 the organisation code of GB 11714-1997 with its own check character; position 18 the check character.
 * Lower-case input is read as upper case. A code that breaks a rule is refused with the position and the character, or
 * the check character expected (docs/adr/0019-subject-register.md).
 */
public record CreditCode(String value) implements Serializable {

	/** The GB 32100 alphabet; a character's value is its index. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** The GB 11714 alphabet: digits, then A = 10 … Z = 35. */
	private static final String ORGANISATION_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/** 登记管理部门码 → the 机构类别码 it defines (docs/adr/0019-subject-register.md). */
	private static final Map<Character, Set<Character>> CATEGORIES = Map.ofEntries(
			Map.entry('1', Set.of('1', '2', '3', '9')), Map.entry('2', Set.of('1', '9')),
			Map.entry('3', Set.of('1', '2', '3', '4', '5', '9')), Map.entry('4', Set.of('1', '9')),
			Map.entry('5', Set.of('1', '2', '3', '9')), Map.entry('6', Set.of('1', '2', '9')),
			Map.entry('7', Set.of('1', '2', '9')), Map.entry('8', Set.of('1', '9')),
			Map.entry('9', Set.of('1', '2', '3')), Map.entry('A', Set.of('1', '9')),
			Map.entry('N', Set.of('1', '2', '3', '9')), Map.entry('Y', Set.of('1')));

	public CreditCode {
		value = check(value);
	}

	@JsonCreator
	public static CreditCode of(String value) {
		return new CreditCode(value);
	}

	/**
	 * The code made of its first 16 characters (部门码, 类别码, division, organisation code body) and the two check
	 * characters computed: for generated demo and test subjects.
	 */
	public static CreditCode complete(String first16) {
		String upper = first16.toUpperCase(java.util.Locale.ROOT);
		String first17 = upper + organisationCheck(upper.substring(8, 16));
		return new CreditCode(first17 + checkCharacter(first17));
	}

	/** The 登记管理部门码 (position 1). */
	public char department() {
		return value.charAt(0);
	}

	/** The 机构类别码 (position 2). */
	public char category() {
		return value.charAt(1);
	}

	/** True for a 个体工商户 (工商 9, category 2). */
	public boolean isIndividualBusiness() {
		return value.startsWith("92");
	}

	/** The embedded organisation code as printed, {@code XXXXXXXX-X}. */
	public String organisationCode() {
		return value.substring(8, 16) + "-" + value.charAt(16);
	}

	private static String check(String input) {
		if (input == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "creditcode.length", 0);
		}
		String code = input.strip().toUpperCase(java.util.Locale.ROOT);
		if (code.length() != 18) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "creditcode.length", code.length());
		}
		for (int i = 0; i < 17; i++) {
			char c = code.charAt(i);
			boolean allowed = (i >= 2 && i < 8) ? c >= '0' && c <= '9' : ALPHABET.indexOf(c) >= 0;
			if (!allowed) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "creditcode.character", i + 1, c);
			}
		}
		Set<Character> categories = CATEGORIES.get(code.charAt(0));
		if (categories == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "creditcode.department", code.charAt(0));
		}
		if (!categories.contains(code.charAt(1))) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "creditcode.category", code.charAt(1), code.charAt(0));
		}
		// position 18 is not checked alone: any character other than the check character is wrong, and the answer
		// names the one expected
		char organisationCheck = organisationCheck(code.substring(8, 16));
		if (code.charAt(16) != organisationCheck) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "creditcode.organisation-check", organisationCheck,
					code.charAt(16));
		}
		char check = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != check) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "creditcode.check", check, code.charAt(17));
		}
		return code;
	}

	/** The GB 32100 check character of the first 17 characters: (31 − Σ Cᵢ·Wᵢ mod 31) mod 31. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/** The GB 11714 check character of an 8-character body: 11 − Σ mod 11, 10 → X, 11 → 0. */
	static char organisationCheck(String body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += ORGANISATION_ALPHABET.indexOf(body.charAt(i)) * ORGANISATION_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
