/**
 * The pages and the JSON API of case handling.
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.web;
