/**
 * 检查码 as the company sees it (docs/adr/0029-inspection-code-public-check-and-rating.md): the QR and the 检查通知 the
 * inspectors hand over, the public check of a code without an account, the company's rating of the visit (hidden from
 * the inspecting department, read by supervision), and supervision's view of visits recorded without a code and of
 * refused code uses.
 */
@org.springframework.modulith.NamedInterface("code")
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection.code;
