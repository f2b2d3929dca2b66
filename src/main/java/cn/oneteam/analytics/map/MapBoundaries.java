package cn.oneteam.analytics.map;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.PointCluster;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outlines shipped under {@code geo/} (one GeoJSON file per province, features keyed by official division codes;
 * source and licence in {@code geo/SOURCE.md}, docs/adr/0052-the-map.md). A feature names its division in
 * {@code code}, or in {@code codes} when one outline of the source covers several of today's divisions.
 */
@Component
class MapBoundaries {

	/** One outline and the division codes it covers. */
	record Outline(List<String> codes, String name, JsonNode feature) {

		boolean within(DivisionCode division) {
			return codes.stream().anyMatch(code -> DivisionCode.of(code).isWithin(division));
		}

		boolean contains(DivisionCode division) {
			return codes.stream().anyMatch(code -> division.isWithin(DivisionCode.of(code)));
		}
	}

	private final List<Outline> outlines = new ArrayList<>();

	private final JsonMapper json;

	private final Map<String, byte[]> collections = new ConcurrentHashMap<>();

	private final Map<String, PointCluster.View> extents = new ConcurrentHashMap<>();

	MapBoundaries(JsonMapper json) throws IOException {
		this.json = json;
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:geo/*.geojson")) {
			try (InputStream in = file.getInputStream()) {
				for (JsonNode feature : json.readTree(in).get("features")) {
					JsonNode properties = feature.get("properties");
					List<String> codes = new ArrayList<>();
					properties.path("codes").forEach(code -> codes.add(code.asString()));
					if (codes.isEmpty()) {
						codes.add(properties.get("code").asString());
					}
					outlines.add(new Outline(List.copyOf(codes), properties.get("name").asString(), feature));
				}
			}
		}
	}

	List<Outline> all() {
		return List.copyOf(outlines);
	}

	/** The outlines inside {@code division}, or the one that holds it when it is finer than the shipped outlines. */
	List<Outline> of(DivisionCode division) {
		List<Outline> inside = outlines.stream().filter(o -> o.within(division)).toList();
		return inside.isEmpty() ? outlines.stream().filter(o -> o.contains(division)).toList() : inside;
	}

	/** The smallest box around {@link #of}'s outlines; empty where none is shipped. */
	Optional<PointCluster.View> extent(DivisionCode division) {
		return Optional.ofNullable(extents.computeIfAbsent(division.value(), key -> {
			double[] box = { 180, 90, -180, -90 };
			of(division).forEach(outline -> widen(box, outline.feature().path("geometry").path("coordinates")));
			return box[0] > box[2] ? null : new PointCluster.View(box[0], box[1], box[2], box[3]);
		}));
	}

	private static void widen(double[] box, JsonNode coordinates) {
		if (coordinates.size() >= 2 && coordinates.get(0).isNumber()) {
			double longitude = coordinates.get(0).asDouble();
			double latitude = coordinates.get(1).asDouble();
			box[0] = Math.min(box[0], longitude);
			box[1] = Math.min(box[1], latitude);
			box[2] = Math.max(box[2], longitude);
			box[3] = Math.max(box[3], latitude);
			return;
		}
		coordinates.forEach(inner -> widen(box, inner));
	}

	/** {@link #of} as a GeoJSON FeatureCollection, serialised once per division. */
	byte[] geoJson(DivisionCode division) {
		return collections.computeIfAbsent(division.value(), key -> {
			ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
			ArrayNode features = collection.putArray("features");
			of(division).forEach(outline -> features.add(outline.feature()));
			return json.writeValueAsBytes(collection);
		});
	}
}
