package cn.oneteam.credit;

/** A subject of the register with the credit class recorded last: for the draw's strata (docs/adr/0026-the-draw.md). */
public record CreditClassOfSubject(long subjectId, String code, CreditClass creditClass) {
}
