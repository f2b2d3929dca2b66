package cn.oneteam.casehandling;

/**
 * 当事人类别: a citizen (公民), an individual business (个体工商户, treated as a citizen for the simple procedure by
 * default — docs/legal/procedure.md#citizen-individual-business, configurable), or a legal person or other organisation.
 */
public enum PartyKind {
	NATURAL_PERSON, INDIVIDUAL_BUSINESS, ORGANISATION
}
