/**
 * 案件办理 — the administrative penalty procedure: on-the-spot decisions under the simple procedure (处罚法 §51–§53),
 * and the general procedure (§54–§65) as an engine — stages and actions, approval chains per body, statutory clocks
 * on the official calendar, the statutory rule checks (docs/legal/README.md), coercive measures, transfers, alerts —
 * every action in the full-process record. Its API: {@link cn.oneteam.casehandling.Cases},
 * {@link cn.oneteam.casehandling.CaseProcedure}, {@link cn.oneteam.casehandling.CaseWork} and the inputs and views
 * beside them; the events other modules listen to are the named interface {@code events}. Inside, by use
 * (docs/adr/0016-case-aggregate.md): {@code file} (the aggregate and its mapping), {@code procedure} (the engine),
 * {@code general}, {@code simple}, {@code penalty}, {@code measures}, {@code execution}, {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "案件办理",
		allowedDependencies = { "audit", "calendar", "catalog", "documents", "evidence", "organization", "platform",
				"region", "shared", "subject" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling;
