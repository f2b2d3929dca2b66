/** 平台 — security, errors as RFC 9457 problem+json, i18n, Asia/Shanghai clock, embedded PostgreSQL, layout. */
@org.springframework.modulith.ApplicationModule(displayName = "平台",
		allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.platform;
