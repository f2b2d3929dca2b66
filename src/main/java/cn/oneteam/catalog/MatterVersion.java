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
		if (penaltyKinds.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.no-penalty-kind");
		}
		if ((fine.kind() != StatutoryFine.FineKind.NONE) != penaltyKinds.contains(PenaltyKind.FINE)) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.fine-kind-mismatch");
		}
		if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "catalog.period-reversed", effectiveFrom,
					effectiveTo);
		}
		penaltyKinds = Set.copyOf(penaltyKinds);
	}

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}
}
