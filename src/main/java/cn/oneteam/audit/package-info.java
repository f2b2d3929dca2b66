/**
 * 全过程记录 — the append-only, hash-chained record of every enforcement action (国办发〔2018〕118号): written in the
 * transaction of the action, sealed into its province's chain after commit, verifiable end to end per subject, per chain
 * and against signed checkpoints (docs/adr/0053-record-chains-per-partition.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "全过程记录",
		allowedDependencies = { "platform", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.audit;
