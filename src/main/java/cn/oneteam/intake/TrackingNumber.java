package cn.oneteam.intake;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * 查询编号: what the reporter follows the event with — {@code SJ}, the day received, five random characters (no
 * 0/O, 1/I/L) and a check character (weighted sum modulo 31), e.g. {@code SJ20261127K7QX3M}. Random, so that one
 * number says nothing about the next; the check character catches a mistyped one before the database is asked.
 */
final class TrackingNumber {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final String VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final Pattern SHAPE = Pattern.compile("SJ\\d{8}[" + ALPHABET + "]{6}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingNumber() {
	}

	static String next(LocalDate day) {
		StringBuilder body = new StringBuilder("SJ").append(day.format(DateTimeFormatter.BASIC_ISO_DATE));
		for (int i = 0; i < 5; i++) {
			body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return body.append(check(body)).toString();
	}

	/** True when the text has the shape of a tracking number and its check character matches. */
	static boolean valid(String text) {
		return SHAPE.matcher(text).matches() && check(text.substring(0, text.length() - 1)) == text.charAt(text.length() - 1);
	}

	private static char check(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum += (i + 1) * VALUES.indexOf(body.charAt(i));
		}
		return ALPHABET.charAt(sum % ALPHABET.length());
	}
}
