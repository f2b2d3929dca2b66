/**
 * 简易程序: on-the-spot decisions (处罚法 §51–§53).
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.simple;
