package cn.oneteam.casehandling.penalty;

import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;

/**
 * 一事不再罚 (处罚法 §29): the same violation may not be fined twice; other kinds of penalty are not barred. (Where one
 * act breaks several norms that each carry a fine, the norm with the highest fine applies; choosing that norm is not
 * checked here.)
 */
public final class OneActOneFine {

	/**
	 * Whether a case other than the given id (0 for none yet) fined the same act: the same party (by name), the same
	 * matter and the same act date, with a fine decided. A general-procedure case's act date is the one recorded at
	 * filing; an on-the-spot decision's act is the one the officers found and decided on the spot that day (处罚法
	 * §51), so its decision date counts as its act date. Parameters: id, matter code, party name, act date.
	 */
	public static final String SAME_ACT_FINED = """
			select count(*) from penalty_case where id <> ? and matter_code = ? and party_name = ?
			  and (case when procedure = 'SIMPLE' then decided_on else act_on end) = ?
			  and fine is not null and decided_on is not null""";

	private OneActOneFine() {
	}

	/** The reason (message code) why the proposed penalty fines the act a second time; none otherwise. */
	public static Optional<String> reasonAgainst(Set<PenaltyKind> proposed, boolean sameActAlreadyFined) {
		// 处罚法 §29: no second fine for the same act
		return sameActAlreadyFined && proposed.contains(PenaltyKind.FINE) ? Optional.of("case.act-already-fined")
				: Optional.empty();
	}
}
