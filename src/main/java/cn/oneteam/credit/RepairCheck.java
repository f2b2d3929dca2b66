package cn.oneteam.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The conditions of 信用修复 OneTeam can check (docs/legal/credit.md#credit-repair). A general-procedure penalty (§6):
 * not one that simply expires (通报批评 or a low fine: the short GSXT period), after the waiting period (6 months, 12
 * for food, drugs and special equipment), performed (the fine paid in full), no later penalty for the same matter, and
 * the subject on neither list. A serious-list entry (§7): after 1 year, the penalty it rests on performed, no later
 * heavier penalty. Other facts are not repaired: a heavier penalty is never stopped early (45号令), an abnormal-list
 * entry is removed after the cure (§5), a warning or a penalty on the spot is not published. Pure.
 */
final class RepairCheck {

	private RepairCheck() {
	}

	/** Why a repair is refused: a problem code and its arguments. */
	record Refusal(String code, Object... arguments) {
	}

	/**
	 * @param facts every fact of the subject
	 * @param openLists the lists the subject is on now (open entries), other than the entry repaired
	 */
	static Optional<Refusal> check(CreditFact fact, List<CreditFact> facts, List<ListKind> openLists, LocalDate today,
			CreditProperties properties) {
		if (!fact.countsOn(today)) {
			return Optional.of(new Refusal("credit.repair.not-counting"));
		}
		return switch (fact.kind()) {
			case PENALTY_GENERAL -> penalty(fact, facts, openLists, today, properties);
			case SERIOUS_LISTED -> serious(fact, facts, today, properties);
			default -> Optional.of(new Refusal("credit.repair.not-repairable", fact.kind()));
		};
	}

	/** The first day a repair may be applied for; null when the fact is not repaired. */
	static LocalDate eligibleOn(CreditFact fact, CreditProperties properties) {
		return switch (fact.kind()) {
			case SERIOUS_LISTED -> fact.occurredOn().plus(properties.repair().seriousWaiting());
			default -> fact.occurredOn().plus(properties.repair().waitingFor(fact.matterCode()));
		};
	}

	private static Optional<Refusal> penalty(CreditFact fact, List<CreditFact> facts, List<ListKind> openLists,
			LocalDate today, CreditProperties properties) {
		LocalDate shortEnd = fact.occurredOn().plus(properties.publication().gsxtShort());
		if (fact.publishUntilGsxt() == null || !fact.publishUntilGsxt().isAfter(shortEnd)) {
			return Optional.of(new Refusal("credit.repair.expires-by-itself", fact.publishUntilGsxt()));
		}
		LocalDate eligible = eligibleOn(fact, properties);
		if (today.isBefore(eligible)) {
			return Optional.of(new Refusal("credit.repair.too-early", eligible));
		}
		if (!fact.performed()) {
			return Optional.of(new Refusal("credit.repair.not-performed", fact.fine()));
		}
		Optional<CreditFact> later = facts.stream()
			.filter(f -> f.id() != fact.id() && f.isPenalty() && f.matterCode() != null
					&& f.matterCode().equals(fact.matterCode()) && f.occurredOn().isAfter(fact.occurredOn()))
			.findFirst();
		if (later.isPresent()) {
			return Optional.of(new Refusal("credit.repair.new-penalty", later.get().occurredOn(),
					String.valueOf(later.get().decisionNumber())));
		}
		if (!openLists.isEmpty()) {
			return Optional.of(new Refusal("credit.repair.listed"));
		}
		return Optional.empty();
	}

	private static Optional<Refusal> serious(CreditFact fact, List<CreditFact> facts, LocalDate today,
			CreditProperties properties) {
		LocalDate eligible = eligibleOn(fact, properties);
		if (today.isBefore(eligible)) {
			return Optional.of(new Refusal("credit.repair.too-early", eligible));
		}
		Optional<CreditFact> unpaid = facts.stream()
			.filter(f -> f.isPenalty() && fact.caseId() != null && fact.caseId().equals(f.caseId()) && !f.performed())
			.findFirst();
		if (unpaid.isPresent()) {
			return Optional.of(new Refusal("credit.repair.not-performed", unpaid.get().fine()));
		}
		Optional<CreditFact> heavier = facts.stream()
			.filter(f -> f.kind() == FactKind.HEAVIER_PENALTY && f.occurredOn().isAfter(fact.occurredOn()))
			.findFirst();
		if (heavier.isPresent()) {
			return Optional.of(new Refusal("credit.repair.new-penalty", heavier.get().occurredOn(),
					String.valueOf(heavier.get().decisionNumber())));
		}
		return Optional.empty();
	}
}
