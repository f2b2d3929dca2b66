/**
 * 执法资格考试: certificate exam sessions organised by the 司法局 — registration of staff on the establishment and in
 * post, scores per subject, the pass list published masked, results into each person's exam record
 * (docs/adr/0038-external-supervisors-and-exams.md).
 */
@org.springframework.modulith.NamedInterface("exam")
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision.exam;
