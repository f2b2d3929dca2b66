package cn.oneteam.analytics.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The counters of one line of a dashboard (the whole division, a child division or a body), summed over the period:
 * measure → dimension → count and amount, and the indicators derived from them
 * (docs/adr/0050-dashboards-and-projections.md, "Measures"). A dashboard keeps only the measures its role may see
 * ({@link #shownTo}, "Who sees what"), and the JSON carries those measures and the indicators computed from them only.
 *
 * @param shown the measures the viewer may see: the JSON lists an indicator only when all its measures are shown
 */
public record Figures(@JsonIgnore Map<String, Map<String, Tally>> measures, @JsonIgnore Set<String> shown) {

	/** An indicator of the JSON: the measures it is computed from and how. */
	private record Indicator(String name, List<String> measures, Function<Figures, Object> value) {
	}

	/** Every indicator, in the order of the JSON. */
	private static final List<Indicator> INDICATORS = List.of(
			new Indicator("cases", List.of("case"), Figures::cases),
			new Indicator("filingOnTime", List.of("case.filing"), Figures::filingOnTime),
			new Indicator("decisionOnTime", List.of("case.decision"), Figures::decisionOnTime),
			new Indicator("paymentOnTime", List.of("case.payment"), Figures::paymentOnTime),
			new Indicator("caseOnTime", List.of("case.filing", "case.decision"), Figures::caseOnTime),
			new Indicator("finesDecided", List.of("fine.decided"), Figures::finesDecided),
			new Indicator("finesCollected", List.of("fine.collected"), Figures::finesCollected),
			new Indicator("events", List.of("event.channel"), Figures::events),
			new Indicator("dispatchOnTime", List.of("event.dispatch"), Figures::dispatchOnTime),
			new Indicator("arrivalOnTime", List.of("event.arrival"), Figures::arrivalOnTime),
			new Indicator("replyOnTime", List.of("event.reply"), Figures::replyOnTime),
			new Indicator("satisfaction", List.of("event.satisfaction"), Figures::satisfaction),
			new Indicator("reopened", List.of("event.reopened"), Figures::reopened),
			new Indicator("whistleSummonses", List.of("whistle.summons"), Figures::whistleSummonses),
			new Indicator("whistleReportOnTime", List.of("whistle.report"), Figures::whistleReportOnTime),
			new Indicator("whistleArrivalOnTime", List.of("whistle.arrival"), Figures::whistleArrivalOnTime),
			new Indicator("whistleResultOnTime", List.of("whistle.result"), Figures::whistleResultOnTime),
			new Indicator("whistleRating", List.of("whistle.rating"), Figures::whistleRating),
			new Indicator("inspections", List.of("inspection.kind"), Figures::inspections),
			new Indicator("inspectionsAvoided", List.of("inspection.visit"), Figures::inspectionsAvoided));

	/** A count and an amount (yuan for fines, departments for inspections, rating points for whistles). */
	public record Tally(long n, BigDecimal amount) {

		Tally plus(Tally other) {
			return new Tally(n + other.n, amount.add(other.amount));
		}
	}

	/** A share: hits of a sample, in percent with one decimal, none for an empty sample. */
	public record Rate(long hits, long sample) {

		@JsonProperty
		public @Nullable BigDecimal percent() {
			return sample == 0 ? null
					: BigDecimal.valueOf(hits * 100L).divide(BigDecimal.valueOf(sample), 1, RoundingMode.HALF_UP);
		}
	}

	/** No figures yet, none shown: a role's view comes from {@link #shownTo}. */
	static Figures empty() {
		return new Figures(new TreeMap<>(), Set.of());
	}

	/** The figures a role may see: its measures only (docs/adr/0050-dashboards-and-projections.md, "Who sees what"). */
	Figures shownTo(DashboardRole role) {
		Map<String, Map<String, Tally>> kept = new TreeMap<>();
		measures.forEach((measure, dims) -> {
			if (role.measures().contains(measure)) {
				kept.put(measure, new TreeMap<>(dims));
			}
		});
		return new Figures(kept, role.measures());
	}

	/** True when an indicator (a ranking's, say) is computed from these measures only. */
	static boolean computedFrom(String indicator, Set<String> measures) {
		return INDICATORS.stream().anyMatch(i -> i.name().equals(indicator) && measures.containsAll(i.measures()));
	}

	/** The indicator of this name. */
	private static Indicator named(String indicator) {
		return INDICATORS.stream().filter(i -> i.name().equals(indicator)).findFirst().orElseThrow();
	}

	/** A rate among the indicators (one a ranking is by), as a function of the figures. */
	static Function<Figures, Rate> rate(String indicator) {
		Function<Figures, Object> value = named(indicator).value();
		return figures -> (Rate) value.apply(figures);
	}

	/** The measures an indicator is computed from. */
	static List<String> measuresOf(String indicator) {
		return named(indicator).measures();
	}

	/** These figures less the others' (the "at this level" line: the whole less its children), zeros left out. */
	Figures less(List<Figures> others) {
		Figures rest = empty();
		rest.addAll(this);
		others.forEach(other -> other.measures.forEach((m, dims) -> dims
			.forEach((d, t) -> rest.add(m, d, new Tally(-t.n(), t.amount().negate())))));
		rest.measures.values().forEach(dims -> dims.values().removeIf(t -> t.n() == 0 && t.amount().signum() == 0));
		rest.measures.values().removeIf(Map::isEmpty);
		return rest;
	}

	/** True when nothing was counted. */
	boolean isEmpty() {
		return measures.isEmpty();
	}

	/** True when the viewer may see this measure (the page shows a figure only then). */
	public boolean shows(String measure) {
		return shown.contains(measure);
	}

	/** The JSON: the measures shown, by dimension, and the indicators computed from shown measures only. */
	@JsonValue
	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("measures", measures);
		for (Indicator indicator : INDICATORS) {
			if (computedFrom(indicator.name(), shown)) {
				json.put(indicator.name(), indicator.value().apply(this));
			}
		}
		return json;
	}

	void add(String measure, String dim, Tally tally) {
		measures.computeIfAbsent(measure, m -> new TreeMap<>()).merge(dim, tally, Tally::plus);
	}

	void addAll(Figures other) {
		other.measures.forEach((m, dims) -> dims.forEach((d, t) -> add(m, d, t)));
	}

	/** The count of a measure over all its dimensions. */
	public long count(String measure) {
		return measures.getOrDefault(measure, Map.of()).values().stream().mapToLong(Tally::n).sum();
	}

	/** The count of one dimension of a measure. */
	public long count(String measure, String dim) {
		Tally tally = measures.getOrDefault(measure, Map.of()).get(dim);
		return tally == null ? 0 : tally.n();
	}

	/** The amount of a measure over all its dimensions. */
	public BigDecimal amount(String measure) {
		return measures.getOrDefault(measure, Map.of()).values().stream().map(Tally::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The share of ON_TIME among the timed steps of a measure. */
	public Rate onTime(String measure) {
		return new Rate(count(measure, "ON_TIME"), count(measure));
	}

	/** The share of ON_TIME among the timed steps of several measures together. */
	Rate onTime(String... measures) {
		long hits = 0;
		long sample = 0;
		for (String measure : measures) {
			hits += count(measure, "ON_TIME");
			sample += count(measure);
		}
		return new Rate(hits, sample);
	}

	// the indicators each dashboard shows

	public long cases() {
		return count("case");
	}

	public Rate filingOnTime() {
		return onTime("case.filing");
	}

	public Rate decisionOnTime() {
		return onTime("case.decision");
	}

	public Rate paymentOnTime() {
		return onTime("case.payment");
	}

	/**
	 * Filing and decision together: the rate the bodies are ranked by. Payment is the party's punctuality, not the
	 * body's, so it is shown apart ({@link #paymentOnTime}) and ranks nobody.
	 */
	public Rate caseOnTime() {
		return onTime("case.filing", "case.decision");
	}

	public BigDecimal finesDecided() {
		return amount("fine.decided");
	}

	public BigDecimal finesCollected() {
		return amount("fine.collected");
	}

	public long events() {
		return count("event.channel");
	}

	public Rate dispatchOnTime() {
		return onTime("event.dispatch");
	}

	public Rate arrivalOnTime() {
		return onTime("event.arrival");
	}

	public Rate replyOnTime() {
		return onTime("event.reply");
	}

	/** 满意 and 基本满意 among the rated events. */
	public Rate satisfaction() {
		return new Rate(count("event.satisfaction", "SATISFIED") + count("event.satisfaction", "BASICALLY_SATISFIED"),
				count("event.satisfaction"));
	}

	/** Replied events the reporter reopened. */
	public Rate reopened() {
		return new Rate(count("event.reopened", "REOPENED"), count("event.reopened"));
	}

	public long whistleSummonses() {
		return count("whistle.summons");
	}

	public Rate whistleReportOnTime() {
		return onTime("whistle.report");
	}

	public Rate whistleArrivalOnTime() {
		return onTime("whistle.arrival");
	}

	public Rate whistleResultOnTime() {
		return onTime("whistle.result");
	}

	/** The average township rating (0–100) of the rated responses, none when none was rated. */
	public @Nullable BigDecimal whistleRating() {
		long rated = count("whistle.rating");
		return rated == 0 ? null : amount("whistle.rating").divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
	}

	/** Visits planned or done (not cancelled). */
	public long inspections() {
		return count("inspection.kind");
	}

	/**
	 * 综合查一次: visits a subject was spared because departments inspected together — per visit not cancelled, its
	 * active parts less one, as the inspection module's burden counts it (the visit's amount).
	 */
	public long inspectionsAvoided() {
		return amount("inspection.visit").longValue();
	}
}
