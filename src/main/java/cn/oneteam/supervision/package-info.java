/**
 * 行政执法监督 — supervision of enforcement by the 司法局: complaints about enforcement (执法投诉举报) from the public
 * and the 12345 hotline, accepted or refused and concluded against configurable periods on the official calendar
 * (docs/adr/0033-enforcement-complaints.md); scoring standards as data (docs/adr/0034-scoring-standards-and-self-review.md,
 * sub-package {@code standard}). Its API: {@link cn.oneteam.supervision.Complaints}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政执法监督",
		allowedDependencies = { "calendar", "casehandling", "identity", "inspection :: draw", "inspection :: visit",
				"organization",
				"platform", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision;
