package cn.oneteam.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToLongFunction;

import org.springframework.test.context.event.ApplicationEvents;

/**
 * What lets {@code ProjectionListener} hear only the steps (docs/adr/0050-dashboards-and-projections.md, "Kept
 * current"): a milestone event published by one call — one request, one transaction — names an item for which the same
 * call published its step event ({@code CaseProgressed}, {@code EventProgressed}, {@code WhistleProgressed}).
 */
public final class StepsBesideMilestones {

	/** One request of the test, which may throw. */
	@FunctionalInterface
	public interface Call {

		void run() throws Exception;

	}

	private StepsBesideMilestones() {
	}

	/**
	 * Runs the call alone on the recorded events and asserts that it published at least one milestone of the type, and a
	 * step for the item of each: the milestones it published.
	 */
	public static <M, S> List<M> eachBesideItsStep(ApplicationEvents events, Class<M> milestone,
			ToLongFunction<? super M> itemOfMilestone, Class<S> step, ToLongFunction<? super S> itemOfStep, Call call)
			throws Exception {
		List<M> milestones = only(events, milestone, call);
		assertThat(milestones).as("%s published", milestone.getSimpleName()).isNotEmpty();
		List<Long> stepped = events.stream(step).map(itemOfStep::applyAsLong).toList();
		assertThat(milestones).allSatisfy(m -> assertThat(stepped)
			.as("%s beside %s", step.getSimpleName(), m).contains(itemOfMilestone.applyAsLong(m)));
		return milestones;
	}

	/** Runs the call alone on the recorded events: the events of the type it published. */
	public static <M> List<M> only(ApplicationEvents events, Class<M> type, Call call) throws Exception {
		events.clear();
		call.run();
		return events.stream(type).toList();
	}
}
