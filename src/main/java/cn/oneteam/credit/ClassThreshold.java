package cn.oneteam.credit;

/** A class and the lowest score that puts a subject in it ({@code credit_class_threshold}; docs/legal/credit.md#risk-classes). */
public record ClassThreshold(CreditClass creditClass, int minScore) {
}
