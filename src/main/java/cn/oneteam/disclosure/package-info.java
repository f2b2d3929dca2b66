/**
 * 执法公示 — the public portal: public read models without an account, beginning with the verification of an officer's
 * certificate (扫码亮证) (docs/adr/0040-public-portal-and-officer-verification.md), and the penalty decisions published
 * and withdrawn (事后公开, docs/adr/0043-published-decisions.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法公示",
		allowedDependencies = { "calendar", "casehandling", "casehandling :: events", "catalog", "documents",
				"inspection", "organization", "platform", "shared", "supervision" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.disclosure;
