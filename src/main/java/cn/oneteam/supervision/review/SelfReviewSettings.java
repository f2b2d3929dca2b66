package cn.oneteam.supervision.review;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.supervision.self-review}: the points a self-review deducts per defect of a scored item, never more
 * than the item is worth (docs/adr/0034-scoring-standards-and-self-review.md). The defaults are the common deductions
 * of docs/legal/supervision.md#case-file-review (late filing 1, no investigation report 3, no review of the defence 2,
 * no service documentation 2, preservation not handled in time 1–5, form items 0.5–2); the others are a LOCAL example,
 * to confirm locally.
 */
@ConfigurationProperties("oneteam.supervision.self-review")
public record SelfReviewSettings(@DefaultValue("1") BigDecimal lateFiling, @DefaultValue("3") BigDecimal noReport,
		@DefaultValue("2") BigDecimal statementNotReviewed, @DefaultValue("2") BigDecimal serviceNotDocumented,
		@DefaultValue("2") BigDecimal periodBreached, @DefaultValue("3") BigDecimal measureLate,
		@DefaultValue("1") BigDecimal publishedLate, @DefaultValue("2") BigDecimal notPublished,
		@DefaultValue("2") BigDecimal numberGap, @DefaultValue("1") BigDecimal documentOutOfOrder) {
}
