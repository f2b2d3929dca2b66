package cn.oneteam.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * 法定罚款幅度: no fine, an amount range in yuan (min may be absent: "…以下罚款"), or a multiple range of a base such as
 * 违法所得 or 货值金额 ("…倍以上…倍以下"). Bounds are inclusive (市监程序规定 §84, docs/legal/time.md#inclusive-bounds).
 */
public record StatutoryFine(FineKind kind, @Nullable BigDecimal min, @Nullable BigDecimal max,
		@Nullable String multipleBase) {

	/** Largest amount and multiple the catalogue stores (numeric(14,2) and numeric(8,2)). */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	static final BigDecimal MAX_MULTIPLE = new BigDecimal("1000000");

	public static final StatutoryFine NONE = new StatutoryFine(FineKind.NONE, null, null, null);

	public StatutoryFine {
		switch (kind) {
			case NONE -> {
				if (min != null || max != null || multipleBase != null) {
					throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.fine-not-expected");
				}
			}
			case AMOUNT, MULTIPLE -> {
				if (max == null || max.signum() <= 0 || (min != null && (min.signum() < 0 || min.compareTo(max) > 0))) {
					throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.fine-range-invalid", min, max);
				}
				if ((kind == FineKind.MULTIPLE) != (multipleBase != null && !multipleBase.isBlank())) {
					throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.multiple-base-mismatch");
				}
				BigDecimal ceiling = kind == FineKind.MULTIPLE ? MAX_MULTIPLE : MAX_AMOUNT;
				if (max.compareTo(ceiling) >= 0 || (multipleBase != null && multipleBase.length() > 40)) {
					throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.fine-range-invalid", min, max);
				}
			}
		}
	}

	public static StatutoryFine amount(@Nullable BigDecimal min, BigDecimal max) {
		return new StatutoryFine(FineKind.AMOUNT, min, max, null);
	}

	public static StatutoryFine multiple(@Nullable BigDecimal min, BigDecimal max, String base) {
		return new StatutoryFine(FineKind.MULTIPLE, min, max, base);
	}

	/** 罚款方式. */
	public enum FineKind {
		NONE, AMOUNT, MULTIPLE
	}
}
