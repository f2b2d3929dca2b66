package cn.oneteam.catalog;

/** 情节: a condition a tier or a lenient list names, with a stable code and a label as published. */
public record Circumstance(String code, String label) {

	public Circumstance {
		if (code == null || !code.matches("[a-z0-9-]{2,40}") || label == null || label.isBlank()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "discretion.circumstance-malformed",
					String.valueOf(code));
		}
	}
}
