package cn.oneteam.casehandling;

import java.math.BigDecimal;

import cn.oneteam.catalog.StatutoryFine;

/** 法定罚款幅度: whether a fine in yuan lies inside the matter's statutory range (bounds inclusive, T4). */
final class StatutoryRange {

	private StatutoryRange() {
	}

	static boolean contains(BigDecimal fine, StatutoryFine statutory) {
		if (statutory.kind() != StatutoryFine.FineKind.AMOUNT) {
			return false; // a fine set as a multiple needs the findings on the base amount
		}
		BigDecimal floor = statutory.min() == null ? BigDecimal.ZERO : statutory.min();
		return fine.compareTo(floor) >= 0 && fine.compareTo(statutory.max()) <= 0;
	}
}
