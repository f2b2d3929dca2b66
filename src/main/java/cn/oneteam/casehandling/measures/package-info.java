/**
 * 行政强制措施 and 移送: evidence preservation, seizure, testing, remedies, transfers.
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.measures;
