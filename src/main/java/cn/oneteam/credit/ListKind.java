package cn.oneteam.credit;

/** The two lists: 经营异常名录 and 严重违法失信名单 (docs/legal/credit.md#abnormal-list, docs/legal/credit.md#serious-list). */
public enum ListKind {
	ABNORMAL(FactKind.ABNORMAL_LISTED), SERIOUS(FactKind.SERIOUS_LISTED);

	private final FactKind fact;

	ListKind(FactKind fact) {
		this.fact = fact;
	}

	public FactKind fact() {
		return fact;
	}
}
