package cn.oneteam.supervision.assessment;

import java.math.BigDecimal;
import java.util.List;

import cn.oneteam.supervision.Finding;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.supervision.assessment}: the weights of the parts of an officer's and of a body's assessment, the
 * points an upheld complaint costs, the yearly training hours that score full marks and the findings that uphold a
 * complaint. All are LOCAL configuration, not statute: docs/adr/0039-assessments.md gives the formula. The
 * weight of the townships' ratings in a body's assessment is the whistle module's ({@code whistle_rating_weight}).
 */
@ConfigurationProperties("oneteam.supervision.assessment")
public record AssessmentSettings(@DefaultValue Weights officer, @DefaultValue("50") int bodyTimeliness,
		@DefaultValue("30") int bodyReview, @DefaultValue("20") int bodyComplaints,
		@DefaultValue("10") BigDecimal officerComplaintPoints, @DefaultValue("5") BigDecimal bodyComplaintPoints,
		@DefaultValue("40") BigDecimal yearlyTrainingHours,
		@DefaultValue({ "SUBSTANTIATED", "PARTLY" }) List<Finding> upheldFindings) {

	/** An officer's parts: timeliness, review scores, complaints upheld, training hours (percent, summing to 100). */
	public record Weights(@DefaultValue("40") int timeliness, @DefaultValue("30") int review,
			@DefaultValue("20") int complaints, @DefaultValue("10") int training) {
	}
}
