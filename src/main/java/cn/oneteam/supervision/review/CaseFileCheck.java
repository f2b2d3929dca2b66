package cn.oneteam.supervision.review;

import java.math.BigDecimal;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.supervision.standard.MachineCheck;
import org.jspecify.annotations.Nullable;

/**
 * One machine check of a case file (docs/adr/0034-scoring-standards-and-self-review.md): what it finds wrong in the
 * case, each defect with its reason and — for a scored item — the points it costs (the item's deductions together
 * never cost more than the item is worth). A check finds nothing in a case it does not apply to.
 */
public interface CaseFileCheck {

	MachineCheck check();

	List<Defect> examine(CaseFile file);

	/**
	 * A defect: a localised reason (a message code and its arguments), and the points it costs where the item is
	 * scored ({@code null}: the whole item).
	 */
	record Defect(String reasonCode, List<Object> reasonArgs, @Nullable BigDecimal points) {

		public Defect {
			reasonArgs = List.copyOf(reasonArgs);
		}

		public static Defect of(String reasonCode, Object... args) {
			return new Defect(reasonCode, List.of(args), null);
		}

		public static Defect costing(BigDecimal points, String reasonCode, Object... args) {
			return new Defect(reasonCode, List.of(args), points);
		}
	}

	/**
	 * The case a review looks at: its id, the day it is reviewed on, and what its file holds — loaded once per review
	 * and handed to every check.
	 */
	record CaseFile(long caseId, java.time.LocalDate reviewedOn, CaseFileFacts facts) {
	}
}
