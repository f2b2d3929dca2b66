package cn.oneteam.inspection.burden;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneteam.inspection.repeat-visit-threshold} (visits of one subject in a year, by one department or in total,
 * beyond which it is an alert when no cap applies) and {@code oneteam.inspection.unmerged-visit-days} (two visits of
 * one subject by different departments this many days apart or fewer, not merged, are an alert): local settings to
 * confirm, no statutory number (docs/adr/0031-inspection-burden.md).
 */
@ConfigurationProperties("oneteam.inspection")
record BurdenSettings(Integer repeatVisitThreshold, Integer unmergedVisitDays) {

	BurdenSettings {
		if (repeatVisitThreshold == null) {
			repeatVisitThreshold = 3;
		}
		if (unmergedVisitDays == null) {
			unmergedVisitDays = 30;
		}
		if (repeatVisitThreshold < 0 || unmergedVisitDays < 0) {
			throw new IllegalArgumentException(
					"oneteam.inspection.repeat-visit-threshold and unmerged-visit-days must not be negative");
		}
	}
}
