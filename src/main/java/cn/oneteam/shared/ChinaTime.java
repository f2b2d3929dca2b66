package cn.oneteam.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** 北京时间: the zone of every date the platform records or computes. */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}

	/** The same instant as seen in Beijing, for showing a stored timestamp. */
	public static OffsetDateTime local(OffsetDateTime instant) {
		return instant.atZoneSameInstant(ZONE).toOffsetDateTime();
	}
}
