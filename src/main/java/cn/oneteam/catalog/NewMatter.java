package cn.oneteam.catalog;

import cn.oneteam.shared.EnforcementDomain;

/** Registering a matter: its unified code and classification, and what its first version says. */
public record NewMatter(String code, EnforcementDomain domain, MatterKind kind, MatterLevel level,
		MatterVersion firstVersion) {

	public NewMatter {
		code = code.trim();
		if (!code.matches("[A-Za-z0-9-]{4,40}")) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "matter.code-malformed", code);
		}
	}
}
