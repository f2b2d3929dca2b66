/**
 * 执法公示 — the public portal: public read models without an account, beginning with the verification of an officer's
 * certificate (扫码亮证) (docs/adr/0040-public-portal-and-officer-verification.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法公示",
		allowedDependencies = { "casehandling", "catalog", "inspection", "organization", "platform", "shared",
			"supervision" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.disclosure;
