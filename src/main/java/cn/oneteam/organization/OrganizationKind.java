package cn.oneteam.organization;

/** 机构类别: what kind of body an organisation is. */
public enum OrganizationKind {

	/** 综合行政执法局: the county-level comprehensive enforcement bureau. */
	ENFORCEMENT_BUREAU,
	/** 乡镇人民政府 / 街道办事处: acts in its own name for empowered matters (处罚法 §24). */
	TOWNSHIP_GOVERNMENT,
	/** 行业主管部门: market supervision, ecology, transport and other departments. */
	DEPARTMENT,
	/** 司法局: enforcement supervision. */
	JUDICIAL_BUREAU,
	/** 人民政府: county or prefecture government (leaders, coordination). */
	GOVERNMENT,
	/** 平台运营: the operator of the platform. */
	PLATFORM_OPERATOR
}
