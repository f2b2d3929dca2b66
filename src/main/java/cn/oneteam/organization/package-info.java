/** 机构人员 — enforcement bodies, township governments and departments with their territory. */
@org.springframework.modulith.ApplicationModule(displayName = "机构人员",
		allowedDependencies = { "platform", "region", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.organization;
