package cn.oneteam.inspection;

/** How an item is checked: 书面核查, 现场检查, 网络监测, 抽样检测, 其他 (docs/adr/0025-inspection-items-and-plans.md). */
public enum ItemMethod {
	DOCUMENT, ON_SITE, ONLINE, SAMPLING, OTHER
}
