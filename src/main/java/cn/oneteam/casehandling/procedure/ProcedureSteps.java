package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.file.CaseFile;
import java.util.Map;

/**
 * A group of the procedure's steps (filing, notice and hearing, coercive measures, transfers…). The engine finds every
 * group and runs each action through the same checks, approvals and record.
 */
public interface ProcedureSteps {

	Map<CaseAction, Step<?>> steps();

	/**
	 * One action: its input type, and what it checks and changes. It adds reasons to the context and calls
	 * {@link ActionContext#stopIfRefused} before it changes anything.
	 */
	interface Step<I> {

		Class<I> input();

		void perform(CaseFile c, I input, ActionContext ctx);

		static <I> Step<I> of(Class<I> type, Performer<I> performer) {
			return new Step<>() {
				@Override
				public Class<I> input() {
					return type;
				}

				@Override
				public void perform(CaseFile c, I input, ActionContext ctx) {
					performer.perform(c, input, ctx);
				}
			};
		}
	}

	@FunctionalInterface
	interface Performer<I> {

		void perform(CaseFile c, I input, ActionContext ctx);
	}
}
