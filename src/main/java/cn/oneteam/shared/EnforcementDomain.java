package cn.oneteam.shared;

/**
 * 执法领域: the fields whose penalty powers comprehensive enforcement gathers (处罚法 §18 names urban management,
 * market supervision, ecology and environment, cultural market, transport, emergency management and agriculture),
 * and others a catalogue may hold. A certificate covers domains; a matter belongs to one.
 */
public enum EnforcementDomain {

	/** 城市管理. */
	URBAN_MANAGEMENT,
	/** 市场监管. */
	MARKET_SUPERVISION,
	/** 生态环境. */
	ECOLOGY_ENVIRONMENT,
	/** 文化市场. */
	CULTURAL_MARKET,
	/** 交通运输. */
	TRANSPORT,
	/** 农业农村 (农牧). */
	AGRICULTURE,
	/** 应急管理. */
	EMERGENCY_MANAGEMENT,
	/** 自然资源. */
	NATURAL_RESOURCES,
	/** 卫生健康. */
	HEALTH,
	/** 水利. */
	WATER_RESOURCES
}
