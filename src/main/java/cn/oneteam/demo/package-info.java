/** 演示数据 — the demo profile: 海西州 with its seven county-level units, their townships, bodies and accounts for every role. */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据",
		allowedDependencies = { "calendar", "casehandling", "casehandling :: events", "catalog", "credit", "documents",
				"evidence", "exchange", "identity", "inspection", "inspection :: library", "intake", "organization",
				"region", "shared", "subject", "whistle" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.demo;
