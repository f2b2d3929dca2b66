/** 账号权限 — accounts, roles, permissions as domain actions, API tokens and the jurisdiction scope of a user. */
@org.springframework.modulith.ApplicationModule(displayName = "账号权限",
		allowedDependencies = { "audit", "organization", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.identity;
