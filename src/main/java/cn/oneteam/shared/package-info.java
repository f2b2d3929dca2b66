/** 共享值对象 — value types every module may use: division codes, jurisdiction scopes, rule violations. */
@org.springframework.modulith.ApplicationModule(displayName = "共享值对象",
		allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package cn.oneteam.shared;
