package cn.oneteam.shared;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 行政区划代码: a division code of GB/T 2260 (2, 4, 6 digits) or the statistical 9 and 12 digit forms.
 * A 6-digit code padded with zeros ({@code 632800}) is read as the city or province it names.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode>, Serializable {

	private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

	public DivisionCode {
		if (value == null || !DIGITS.matcher(value).matches()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "division.code-malformed", String.valueOf(value));
		}
		value = normalise(value);
	}

	@JsonCreator
	public static DivisionCode of(String value) {
		return new DivisionCode(value == null ? null : value.trim());
	}

	private static String normalise(String value) {
		if (value.length() == 6 && value.endsWith("0000")) {
			return value.substring(0, 2);
		}
		if (value.length() == 6 && value.endsWith("00")) {
			return value.substring(0, 4);
		}
		return value;
	}

	public DivisionLevel level() {
		return DivisionLevel.ofLength(value.length());
	}

	public Optional<DivisionCode> parent() {
		return level().parent().map(p -> new DivisionCode(value.substring(0, p.codeLength())));
	}

	/** True when this division is the given one or lies inside it. */
	public boolean isWithin(DivisionCode other) {
		return value.startsWith(other.value);
	}

	@Override
	public int compareTo(DivisionCode o) {
		return value.compareTo(o.value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
