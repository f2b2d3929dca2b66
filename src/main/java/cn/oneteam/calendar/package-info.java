/** 工作日历 — official holidays and make-up workdays; working-day and statutory period arithmetic (处罚法 §85, 强制法 §69). */
@org.springframework.modulith.ApplicationModule(displayName = "工作日历",
		allowedDependencies = { "platform", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.calendar;
