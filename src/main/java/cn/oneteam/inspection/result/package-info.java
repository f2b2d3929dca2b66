/**
 * 检查结果 — doing the inspection and making it public (谁检查、谁录入、谁公开): the result entered once by one of the
 * visit's inspectors (answers per item, photos, location, the subject's signature, the code), a finding made a case
 * clue or a correction order and fed to the subject's credit, the publication deadline on the working-day calendar,
 * publication by the inspector or by the scan on the due day, and the public results
 * (docs/adr/0030-recording-and-publishing-inspections.md).
 */
@org.springframework.modulith.NamedInterface("result")
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection.result;
