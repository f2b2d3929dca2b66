package cn.oneteam.catalog;

/** 当事人类型 for discretion tiers: any party, natural persons, or organisations (legal persons and others). */
public enum PartyType {
	ANY, NATURAL_PERSON, ORGANISATION;

	boolean includes(PartyType party) {
		return this == ANY || this == party;
	}
}
