/**
 * 考核: officers' and bodies' assessments per month, quarter or year, and the annual table in Excel
 * (docs/adr/0039-assessments.md). The figures come from the case, organisation and whistle modules' query services;
 * the weights and the formula are configuration ({@code oneteam.supervision.assessment.*}).
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision.assessment;
