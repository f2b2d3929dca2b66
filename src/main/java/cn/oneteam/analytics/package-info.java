/**
 * 统计分析 — the command centre: dashboards per role kept current from the modules' typed events, the map of the
 * territory, and the reform report computed from the records (issue 17).
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计分析",
		allowedDependencies = { "calendar", "casehandling", "casehandling :: events", "catalog", "documents",
				"identity", "inspection", "inspection :: burden", "intake", "organization", "platform", "region", "shared", "supervision",
				"whistle" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.analytics;
