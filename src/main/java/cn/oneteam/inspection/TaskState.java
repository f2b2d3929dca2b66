package cn.oneteam.inspection;

/**
 * A task's states: DRAFT (editable) → APPROVED (by a head; never edited again) → DRAWN (by the draw) → DONE
 * (docs/adr/0025-inspection-items-and-plans.md).
 */
public enum TaskState {
	DRAFT, APPROVED, DRAWN, DONE;

	/** Whether a task in this state may move to the next one. */
	public boolean mayBecome(TaskState next) {
		return next.ordinal() == ordinal() + 1;
	}

	public boolean editable() {
		return this == DRAFT;
	}

	/** The next state, or 409 inspection.task-state when the move is not allowed. */
	TaskState to(TaskState next) {
		if (!mayBecome(next)) {
			throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.task-state", this, next);
		}
		return next;
	}
}
