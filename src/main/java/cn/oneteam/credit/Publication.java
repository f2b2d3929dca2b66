package cn.oneteam.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/**
 * What a decided penalty is for credit, and until when it is published (docs/legal/credit.md#publication-periods):
 * on GSXT (SAMR 45号令) only general-procedure penalties, not warnings alone, 3 months for 通报批评 or a low fine and
 * 3 years otherwise; on 信用中国 (NDRC 36号) minor penalties not at all, general ones 1 year, serious ones 3 years. Each
 * period runs from the decision day (the start day not counted). Pure.
 */
public final class Publication {

	/** The heavier penalties of 总局令第44号 (docs/legal/credit.md#serious-list) that a decision names by kind. */
	static final Set<PenaltyKind> HEAVIER = EnumSet.of(PenaltyKind.REVOKE_LICENCE, PenaltyKind.LOWER_QUALIFICATION,
			PenaltyKind.RESTRICT_BUSINESS, PenaltyKind.ORDER_SUSPENSION, PenaltyKind.ORDER_CLOSURE,
			PenaltyKind.RESTRICT_PRACTICE);

	private static final Set<PenaltyKind> LIGHT = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.CIRCULATED_CRITICISM,
			PenaltyKind.FINE);

	private static final Set<PenaltyKind> MINOR = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.CIRCULATED_CRITICISM);

	private Publication() {
	}

	/** The last day of publication on each platform; null: not published there. */
	public record Until(@Nullable LocalDate gsxt, @Nullable LocalDate ndrc) {
	}

	/** The kind of fact a decided penalty is: heavier, on the spot, a warning alone, or general. */
	public static FactKind kindOf(PenaltyCase.Procedure procedure, Set<PenaltyKind> kinds) {
		if (kinds.stream().anyMatch(HEAVIER::contains)) {
			return FactKind.HEAVIER_PENALTY;
		}
		if (procedure == PenaltyCase.Procedure.SIMPLE) {
			return FactKind.PENALTY_SIMPLE;
		}
		if (!kinds.isEmpty() && kinds.stream().allMatch(k -> k == PenaltyKind.WARNING)) {
			return FactKind.PENALTY_WARNING;
		}
		return FactKind.PENALTY_GENERAL;
	}

	static Until until(FactKind kind, Set<PenaltyKind> kinds, @Nullable BigDecimal fine, LocalDate decidedOn,
			CreditProperties.Publication periods) {
		if (kind == FactKind.PENALTY_SIMPLE || kind == FactKind.PENALTY_WARNING) {
			return new Until(null, null);
		}
		LocalDate gsxt = decidedOn.plus(isShort(kind, kinds, fine, periods) ? periods.gsxtShort() : periods.gsxtLong());
		LocalDate ndrc;
		if (kind == FactKind.HEAVIER_PENALTY) {
			ndrc = decidedOn.plus(periods.ndrcSerious());
		}
		else if (!kinds.isEmpty() && MINOR.containsAll(kinds)) {
			ndrc = null;
		}
		else {
			ndrc = decidedOn.plus(periods.ndrcGeneral());
		}
		return new Until(gsxt, ndrc);
	}

	/** 通报批评 or a low fine, nothing heavier (45号令 §13): the short period; such penalties simply expire. */
	static boolean isShort(FactKind kind, Set<PenaltyKind> kinds, @Nullable BigDecimal fine,
			CreditProperties.Publication periods) {
		return kind != FactKind.HEAVIER_PENALTY && !kinds.isEmpty() && LIGHT.containsAll(kinds)
				&& (!kinds.contains(PenaltyKind.FINE) || (fine != null && fine.compareTo(periods.lowFine()) <= 0));
	}
}
