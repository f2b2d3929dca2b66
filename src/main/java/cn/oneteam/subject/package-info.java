/**
 * 监管对象 — the register of regulated subjects: legal persons, other organisations and 个体工商户 by their
 * 统一社会信用代码, natural persons by their 公民身份号码, each with its address, representative, industry and status;
 * never deleted, only closed; every change in the full-process record; everything within the caller's jurisdiction
 * (docs/adr/0019-subject-register.md). Its API: {@link cn.oneteam.subject.Subjects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "监管对象",
		allowedDependencies = { "platform", "region", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.subject;
