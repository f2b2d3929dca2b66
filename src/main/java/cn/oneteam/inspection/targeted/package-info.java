/**
 * 个案检查 — targeted inspections outside the draw (a complaint, a referral, data monitoring, the enterprise's own
 * request, licence verification…): asked for by a department's staff, approved by a head, then planned as a visit with
 * its inspection code, and counted with the others (docs/adr/0028-joint-visits.md).
 */
@org.springframework.modulith.NamedInterface("targeted")
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection.targeted;
