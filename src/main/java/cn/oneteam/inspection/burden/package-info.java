/**
 * 涉企检查负担 — the burden of inspections on companies: inspections per subject per year by department and in total,
 * visits saved by merging, the share that found a problem, and the alerts of repeat visits beyond a cap and of
 * departments visiting the same subject separately within a few days (docs/adr/0031-inspection-burden.md).
 */
@org.springframework.modulith.NamedInterface("burden")
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection.burden;
