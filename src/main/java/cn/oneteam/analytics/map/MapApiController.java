package cn.oneteam.analytics.map;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The map's data (docs/adr/0052-the-map.md): values per area, clustered points, and the outlines to draw. */
@RestController
@RequestMapping("/api/v1/analytics/map")
@PreAuthorize(MapApiController.WHO)
@Tag(name = "map 地图", description = "A measure per child area of a division, the points of a layer clustered on a "
		+ "grid that depends on the zoom, and the shipped boundaries as GeoJSON; inside the caller's jurisdiction")
class MapApiController {

	static final String WHO = "hasAnyAuthority('dashboard:view', 'supervision:review', 'event:dispatch')";

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final TerritoryMap map;

	private final MapBoundaries boundaries;

	MapApiController(TerritoryMap map, MapBoundaries boundaries) {
		this.map = map;
		this.boundaries = boundaries;
	}

	@GetMapping("/areas")
	@Operation(summary = "Per child area of the division (a township: itself): code, name and the measure's value for "
			+ "the period; unplaced: the measure over items recorded above the areas (a count; for the rate, the % of "
			+ "their replies due closed on time, null where none fell due)", description = "dashboard:view, "
					+ "supervision:review or event:dispatch. measure: events (received), cases (recorded), "
					+ "inspections (recorded or published, by day inspected; merged duplicate events never count), "
					+ "events-closed-on-time (% of the replies "
					+ "due in the period closed by their due day; null where none fell due). Default division: the "
					+ "caller's; default period: this year to today. 400 map.unknown-choice, map.period-reversed, "
					+ "map.division-too-fine, division.code-malformed; 404 map.division-unknown; 403 "
					+ "map.outside-jurisdiction.")
	TerritoryMap.Areas areas(@RequestParam(required = false) @Schema(example = "6328") @Nullable String division,
			@RequestParam(required = false) @Schema(example = "events") @Nullable String measure,
			@RequestParam(required = false) @Schema(example = "2026-01-01") @Nullable LocalDate from,
			@RequestParam(required = false) @Schema(example = "2026-12-31") @Nullable LocalDate to,
			JurisdictionScope scope) {
		return map.areas(map.query(division, from, to, scope), TerritoryMap.measure(measure));
	}

	@GetMapping("/points")
	@Operation(summary = "The layer's items that carry coordinates, grouped on the server into square cells of "
			+ "8° / 2^zoom inside the view: each cluster has its count and the mean position of its items; truncated "
			+ "when more than 5,000 cells held items (the fullest are answered)", description = "layer: events, "
					+ "cases (where the event a case came from was reported), inspections (where the result was "
					+ "entered); bbox: the view, west,south,east,north in degrees (default: the extent of the "
					+ "division's outlines, or the globe); zoom 0 to 16 (default 4), lowered to the finest at which "
					+ "the view's longer side spans at most 128 cells (the answer's zoom is the one used). Merged "
					+ "duplicate events are left out. Same roles, defaults and errors as /areas; 400 "
					+ "map.zoom-out-of-range, map.bbox-malformed.")
	TerritoryMap.Points points(@RequestParam(required = false) @Schema(example = "6328") @Nullable String division,
			@RequestParam(required = false) @Schema(example = "events") @Nullable String layer,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@Parameter(description = "0 (cells of 8°) to 16") @RequestParam(defaultValue = "4") int zoom,
			@RequestParam(required = false) @Schema(example = "100.0,36.5,101.5,38.0") @Nullable String bbox,
			JurisdictionScope scope) {
		return map.points(map.query(division, from, to, scope), TerritoryMap.layer(layer), zoom, bbox);
	}

	@GetMapping("/boundaries/{division}.geojson")
	@Operation(summary = "The shipped outlines inside the division (or the county outline holding a township) as a "
			+ "GeoJSON FeatureCollection keyed by division code; cacheable for a day, with an ETag", description = "Same "
					+ "roles; 403 map.outside-jurisdiction. An empty collection where no outlines are shipped "
					+ "(src/main/resources/geo/SOURCE.md).")
	ResponseEntity<byte[]> boundaries(@PathVariable String division, JurisdictionScope scope, WebRequest request) {
		DivisionCode code = map.query(division, null, null, scope).division().code();
		byte[] body = boundaries.geoJson(code);
		// weak: Tomcat gzips no answer with a strong ETag, and the outlines are worth gzipping (433 KB → 101 KB for 海西)
		String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
		CacheControl cache = CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).cacheControl(cache).eTag(etag).build();
		}
		return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(cache).eTag(etag).body(body);
	}
}
