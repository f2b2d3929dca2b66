/**
 * 信用监管 — credit and risk grade of regulated subjects: the facts that count (decided penalties, the 经营异常名录 and
 * 严重违法失信名单 entries, later complaints and inspections), the rules as data, the class A–D with its history and
 * reasons, the publication periods of penalties and credit repair (docs/adr/0022-credit-and-risk.md,
 * docs/legal/credit.md). Its API: {@link cn.oneteam.credit.Credit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "信用监管",
		allowedDependencies = { "casehandling", "casehandling :: events", "catalog", "intake", "platform", "shared",
				"subject" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.credit;
