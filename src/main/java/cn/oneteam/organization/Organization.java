package cn.oneteam.organization;

import java.util.List;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;

/**
 * 机构: an organisation with its seat (the division it sits in) and its territory (the divisions it answers for).
 */
public record Organization(OrganizationId id, String code, String name, OrganizationKind kind,
		@Nullable BodyType bodyType, DivisionCode seat, @Nullable OrganizationId parentId, List<DivisionCode> territory) {

	/** The jurisdiction of the people who work for it: its territory. */
	public JurisdictionScope jurisdiction() {
		return JurisdictionScope.of(territory);
	}

	/** Seated inside the scope with its whole territory: its people and records are the scope's to read and change. */
	public boolean isWithin(JurisdictionScope scope) {
		return scope.covers(seat) && territory.stream().allMatch(scope::covers);
	}

	/**
	 * Visible to a user whose scope covers part of the territory, or lies inside it (a superior body). The platform
	 * operator is no superior body: only nationwide users see it.
	 */
	public boolean isVisibleIn(JurisdictionScope scope) {
		if (scope.isNationwide()) {
			return true;
		}
		return kind != OrganizationKind.PLATFORM_OPERATOR && territory.stream().anyMatch(scope::overlaps);
	}
}
