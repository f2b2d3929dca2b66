package cn.oneteam.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.disclosure.statistics} (docs/adr/0045-annual-enforcement-statistics.md): the day of January from which
 * the scheduled scan publishes the previous year's reports ({@code publish-from-day}, 1 to 31: the first scan on or
 * after that day publishes; default 20, so that what is entered in January for the old year — decisions of late
 * December served later, payments, hearings — is in version 1) — never later than 31 January, the day the reports are
 * due (docs/legal/statistics.md).
 */
@ConfigurationProperties("oneteam.disclosure.statistics")
record StatisticsSettings(@DefaultValue("20") int publishFromDay) {

	StatisticsSettings {
		if (publishFromDay < 1 || publishFromDay > 31) {
			throw new IllegalArgumentException("oneteam.disclosure.statistics.publish-from-day must be a day of January "
					+ "(1 to 31), the reports being due on 31 January: " + publishFromDay);
		}
	}
}
