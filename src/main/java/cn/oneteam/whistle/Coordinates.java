package cn.oneteam.whistle;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * WGS-84 coordinates of an arrival: both or neither, and inside China's bounding box (latitude 3.86–53.56 N,
 * longitude 73.66–135.05 E), so that swapped or zero coordinates are refused.
 */
final class Coordinates {

	private static final BigDecimal MIN_LATITUDE = new BigDecimal("3.86");

	private static final BigDecimal MAX_LATITUDE = new BigDecimal("53.56");

	private static final BigDecimal MIN_LONGITUDE = new BigDecimal("73.66");

	private static final BigDecimal MAX_LONGITUDE = new BigDecimal("135.05");

	private Coordinates() {
	}

	static void check(@Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
		if (latitude == null && longitude == null) {
			return;
		}
		if (latitude == null || longitude == null || latitude.compareTo(MIN_LATITUDE) < 0
				|| latitude.compareTo(MAX_LATITUDE) > 0 || longitude.compareTo(MIN_LONGITUDE) < 0
				|| longitude.compareTo(MAX_LONGITUDE) > 0) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.coordinates-invalid",
					String.valueOf(latitude), String.valueOf(longitude));
		}
	}
}
