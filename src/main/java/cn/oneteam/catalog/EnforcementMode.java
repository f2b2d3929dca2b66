package cn.oneteam.catalog;

/**
 * How the responsible body holds a matter in a place: its own power, empowered to a township (acts in its own
 * name, 处罚法 §24), delegated (acts in the delegator's name, §20), or a county team stationed in the township
 * (acts in the county body's name).
 */
public enum EnforcementMode {
	OWN_POWER, EMPOWERED, DELEGATED, STATIONED
}
