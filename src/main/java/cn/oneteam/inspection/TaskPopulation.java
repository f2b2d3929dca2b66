package cn.oneteam.inspection;

import java.util.List;

import cn.oneteam.credit.CreditClass;
import cn.oneteam.subject.SubjectKind;

/**
 * The candidates of an approved task per stratum, as {@link InspectionTasks#population(long)} answers them for the
 * draw: quiet subjects already excluded (unless the task has a key item), n from the stratum's rule; on site when an
 * item is checked on site or by sampling.
 */
public record TaskPopulation(long taskId, boolean keyItems, boolean onSite, List<Stratum> strata) {

	public TaskPopulation {
		strata = List.copyOf(strata);
	}

	/** One risk class: its candidates ordered by code, and how many to draw from them. */
	public record Stratum(CreditClass creditClass, int n, List<Candidate> candidates) {

		public Stratum {
			candidates = List.copyOf(candidates);
		}

		public int size() {
			return candidates.size();
		}
	}

	/** A candidate subject: its register id, whole code, kind and the division of its address. */
	public record Candidate(long subjectId, String code, SubjectKind kind, String divisionCode) {
	}
}
