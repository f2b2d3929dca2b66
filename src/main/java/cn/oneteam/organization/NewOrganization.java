package cn.oneteam.organization;

import java.util.List;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/** What registering an organisation needs. The territory defaults to the seat when empty. */
public record NewOrganization(String code, String name, OrganizationKind kind, @Nullable BodyType bodyType,
		DivisionCode seat, @Nullable OrganizationId parentId, List<DivisionCode> territory) {

	public NewOrganization {
		territory = territory.isEmpty() ? List.of(seat) : List.copyOf(territory);
	}
}
