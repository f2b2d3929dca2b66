/**
 * 吹哨报到 — "乡街吹哨、部门报到": a township or a stationed body calls county departments to a matter it cannot handle
 * alone; each department acknowledges (报到), arrives and reports its result against clocks; the township confirms or
 * reopens, urges (催办), and rates each response (一事一评); departments are scored per period. Its API:
 * {@link cn.oneteam.whistle.Whistles} (commands), {@link cn.oneteam.whistle.WhistleQueries},
 * {@link cn.oneteam.whistle.WhistleScores}, {@link cn.oneteam.whistle.WhistleSettings}, and the two interfaces the intake
 * module implements, {@link cn.oneteam.whistle.WhistleEvents} and {@link cn.oneteam.whistle.EventCounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "吹哨报到",
		allowedDependencies = { "audit", "calendar", "organization", "platform", "region", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.whistle;
