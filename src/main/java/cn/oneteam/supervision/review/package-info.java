/**
 * 自查: a case file scored against the machine-checkable items of a standard before it is closed
 * (docs/adr/0034-scoring-standards-and-self-review.md).
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision.review;
