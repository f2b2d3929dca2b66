package cn.oneteam.organization;

/** 执法主体类型: how an enforcement body holds its powers, which decides the name on its documents. */
public enum BodyType {

	/** 自有职权: a body acting on its own statutory powers (处罚法 §17, §18). */
	OWN_POWER,
	/** 赋权乡镇（街道）: a township empowered by a provincial decision, acting in its own name (处罚法 §24). */
	EMPOWERED_TOWNSHIP,
	/** 受委托组织: acts in the delegator's name under a written, published delegation (处罚法 §20, §21). */
	DELEGATED,
	/** 派出/派驻机构: acts in the name of the body that stationed it. */
	STATIONED
}
