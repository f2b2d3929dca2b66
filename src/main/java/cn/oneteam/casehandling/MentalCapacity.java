package cn.oneteam.casehandling;

import java.util.Optional;

/**
 * 辨认或者控制能力 of a natural person at the time of the act (处罚法 §31): full (an intermittently ill person who was
 * normal then included), lost — no penalty, the guardian is ordered to supervise and arrange treatment — or not
 * completely lost, which may be 从轻 or 减轻.
 */
public enum MentalCapacity {
	FULL, LOST, DIMINISHED;

	/** A penalty on a person who could not recognise or control the conduct is refused (处罚法 §31). */
	public Optional<String> reasonAgainst(boolean penalised) {
		return this == LOST && penalised ? Optional.of("case.capacity-lost") : Optional.empty();
	}
}
