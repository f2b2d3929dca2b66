package cn.oneteam.catalog;

import cn.oneteam.shared.EnforcementDomain;

/**
 * Registering a matter: its unified code (checked against the configured scheme when registered) and
 * classification, and what its first version says.
 */
public record NewMatter(String code, EnforcementDomain domain, MatterKind kind, MatterLevel level,
		MatterVersion firstVersion) {

	public NewMatter {
		code = code.trim();
	}
}
