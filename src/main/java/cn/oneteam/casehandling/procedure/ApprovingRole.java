package cn.oneteam.casehandling.procedure;

import java.util.Arrays;
import java.util.List;

/** The roles that may stand in an approval chain: the squad head, the legal reviewer and the body's head. */
public enum ApprovingRole {
	SQUAD_HEAD, LEGAL_REVIEWER, BUREAU_HEAD;

	static boolean allKnown(List<String> roles) {
		return roles.stream().allMatch(r -> Arrays.stream(values()).anyMatch(v -> v.name().equals(r)));
	}
}
