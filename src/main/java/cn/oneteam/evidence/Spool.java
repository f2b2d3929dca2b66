package cn.oneteam.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import cn.oneteam.shared.Spooled;

/**
 * How evidence passes: the buffer its bytes pass through, and the key a new file is kept under. Both stores receive a
 * file through {@link cn.oneteam.shared.Spooled} first: the local store then moves it into place, the S3 store sends it
 * with its length known.
 */
final class Spool {

	static final int BUFFER = Spooled.BUFFER;

	private Spool() {
	}

	/** A new key: the month it was kept in (Beijing time) and a random name, e.g. {@code 2026/11/0b1c…}. */
	static String newKey(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		return "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
	}
}
