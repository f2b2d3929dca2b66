/**
 * The engine every step of the general procedure uses: the action context, approvals, clocks and their settings, access to cases, officers and evidence checks, and which documents an action issues.
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.procedure;
