package cn.oneteam.catalog;

/** 行使层级: the level of government that exercises a matter. */
public enum MatterLevel {
	PROVINCE, CITY, COUNTY, TOWNSHIP
}
