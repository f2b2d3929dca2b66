package cn.oneteam.supervision.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 评查标准 (docs/adr/0034-scoring-standards-and-self-review.md): a standard per province or sector ({@code scope}),
 * versioned under its code, with its items in order and the grade thresholds — 优秀 from {@code excellentFrom}, 合格
 * from {@code passFrom}, below that 不合格; any veto finding fails the file whatever its score.
 */
public record ScoringStandard(long id, String code, int version, String nameZh, String nameEn, String scope,
		LocalDate effectiveFrom, BigDecimal excellentFrom, BigDecimal passFrom, List<StandardItem> items) {

	public ScoringStandard {
		items = List.copyOf(items);
	}

	/** {@code GENERAL-PENALTY v1}: how a result names the standard it was scored against. */
	public String label() {
		return code + " v" + version;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	/** The points of the scored items, in total. */
	public BigDecimal total() {
		return items.stream().map(StandardItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** 优秀, 合格 or 不合格 for a score, with or without a veto finding. */
	public Grade grade(BigDecimal score, boolean vetoed) {
		if (vetoed || score.compareTo(passFrom) < 0) {
			return Grade.FAIL;
		}
		return score.compareTo(excellentFrom) >= 0 ? Grade.EXCELLENT : Grade.PASS;
	}

	/** 优秀 / 合格 / 不合格. */
	public enum Grade {
		EXCELLENT, PASS, FAIL
	}
}
