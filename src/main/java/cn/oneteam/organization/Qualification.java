package cn.oneteam.organization;

import java.util.List;

/**
 * The answer to "may this person act as …": qualified, or the reasons why not, each a message code
 * ({@code problem.<code>.detail}) so that callers can show them in the user's language.
 */
public record Qualification(boolean qualified, List<String> reasons) {

	public Qualification {
		reasons = List.copyOf(reasons);
	}

	static Qualification of(List<String> reasons) {
		return new Qualification(reasons.isEmpty(), reasons);
	}
}
