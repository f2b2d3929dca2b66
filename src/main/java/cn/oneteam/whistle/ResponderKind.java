package cn.oneteam.whistle;

import java.util.Optional;

import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.Organization;

/** Who may be summoned by a whistle (部门报到), and so which weight of township ratings applies. */
public enum ResponderKind {

	/** 行业主管部门: market supervision, ecology, transport …; ratings weigh 30 % by default. */
	DEPARTMENT,
	/** 综合行政执法局 of the county; ratings weigh 30 % by default. */
	ENFORCEMENT_BUREAU,
	/** 派驻机构: a county body stationed in the township; ratings weigh 60 % by default (reform documents: 60–100 %). */
	STATIONED;

	/** The kind of responder an organisation is, if it can be summoned at all. */
	static Optional<ResponderKind> of(Organization organization) {
		if (organization.bodyType() == BodyType.STATIONED) {
			return Optional.of(STATIONED);
		}
		return switch (organization.kind()) {
			case DEPARTMENT -> Optional.of(DEPARTMENT);
			case ENFORCEMENT_BUREAU -> Optional.of(ENFORCEMENT_BUREAU);
			default -> Optional.empty();
		};
	}
}
