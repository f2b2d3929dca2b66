package cn.oneteam.catalog;

/**
 * 裁量阶次 (国办发〔2022〕27号, docs/legal/penalty.md#discretion-benchmarks): 不予处罚, 免予处罚, 减轻 (below the statutory minimum, with stated
 * grounds), 从轻, 一般, 从重. Listed in the order the calculator tries them.
 */
public enum DiscretionTier {
	NO_PENALTY, EXEMPT, MITIGATED, LIGHTER, HEAVIER, ORDINARY;

	boolean finesNothing() {
		return this == NO_PENALTY || this == EXEMPT;
	}
}
