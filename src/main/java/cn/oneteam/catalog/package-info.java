/**
 * 执法事项 — the matter catalogue (执法事项基准库) with versioned legal basis, township empowerment lists
 * (赋权 / 委托 / 派驻, 处罚法 §20, §24), responsibility boundaries (职责边界) and the resolver that answers who
 * enforces a matter in a place on a day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法事项",
		allowedDependencies = { "organization", "platform", "region", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.catalog;
