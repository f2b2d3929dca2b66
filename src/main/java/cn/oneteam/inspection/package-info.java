/**
 * 行政检查 — inspections: the item lists (抽查事项清单), the libraries of targets and inspectors, annual plans and tasks,
 * the verifiable random draw (双随机), joint visits (综合查一次), inspection codes and results made public (一公开).
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政检查",
		allowedDependencies = { "platform", "shared", "subject", "subject :: quiet", "credit", "organization", "identity",
				"casehandling", "casehandling :: events",
				"region", "calendar" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection;
