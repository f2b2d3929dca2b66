/**
 * 监督意见: findings that external supervisors (行政执法监督员) record about the bodies of their jurisdiction, answered
 * by the supervising 司法局 (docs/adr/0038-external-supervisors-and-exams.md).
 */
@org.springframework.modulith.NamedInterface("finding")
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision.finding;
