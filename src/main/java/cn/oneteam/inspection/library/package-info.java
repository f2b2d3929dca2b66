/**
 * 执法检查人员名录库 — the inspectors' library (docs/adr/0032-inspectors-library-and-recusal.md): a department's
 * certified staff in post from the organisation module with their certificate domains and the expertise tags the
 * department gives them; the experts and testing bodies who may assist a visit, never inspectors and never counted.
 * Its API for the rest of the module: {@link cn.oneteam.inspection.library.InspectorLibrary}.
 */
@org.springframework.modulith.NamedInterface("library")
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection.library;
