/** 行政区划 — the national division tree from province to village (GB/T 2260 and statistical codes). */
@org.springframework.modulith.ApplicationModule(displayName = "行政区划",
		allowedDependencies = { "platform", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.region;
