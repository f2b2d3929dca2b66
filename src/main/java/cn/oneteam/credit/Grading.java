package cn.oneteam.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The class of a subject on a day (docs/legal/credit.md#risk-classes): the score is the sum of the weights of the
 * facts that count on that day; the class is the highest whose threshold the score reaches; a counting fact whose rule
 * forces a class (the serious list: D) makes the class at least that bad. Pure: the rules and thresholds are data.
 */
public final class Grading {

	private Grading() {
	}

	/** A fact that counted, with the weight it counted for. */
	public record Reason(long factId, FactKind kind, int weight) {
	}

	/** The class, the score and the facts that counted. */
	public record Grade(CreditClass creditClass, int score, List<Reason> reasons) {
	}

	public static Grade grade(List<CreditFact> facts, Map<FactKind, CreditRule> rules, List<ClassThreshold> thresholds,
			LocalDate day) {
		int score = 0;
		CreditClass forced = CreditClass.A;
		List<Reason> reasons = new ArrayList<>();
		for (CreditFact fact : facts) {
			CreditRule rule = rules.get(fact.kind());
			if (rule == null || !fact.countsOn(day)) {
				continue;
			}
			score += rule.weight();
			reasons.add(new Reason(fact.id(), fact.kind(), rule.weight()));
			if (rule.forcesClass() != null) {
				forced = forced.worse(rule.forcesClass());
			}
		}
		return new Grade(classOf(score, thresholds).worse(forced), score, List.copyOf(reasons));
	}

	/** The highest class whose minimum score the score reaches; A when none does. */
	static CreditClass classOf(int score, List<ClassThreshold> thresholds) {
		return thresholds.stream()
			.filter(t -> score >= t.minScore())
			.max(Comparator.comparingInt(ClassThreshold::minScore).thenComparing(ClassThreshold::creditClass))
			.map(ClassThreshold::creditClass)
			.orElse(CreditClass.A);
	}
}
