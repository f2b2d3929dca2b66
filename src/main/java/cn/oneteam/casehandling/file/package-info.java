/**
 * 案卷: the case file — the aggregate that owns its state changes and stage transitions — and its one mapping of {@code penalty_case} (docs/adr/0016-case-aggregate.md). Its fields are visible here only.
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.file;
