package cn.oneteam.analytics.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import cn.oneteam.casehandling.CasesOnMap;
import cn.oneteam.inspection.InspectionsOnMap;
import cn.oneteam.intake.EventsOnMap;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.PointCluster;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The map of a territory (docs/adr/0052-the-map.md): a measure per child area of a division for a period, and the
 * items of a layer with coordinates grouped into grid cells that shrink as the viewer zooms in. Counted in SQL by the
 * modules' read types under the division's code prefix; only inside the viewer's jurisdiction (403 outside).
 */
@Service
class TerritoryMap {

	/** What colours the areas. */
	enum Measure {
		EVENTS, CASES, INSPECTIONS, EVENTS_CLOSED_ON_TIME
	}

	/** What the points show. */
	enum Layer {
		EVENTS, CASES, INSPECTIONS
	}

	/** The question asked of the map, checked: a division inside the jurisdiction and a period. */
	record Query(Division division, LocalDate from, LocalDate to) {
	}

	/** One child area and its value ({@code null}: a rate with nothing to divide). */
	record Area(String code, String name, @Nullable BigDecimal value) {
	}

	/**
	 * The areas of a division; {@code unplaced} is the measure over the items recorded at the division itself or above
	 * its areas (a case placed at the county while the areas are townships): for a count, their number, so that areas
	 * plus unplaced make the whole; for the rate, the % of their replies due closed on time ({@code null}: none due).
	 */
	record Areas(String division, String name, Measure measure, LocalDate from, LocalDate to, List<Area> areas,
			@Nullable BigDecimal unplaced) {
	}

	/**
	 * The clusters of a layer in a view at a zoom (the one asked, or the finest the view allows), with the cell size
	 * they were grouped by; {@code truncated}: more cells held items than the {@link PointCluster#LIMIT} answered.
	 */
	record Points(String division, Layer layer, int zoom, double cellDegrees, PointCluster.View view,
			List<PointCluster> clusters, boolean truncated) {
	}

	static final int MAX_ZOOM = 16;

	/** A zoom is lowered until the view's longer side spans at most this many cells. */
	static final int MAX_CELLS_ACROSS = 128;

	/** The cell side at zoom 0, in degrees; each zoom step halves it. */
	static final double WIDEST_CELL = 8.0;

	private final Regions regions;

	private final EventsOnMap events;

	private final CasesOnMap cases;

	private final InspectionsOnMap inspections;

	private final MapBoundaries boundaries;

	private final Clock clock;

	TerritoryMap(Regions regions, EventsOnMap events, CasesOnMap cases, InspectionsOnMap inspections,
			MapBoundaries boundaries, Clock clock) {
		this.boundaries = boundaries;
		this.regions = regions;
		this.events = events;
		this.cases = cases;
		this.inspections = inspections;
		this.clock = clock;
	}

	/**
	 * Checks the input of the page and the API: the division (default: the viewer's first; nationwide, the first
	 * province with shipped outlines), the period (default: this year up to today).
	 */
	Query query(@Nullable String division, @Nullable LocalDate from, @Nullable LocalDate to, JurisdictionScope scope) {
		DivisionCode code = division == null || division.isBlank() ? defaultDivision(scope) : DivisionCode.of(division);
		if (code.level().ordinal() > DivisionLevel.TOWNSHIP.ordinal()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "map.division-too-fine", code.value());
		}
		Division found = regions.find(code)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "map.division-unknown", code.value()));
		if (!scope.covers(code)) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "map.outside-jurisdiction", code.value());
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate until = to == null ? today : to;
		LocalDate since = from == null ? until.withDayOfYear(1) : from;
		if (since.isAfter(until)) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "map.period-reversed", since, until);
		}
		return new Query(found, since, until);
	}

	private DivisionCode defaultDivision(JurisdictionScope scope) {
		if (scope.isNationwide()) {
			return boundaries.all().stream().findFirst()
				.map(outline -> DivisionCode.of(outline.codes().get(0).substring(0, 2)))
				.orElseGet(() -> regions.provinces().get(0).code());
		}
		return scope.codes().stream().findFirst().map(DivisionCode::of)
			.orElseThrow(() -> new RuleViolation(RuleViolation.FORBIDDEN, "map.outside-jurisdiction", ""));
	}

	static Measure measure(@Nullable String value) {
		return value == null || value.isBlank() ? Measure.EVENTS : parse(Measure.class, "measure", value);
	}

	static Layer layer(@Nullable String value) {
		return value == null || value.isBlank() ? Layer.EVENTS : parse(Layer.class, "layer", value);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equalsIgnoreCase(value.trim().replace('-', '_')))
			.findFirst()
			.orElseThrow(() -> new RuleViolation(RuleViolation.BAD_REQUEST, "map.unknown-choice", field, value,
					String.join(", ", Arrays.stream(type.getEnumConstants())
						.map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
						.toList())));
	}

	/** The measure for every child area of the division (a township is its own single area). */
	Areas areas(Query query, Measure measure) {
		return shaded(query, measure, List.of()).areas();
	}

	/**
	 * One outline's value: its own count, of the items placed inside its codes; {@code drill} the single area it holds
	 * or lies in, if one.
	 */
	record Shade(String name, @Nullable BigDecimal value, @Nullable String drill) {
	}

	/** The areas, and the outlines to draw coloured by the same counts. */
	record Shading(Areas areas, List<Shade> shades) {
	}

	Shading shaded(Query query, Measure measure, List<MapBoundaries.Outline> outlines) {
		DivisionCode division = query.division().code();
		boolean township = division.level() == DivisionLevel.TOWNSHIP;
		List<Division> children = township ? List.of(query.division()) : regions.children(division);
		int length = township ? division.value().length()
				: DivisionLevel.values()[division.level().ordinal() + 1].codeLength();
		Map<String, long[]> counts = counts(query, measure, length);
		List<Area> areas = children.stream()
			.map(child -> new Area(child.code().value(), child.name(),
					value(measure, sum(counts, child.code().value()::equals))))
			.toList();
		@Nullable BigDecimal unplaced = value(measure, sum(counts, code -> code.length() < length));
		// the outlines may be finer than the areas (county outlines of a province whose areas are prefectures): each
		// outline then takes the counts cut to its own codes' length, never the total of the area it lies in
		int outlineLength = outlines.stream().flatMap(o -> o.codes().stream()).mapToInt(String::length).max().orElse(0);
		Map<String, long[]> outlineCounts = outlineLength > length ? counts(query, measure, outlineLength) : counts;
		List<Shade> shades = outlines.stream().map(outline -> {
			List<Division> held = children.stream()
				.filter(child -> outline.within(child.code()) || outline.contains(child.code()))
				.toList();
			@Nullable BigDecimal value = value(measure, sum(outlineCounts, code -> outline.codes()
				.stream()
				.anyMatch(own -> code.length() >= own.length() && code.startsWith(own))));
			return new Shade(outline.name(), value, held.size() == 1 && !township ? held.get(0).code().value() : null);
		}).toList();
		return new Shading(new Areas(division.value(), query.division().name(), measure, query.from(), query.to(),
				areas, unplaced), shades);
	}

	private static long[] sum(Map<String, long[]> counts, Predicate<String> codes) {
		long[] sum = new long[2];
		counts.forEach((code, count) -> {
			if (codes.test(code)) {
				sum[0] += count[0];
				sum[1] += count[1];
			}
		});
		return sum;
	}

	/** Per area code: the count, or for the rate {numerator, denominator}. */
	private Map<String, long[]> counts(Query query, Measure measure, int length) {
		DivisionCode division = query.division().code();
		Map<String, long[]> counts = new HashMap<>();
		switch (measure) {
			case EVENTS -> events.perArea(division, length, query.from(), query.to())
				.forEach(a -> counts.put(a.code(), new long[] { a.received(), 0 }));
			case EVENTS_CLOSED_ON_TIME -> events.perArea(division, length, query.from(), query.to())
				.forEach(a -> counts.put(a.code(), new long[] { a.closedOnTime(), a.due() }));
			case CASES -> cases.perArea(division, length, query.from(), query.to())
				.forEach((code, n) -> counts.put(code, new long[] { n, 0 }));
			case INSPECTIONS -> inspections.perArea(division, length, query.from(), query.to())
				.forEach((code, n) -> counts.put(code, new long[] { n, 0 }));
		}
		return counts;
	}

	private static @Nullable BigDecimal value(Measure measure, long[] count) {
		if (measure != Measure.EVENTS_CLOSED_ON_TIME) {
			return BigDecimal.valueOf(count[0]);
		}
		return count[1] == 0 ? null
				: BigDecimal.valueOf(count[0] * 100).divide(BigDecimal.valueOf(count[1]), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The layer's items with coordinates inside the view ({@code bbox}: west, south, east and north in degrees;
	 * without it, the division's outlines' extent, or the globe where none is shipped), grouped into square cells of
	 * {@code 8° / 2^zoom}. A zoom finer than the view allows ({@link #MAX_CELLS_ACROSS} cells along its longer side) is
	 * lowered to the finest it allows; at most {@link PointCluster#LIMIT} cells, the fullest, and {@code truncated} says
	 * when more held items.
	 */
	Points points(Query query, Layer layer, int zoom, @Nullable String bbox) {
		if (zoom < 0 || zoom > MAX_ZOOM) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "map.zoom-out-of-range", zoom, MAX_ZOOM);
		}
		DivisionCode division = query.division().code();
		PointCluster.View view = bbox == null || bbox.isBlank()
				? boundaries.extent(division).orElse(PointCluster.View.WORLD) : view(bbox);
		int used = Math.min(zoom, finestZoom(view));
		double cell = WIDEST_CELL / (1 << used);
		int asked = PointCluster.LIMIT + 1;
		List<PointCluster> clusters = switch (layer) {
			case EVENTS -> events.clusters(division, query.from(), query.to(), view, cell, false, asked);
			case CASES -> events.clusters(division, query.from(), query.to(), view, cell, true, asked);
			case INSPECTIONS -> inspections.clusters(division, query.from(), query.to(), view, cell, asked);
		};
		boolean truncated = clusters.size() > PointCluster.LIMIT;
		return new Points(division.value(), layer, used, cell, view,
				truncated ? clusters.subList(0, PointCluster.LIMIT) : clusters, truncated);
	}

	/** The finest zoom whose cells, {@link #MAX_CELLS_ACROSS} of them, cover the view's longer side. */
	static int finestZoom(PointCluster.View view) {
		double cells = WIDEST_CELL * MAX_CELLS_ACROSS / Math.max(view.span(), 1e-9);
		return (int) Math.max(0, Math.min(MAX_ZOOM, Math.floor(Math.log(cells) / Math.log(2))));
	}

	private static PointCluster.View view(String bbox) {
		String[] parts = bbox.split(",", -1);
		double[] degrees = new double[4];
		try {
			for (int i = 0; i < parts.length && parts.length == 4; i++) {
				degrees[i] = Double.parseDouble(parts[i].trim());
			}
		}
		catch (NumberFormatException e) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "map.bbox-malformed", bbox);
		}
		PointCluster.View view = new PointCluster.View(degrees[0], degrees[1], degrees[2], degrees[3]);
		boolean valid = parts.length == 4 && view.west() >= -180 && view.east() <= 180 && view.south() >= -90
				&& view.north() <= 90 && view.west() < view.east() && view.south() < view.north();
		if (!valid) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "map.bbox-malformed", bbox);
		}
		return view;
	}
}
