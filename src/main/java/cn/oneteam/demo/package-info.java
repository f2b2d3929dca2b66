/** 演示数据 — the demo profile: 海西州 with its seven county-level units, their townships, bodies and accounts for every role. */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据",
		allowedDependencies = { "calendar", "casehandling", "casehandling :: events", "catalog", "credit", "disclosure", "documents",
				"evidence", "exchange", "identity", "inspection", "inspection :: burden", "inspection :: code",
				"inspection :: draw", "inspection :: library", "inspection :: result", "inspection :: targeted",
				"inspection :: visit", "intake", "organization", "platform",
				"region", "shared", "subject", "subject :: quiet", "supervision", "supervision :: campaign",
				"supervision :: exam", "supervision :: finding", "whistle" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.demo;
