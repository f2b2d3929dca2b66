package cn.oneteam.credit;

import org.jspecify.annotations.Nullable;

/**
 * A rule kept as data ({@code credit_rule}): how much a fact of the kind weighs, for how many months after it
 * occurred it counts, and the class it forces while it counts (docs/legal/credit.md#risk-classes).
 */
public record CreditRule(FactKind kind, int weight, int countsMonths, @Nullable CreditClass forcesClass) {
}
