package cn.oneteam.subject.quiet;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The annual cap of inspections of one enterprise by one inspecting body (scope BODY, key its organisation code) or by
 * the bodies of a domain (scope DOMAIN), in a year; exempt triggers are not capped; beyond the cap WARN or BLOCK; the
 * basis names the rule (e.g. a ministry's published cap). Data, never a constant (docs/adr/0024-quiet-periods-and-caps.md).
 */
public record InspectionCap(long id, Scope scope, String scopeKey, int year, int cap, OnReach onReach,
		Set<InspectionTrigger> exemptTriggers, String basis, long setByAccountId, OffsetDateTime setAt) {

	public InspectionCap {
		exemptTriggers = Set.copyOf(exemptTriggers);
	}

	/** Whose inspections the cap counts. */
	public enum Scope {
		BODY, DOMAIN
	}

	/** What happens beyond the cap. */
	public enum OnReach {
		WARN, BLOCK
	}
}
