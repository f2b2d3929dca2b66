/**
 * 案件办理 — the administrative penalty procedure: on-the-spot decisions under the simple procedure (处罚法 §51–§53),
 * and the general procedure (§54–§65) as an engine — stages and actions, approval chains per body, statutory clocks
 * on the official calendar, the statutory rule checks (docs/legal/README.md), coercive measures, transfers, alerts — every action in the full-process
 * record. Its API: {@link cn.oneteam.casehandling.Cases}, {@link cn.oneteam.casehandling.CaseProcedure},
 * {@link cn.oneteam.casehandling.CaseWork}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "案件办理")
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling;
