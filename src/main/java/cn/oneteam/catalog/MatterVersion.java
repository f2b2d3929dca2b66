package cn.oneteam.catalog;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a matter says from one day on: its name, the violated provision (违则), the penalty provision (罚则), the
 * penalty kinds allowed and the statutory fine. A change is a new version; old versions stay as they were.
 */
public record MatterVersion(int version, String name, @Nullable String violatedLaw, @Nullable String violatedArticle,
		String penaltyLaw, String penaltyArticle, Set<PenaltyKind> penaltyKinds, StatutoryFine fine,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

	public MatterVersion {
		requireLength("name", name, 300);
		requireLength("violated_law", violatedLaw, 200);
		requireLength("violated_article", violatedArticle, 100);
		requireLength("penalty_law", penaltyLaw, 200);
		requireLength("penalty_article", penaltyArticle, 100);
		if ((fine.kind() != StatutoryFine.FineKind.NONE) != penaltyKinds.contains(PenaltyKind.FINE)) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.fine-kind-mismatch");
		}
		if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "catalog.period-reversed", effectiveFrom,
					effectiveTo);
		}
		penaltyKinds = Set.copyOf(penaltyKinds);
	}

	private static void requireLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "catalog.text-too-long", field, max);
		}
	}

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}
}
