package cn.oneteam.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * 个人信息保护: a reporter's contact as it may be shown — the family name, the first three and last four digits, the
 * first letter of a mailbox.
 */
final class Masking {

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private Masking() {
	}

	static @Nullable String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String trimmed = name.strip();
		return trimmed.codePoints().count() <= 1 ? "*" : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "*".repeat(
				(int) trimmed.codePoints().count() - 1);
	}

	static @Nullable String phone(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String digits = phone.strip();
		return digits.length() <= 7 ? "*".repeat(digits.length())
				: digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
	}

	/** Mobile numbers and e-mail addresses written into free text (a description), masked as the contact fields are. */
	static String inText(String text) {
		String phones = MOBILE.matcher(text).replaceAll(m -> phone(m.group()));
		return EMAIL.matcher(phones).replaceAll(m -> Matcher.quoteReplacement(email(m.group())));
	}

	static @Nullable String email(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 1 ? "*" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}
}
