/**
 * 评查标准: scoring standards as data, versioned, their veto and scored items and which the system checks by itself
 * (docs/adr/0034-scoring-standards-and-self-review.md).
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision.standard;
