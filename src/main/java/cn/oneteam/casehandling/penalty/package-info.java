/**
 * The rules of a penalty both procedures apply: the statutory range, discretion benchmarks, minors, one act one fine.
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.penalty;
