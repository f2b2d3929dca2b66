package cn.oneteam.casehandling.execution;

/**
 * 缴款识别码 of a decided fine: the 6-digit county code of the place, the year of the decision, a 9-digit serial and a
 * Luhn check digit — 20 digits a bank or payment platform quotes back when the party pays (罚缴分离, 处罚法 §67).
 */
public final class PaymentReference {

	static final int LENGTH = 20;

	private PaymentReference() {
	}

	public static String of(String countyCode, int year, long serial) {
		if (!countyCode.matches("\\d{6}") || year < 1000 || year > 9999 || serial < 1 || serial > 999_999_999L) {
			throw new IllegalArgumentException("payment reference out of range");
		}
		String body = countyCode + year + String.format("%09d", serial);
		return body + checkDigit(body);
	}

	/** Whether the text is a well-formed reference (length and check digit). */
	public static boolean valid(String reference) {
		return reference.matches("\\d{" + LENGTH + "}")
				&& checkDigit(reference.substring(0, LENGTH - 1)) == reference.charAt(LENGTH - 1);
	}

	/** Luhn: from the right, every second digit of the body doubled. */
	private static char checkDigit(String body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			int d = body.charAt(body.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return (char) ('0' + (10 - sum % 10) % 10);
	}
}
