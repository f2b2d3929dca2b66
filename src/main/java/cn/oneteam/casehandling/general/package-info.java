/**
 * 普通程序: filing, review, notice and hearing, the decision period and the decision, with the rules they apply (处罚法 §54–§65).
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.general;
