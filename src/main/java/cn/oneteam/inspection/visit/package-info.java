/**
 * 检查 — the visits: the drawn or targeted inspections of a subject, merged across departments into one joint visit
 * (综合查一次), each with its inspection code (检查码), recorded by whoever inspected and made public
 * (docs/adr/0027-visits-and-codes.md). Its API for the rest of the module: {@link cn.oneteam.inspection.visit.Visits}.
 */
@org.springframework.modulith.NamedInterface("visit")
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection.visit;
