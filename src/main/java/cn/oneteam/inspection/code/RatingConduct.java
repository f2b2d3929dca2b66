package cn.oneteam.inspection.code;

/**
 * What the company may say the inspectors did (the 五个严禁 / 八个不得 of enterprise inspections, the duty to show the
 * certificate, and published items only; docs/adr/0029-inspection-code-public-check-and-rating.md).
 */
public enum RatingConduct {

	/** 索要或收受礼品、宴请、费用, or had the company bear the inspection's costs (逐利检查). */
	BENEFITS_SOUGHT,

	/** 指定中介: pushed a designated intermediary on the company. */
	INTERMEDIARY_IMPOSED,

	/** 干扰生产经营: disrupted the business. */
	BUSINESS_DISRUPTED,

	/** Required the legal representative to attend without need. */
	LEGAL_REPRESENTATIVE_SUMMONED,

	/** 乱查封、扣押, or ordered production stopped at every turn (任性处罚). */
	ARBITRARY_MEASURES,

	/** Did not show the enforcement certificate. */
	CERTIFICATE_NOT_SHOWN,

	/** Checked items beyond those the notice and the published list name. */
	ITEMS_BEYOND_NOTICE,

	/** 变相检查: inspected under the name of 观摩, 督导 or 考察. */
	DISGUISED_INSPECTION
}
