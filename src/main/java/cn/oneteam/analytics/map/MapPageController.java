package cn.oneteam.analytics.map;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 地图: the territory's outlines coloured by a measure, the points of a layer clustered, the areas as a table with
 * drill-down (docs/adr/0052-the-map.md). The page script fetches outlines and points from the map API.
 */
@Controller
class MapPageController {

	private final TerritoryMap map;

	private final MapBoundaries boundaries;

	MapPageController(TerritoryMap map, MapBoundaries boundaries) {
		this.map = map;
		this.boundaries = boundaries;
	}

	@GetMapping("/analytics/map")
	@PreAuthorize(MapApiController.WHO)
	String map(@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable String measure,
			@RequestParam(required = false) @Nullable String layer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			JurisdictionScope scope, Model model) {
		TerritoryMap.Query query = map.query(division, from, to, scope);
		TerritoryMap.Measure chosen = TerritoryMap.measure(measure);
		DivisionCode code = query.division().code();
		List<MapBoundaries.Outline> outlines = boundaries.of(code);
		TerritoryMap.Shading shading = map.shaded(query, chosen, outlines);
		TerritoryMap.Areas areas = shading.areas();
		model.addAttribute("areas", areas);
		model.addAttribute("measure", name(chosen));
		model.addAttribute("layer", name(TerritoryMap.layer(layer)));
		model.addAttribute("measures", names(TerritoryMap.Measure.values()));
		model.addAttribute("layers", names(TerritoryMap.Layer.values()));
		model.addAttribute("rate", chosen == TerritoryMap.Measure.EVENTS_CLOSED_ON_TIME);
		model.addAttribute("drillable", code.level() != DivisionLevel.TOWNSHIP);
		model.addAttribute("parent", code.parent().filter(scope::covers).map(DivisionCode::value).orElse(null));
		model.addAttribute("outlines", outlines.size());
		model.addAttribute("finerThanOutlines", code.level() == DivisionLevel.COUNTY || code.level() == DivisionLevel.TOWNSHIP);
		model.addAttribute("data", Map.of("shades", shading.shades().stream().map(MapPageController::plain).toList()));
		return "analytics/map";
	}

	/** A shade as a plain map, which the template's JavaScript inlining writes as JSON (it does not read records). */
	private static Map<String, @Nullable Object> plain(TerritoryMap.Shade shade) {
		Map<String, @Nullable Object> plain = new HashMap<>();
		plain.put("name", shade.name());
		plain.put("value", shade.value());
		plain.put("drill", shade.drill());
		return plain;
	}

	/** The name a URL carries: {@code EVENTS_CLOSED_ON_TIME} → {@code events-closed-on-time}. */
	static String name(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(MapPageController::name).toList();
	}
}
