package cn.oneteam.inspection;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneteam.inspection.ordinary-ratio-cap}: the highest sampling ratio (a fraction, 0.2 = 20 %) a task with an
 * ordinary (一般) item may use — set locally, to confirm (docs/adr/0025-inspection-items-and-plans.md).
 */
@ConfigurationProperties("oneteam.inspection")
record InspectionSettings(BigDecimal ordinaryRatioCap) {

	InspectionSettings {
		if (ordinaryRatioCap == null) {
			ordinaryRatioCap = new BigDecimal("0.2");
		}
	}
}
