/**
 * 行政执法监督 — supervision of enforcement by the 司法局: complaints about enforcement (执法投诉举报) from the public
 * and the 12345 hotline, accepted or refused and concluded against configurable periods on the official calendar
 * (docs/adr/0033-enforcement-complaints.md); scoring standards as data (docs/adr/0034-scoring-standards-and-self-review.md,
 * sub-package {@code standard}) and the self-review of a case file before closing, whose veto blocks it (sub-package
 * {@code review}); the alert board (docs/adr/0036-supervisors-alert-board.md, sub-package {@code alert}); the yearly
 * confirmation of enforcement bodies' qualification, kept by {@code organization}
 * (docs/adr/0037-enforcement-bodies-qualification.md); assessments of officers and bodies
 * (docs/adr/0039-assessments.md, sub-package {@code assessment}); review campaigns and rectification tasks
 * (docs/adr/0035-review-campaigns-and-rectification.md, sub-package {@code campaign}). Its API: {@link cn.oneteam.supervision.Complaints}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政执法监督",
		allowedDependencies = { "calendar", "casehandling", "catalog", "documents", "identity", "inspection :: code",
				"inspection :: draw", "inspection :: visit", "intake", "organization", "platform", "shared",
				"whistle" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision;
