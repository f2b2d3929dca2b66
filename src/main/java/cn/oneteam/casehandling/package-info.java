/**
 * 案件办理 — the administrative penalty procedure. This first slice records on-the-spot decisions under the simple
 * procedure (处罚法 §51–§53): eligibility, two certified officers, the responsible body, and the deadlines that follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "案件办理")
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling;
