package cn.oneteam.credit;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.credit}: the periods of docs/legal/credit.md that are secondary or local, as configuration — the
 * serious list's term and the abnormal list's escalation (3 years), the publication periods on GSXT (45号令: 3 months
 * for 通报批评 or a low fine, the provincial low-fine threshold, 3 years otherwise) and on 信用中国 (NDRC 36号: general
 * 1 year, serious 3 years at most), and the repair waiting periods (6 months; 12 for the matters of food, drugs and
 * special equipment, named by matter-code prefix; 1 year for the serious list).
 */
@ConfigurationProperties("oneteam.credit")
record CreditProperties(@DefaultValue("P3Y") Period seriousTerm, @DefaultValue("P3Y") Period abnormalEscalation,
		@DefaultValue Publication publication, @DefaultValue Repair repair) {

	/** docs/legal/credit.md#publication-periods. */
	record Publication(@DefaultValue("P3M") Period gsxtShort, @DefaultValue("P3Y") Period gsxtLong,
			@DefaultValue("3000") BigDecimal lowFine, @DefaultValue("P1Y") Period ndrcGeneral,
			@DefaultValue("P3Y") Period ndrcSerious) {
	}

	/** docs/legal/credit.md#credit-repair. */
	record Repair(@DefaultValue("P6M") Period waiting, @DefaultValue("P12M") Period longWaiting,
			@DefaultValue("") List<String> longWaitingMatters, @DefaultValue("P1Y") Period seriousWaiting) {

		/** The waiting period of a penalty for the matter. */
		Period waitingFor(@org.jspecify.annotations.Nullable String matterCode) {
			return matterCode != null && longWaitingMatters.stream().anyMatch(p -> !p.isBlank() && matterCode.startsWith(p))
					? longWaiting : waiting;
		}
	}
}
