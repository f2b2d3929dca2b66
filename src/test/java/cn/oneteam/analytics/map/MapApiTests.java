package cn.oneteam.analytics.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.PointCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The map's API (docs/adr/0052-the-map.md) over a fixture of its own in 门源回族自治县 632221 (outside every demo
 * account's view) in February 2019: events in two townships, one placed at the county and a merged duplicate that
 * counts nowhere, two in 祁连县 next door, cases and inspections; the areas' values equal the fixture's counts and add
 * up with the unplaced ones; at the province each county outline shows its own count; points in one grid cell merge,
 * their counts add up, a finer zoom splits them, a view box keeps only its points, a zoom too fine for the view is
 * lowered and a grid of more cells than the cap (August 2018) is cut and says so; jurisdiction, permissions, bad input
 * and cacheable outlines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapApiTests extends IntegrationTest {

	private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final String COUNTY = "632221";

	private static final String HAOMEN = "632221100";

	private static final String QINGSHIZUI = "632221101";

	private static final String QILIAN_TOWN = "632222100";

	private static final String GRID = "100.9995,36.9995,101.0715,37.0715";

	@Autowired
	private TerritoryMap map;

	@Autowired
	private MapBoundaries boundaries;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	private long body;

	@BeforeAll
	void fixture() {
		if (jdbc.sql("select count(*) from intake_event where division_code like '632221%' and received_at < '2019-03-01' "
				+ "and received_at >= '2019-02-01'").query(Long.class).single() > 0) {
			return; // the context (and database) is shared: the fixture is in place
		}
		String code = "t-map-" + UUID.randomUUID().toString().substring(0, 8);
		body = SystemActor.call(() -> organizations.register(new NewOrganization(code, "地图测试局" + code,
				OrganizationKind.DEPARTMENT, BodyType.OWN_POWER, DivisionCode.of(COUNTY), null, List.of()),
				JurisdictionScope.nationwide())).id().value();
		// 浩门镇: two events side by side (one became a case), a third without coordinates; replies due: one on time, one late
		event(HAOMEN, "2019-02-05", "101.61000", "37.38000", "2019-02-10", "2019-02-09", 1L);
		event(HAOMEN, "2019-02-06", "101.61200", "37.38100", "2019-02-12", "2019-02-14", null);
		event(HAOMEN, "2019-02-20", null, null, null, null, null);
		// a duplicate of the first, merged into it: counted nowhere (docs/adr/0050-dashboards-and-projections.md)
		long first = jdbc.sql("select min(id) from intake_event where division_code = ? and received_at = ?")
			.params(HAOMEN, OffsetDateTime.parse("2019-02-05T10:00:00+08:00")).query(Long.class).single();
		event(HAOMEN, "2019-02-05", "101.61000", "37.38000", "2019-02-10", null, null);
		jdbc.sql("update intake_event set merged_into = ? where division_code = ? and received_at = ? and id <> ?")
			.params(first, HAOMEN, OffsetDateTime.parse("2019-02-05T10:00:00+08:00"), first).update();
		// 青石咀镇: one event far from the others; one placed at the county itself, replied on time
		event(QINGSHIZUI, "2019-02-07", "101.30000", "37.20000", null, null, null);
		event(COUNTY, "2019-02-08", null, null, "2019-02-15", "2019-02-15", null);
		// 祁连县, another county of 海北 6322: two events, so that its outline and 门源's differ at the province
		event(QILIAN_TOWN, "2019-02-09", null, null, null, null, null);
		event(QILIAN_TOWN, "2019-02-10", null, null, null, null, null);
		// August 2018: 71 × 71 events a thousandth of a degree apart, one per cell at zoom 13 (more than the cap)
		jdbc.sql("""
				insert into intake_event (tracking_number, channel, request_type, description, division_code,
				  township_code, latitude, longitude, priority, state, received_at, dispatch_due_on, updated_at)
				select 'MAPGRID' || lpad(i::text, 5, '0'), 'DISPATCHER', 'CONSULTATION', '地图测试', :place, :place,
				  37.0 + (i / 71) * 0.001, 101.0 + (i % 71) * 0.001, 'URGENT', 'RECEIVED',
				  timestamptz '2018-08-10T10:00:00+08:00', date '2018-08-10', now()
				from generate_series(0, 71 * 71 - 1) as i""").param("place", HAOMEN).update();
		// an event outside the period does not count
		event(HAOMEN, "2019-03-01", "101.61000", "37.38000", null, null, null);
		penaltyCase(HAOMEN, "2019-02-11");
		penaltyCase(HAOMEN, "2019-02-12");
		penaltyCase(COUNTY, "2019-02-13");
		visit(QINGSHIZUI, "RECORDED", "2019-02-14", "101.30100", "37.20100");
		visit(QINGSHIZUI, "PLANNED", null, null, null);
	}

	private void event(String place, String received, String lon, String lat, String replyDue, String replied,
			Long caseId) {
		jdbc.sql("""
				insert into intake_event (tracking_number, channel, request_type, description, division_code,
				  township_code, latitude, longitude, priority, state, received_at, dispatch_due_on, reply_due_on,
				  replied_at, case_id, updated_at)
				values (:number, 'DISPATCHER', 'CONSULTATION', '地图测试', :place, :township, cast(:lat as numeric),
				  cast(:lon as numeric), 'URGENT', 'RECEIVED', cast(:received as timestamptz), cast(:day as date),
				  cast(:due as date), cast(:replied as timestamptz), :caseId, now())""")
			.param("number", "MAP" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L))
			.param("place", place)
			.param("township", place.length() == 9 ? place : HAOMEN)
			.param("lat", lat)
			.param("lon", lon)
			.param("received", received + "T10:00:00+08:00")
			.param("day", received)
			.param("due", replyDue)
			.param("replied", replied == null ? null : replied + "T16:00:00+08:00")
			.param("caseId", caseId)
			.update();
	}

	private void penaltyCase(String place, String recorded) {
		jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on,
				  recorded_by, recorded_at)
				values ('SIMPLE', 'DECIDED', 'DEMO-DQ-118-1', 1, :place, :body, :body, 'OWN_POWER', 'NATURAL_PERSON',
				  '地图测试人', '地图测试', '{WARNING}', null, cast(:day as date), 0, cast(:at as timestamptz))""")
			.param("place", place).param("body", body).param("day", recorded)
			.param("at", recorded + "T09:00:00+08:00")
			.update();
	}

	private void visit(String place, String state, String inspectedOn, String lon, String lat) {
		long subject = jdbc.sql("select id from market_subject order by id limit 1").query(Long.class).single();
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
		}
		long id = jdbc.sql("""
				insert into inspection_visit (subject_id, subject_code, division_code, kind, trigger, lead_department_id,
				  department_ids, window_from, window_until, on_site, code, inspectors, state, created_by, created_at,
				  inspected_on, recorded_by, recorded_at, with_code, outcome)
				values (:subject, '91632221MA00000000', :place, 'TARGETED', 'COMPLAINT', :body, cast(:departments as bigint[]),
				  '2019-02-01', '2019-02-28', true, :code, '{T1,T2}', :state, 0, now(), cast(:on as date),
				  cast(:by as bigint), cast(:at as timestamptz), cast(:withCode as boolean), :outcome)
				returning id""")
			.param("subject", subject).param("place", place).param("body", body)
			.param("departments", "{" + body + "}").param("code", code.toString()).param("state", state)
			.param("on", inspectedOn).param("by", inspectedOn == null ? null : "0")
			.param("at", inspectedOn == null ? null : inspectedOn + "T10:00:00+08:00")
			.param("withCode", inspectedOn == null ? null : "true")
			.param("outcome", inspectedOn == null ? null : "NO_PROBLEM")
			.query(Long.class).single();
		if (lon != null) {
			jdbc.sql("""
					insert into inspection_result (visit_id, public_name, subject_kind, after_window, latitude, longitude,
					  recorded_by, recorded_at)
					values (?, '地图测试', 'ENTERPRISE', false, cast(? as numeric), cast(? as numeric), 0, now())""")
				.params(id, lat, lon).update();
		}
	}

	private MockHttpServletRequestBuilder areas(String division, String measure) {
		return areas(division, measure, "2019-02-01", "2019-02-28");
	}

	private MockHttpServletRequestBuilder areas(String division, String measure, String from, String to) {
		return get("/api/v1/analytics/map/areas").param("division", division).param("measure", measure)
			.param("from", from).param("to", to);
	}

	private MockHttpServletRequestBuilder points(String layer, int zoom) {
		return get("/api/v1/analytics/map/points").param("division", COUNTY).param("layer", layer)
			.param("from", "2019-02-01").param("to", "2019-02-28").param("zoom", String.valueOf(zoom));
	}

	private MockHttpServletRequestBuilder points(String layer, int zoom, String bbox) {
		return points(layer, zoom).param("bbox", bbox);
	}

	private static JsonNode area(JsonNode answer, String code) {
		for (JsonNode area : answer.get("areas")) {
			if (area.get("code").asString().equals(code)) {
				return area;
			}
		}
		throw new AssertionError("no area " + code + " in " + answer);
	}

	private static long sum(JsonNode answer) {
		long sum = answer.get("unplaced").asLong();
		for (JsonNode area : answer.get("areas")) {
			sum += area.get("value").asLong();
		}
		return sum;
	}

	@Test
	void theAreasOfACountyCountItsTownshipsAndAddUpWithWhatIsPlacedAtTheCounty() throws Exception {
		JsonNode events = body(mvc.perform(areas(COUNTY, "events").with(as("admin"))).andExpect(status().isOk()));
		assertThat(area(events, HAOMEN).get("name").asString()).isEqualTo("浩门镇");
		assertThat(area(events, HAOMEN).get("value").asLong()).isEqualTo(3);
		assertThat(area(events, QINGSHIZUI).get("value").asLong()).isEqualTo(1);
		assertThat(events.get("unplaced").asLong()).isEqualTo(1);
		long recorded = jdbc.sql("select count(*) from intake_event where division_code like '632221%' and merged_into is null "
				+ "and received_at >= '2019-02-01T00:00:00+08:00' and received_at < '2019-03-01T00:00:00+08:00'")
			.query(Long.class).single();
		assertThat(sum(events)).isEqualTo(recorded).isEqualTo(5);
		assertThat(events.get("areas").size()).isEqualTo(jdbc.sql("select count(*) from division where parent_code = ?")
			.param(COUNTY).query(Long.class).single().intValue());

		JsonNode cases = body(mvc.perform(areas(COUNTY, "cases").with(as("admin"))).andExpect(status().isOk()));
		assertThat(area(cases, HAOMEN).get("value").asLong()).isEqualTo(2);
		assertThat(cases.get("unplaced").asLong()).isEqualTo(1);
		assertThat(sum(cases)).isEqualTo(3);

		JsonNode inspections = body(mvc.perform(areas(COUNTY, "inspections").with(as("admin"))).andExpect(status().isOk()));
		assertThat(area(inspections, QINGSHIZUI).get("value").asLong()).isEqualTo(1);
		assertThat(sum(inspections)).isEqualTo(1);

		JsonNode rate = body(mvc.perform(areas(COUNTY, "events-closed-on-time").with(as("admin")))
			.andExpect(status().isOk()));
		assertThat(area(rate, HAOMEN).get("value").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(area(rate, QINGSHIZUI).path("value").isNumber()).isFalse();
		// what is placed at the county is the same measure: the % of its replies due closed on time
		assertThat(rate.get("unplaced").decimalValue()).isEqualByComparingTo("100.0");

		// one level up, the county holds everything
		JsonNode prefecture = body(mvc.perform(areas("6322", "events").with(as("admin"))).andExpect(status().isOk()));
		assertThat(area(prefecture, COUNTY).get("value").asLong()).isEqualTo(5);
	}

	@Test
	void pointsInOneCellMergeWithTheirCountsAddingUpAndAFinerZoomSplitsThem() throws Exception {
		JsonNode wide = body(mvc.perform(points("events", 0).with(as("admin"))).andExpect(status().isOk()));
		assertThat(wide.get("cellDegrees").asDouble()).isEqualTo(8.0);
		assertThat(wide.get("clusters").size()).isEqualTo(1);
		assertThat(wide.get("clusters").get(0).get("count").asLong()).isEqualTo(3);
		assertThat(wide.get("clusters").get(0).get("longitude").asDouble()).isCloseTo(101.50733, within());

		JsonNode fine = body(mvc.perform(points("events", 8).with(as("admin"))).andExpect(status().isOk()));
		List<Long> counts = new ArrayList<>();
		fine.get("clusters").forEach(c -> counts.add(c.get("count").asLong()));
		assertThat(counts).containsExactly(2L, 1L);
		JsonNode pair = fine.get("clusters").get(0);
		assertThat(pair.get("longitude").asDouble()).isCloseTo(101.611, within());
		assertThat(pair.get("latitude").asDouble()).isCloseTo(37.3805, within());

		// a view of a hundredth of a degree around the pair in 浩门镇 allows zoom 16, and holds only the pair
		JsonNode finest = body(mvc.perform(points("events", 16, "101.605,37.375,101.615,37.385").with(as("admin")))
			.andExpect(status().isOk()));
		assertThat(finest.get("zoom").asInt()).isEqualTo(16);
		assertThat(finest.get("clusters").size()).isEqualTo(2);
		assertThat(finest.get("truncated").asBoolean()).isFalse();
		JsonNode west = body(mvc.perform(points("events", 4, "101.2,37.1,101.4,37.3").with(as("admin")))
			.andExpect(status().isOk()));
		assertThat(west.get("clusters").size()).isEqualTo(1);
		assertThat(west.get("clusters").get(0).get("longitude").asDouble()).isCloseTo(101.3, within());

		JsonNode cases = body(mvc.perform(points("cases", 4).with(as("admin"))).andExpect(status().isOk()));
		assertThat(cases.get("clusters").size()).isEqualTo(1);
		assertThat(cases.get("clusters").get(0).get("count").asLong()).isEqualTo(1);
		JsonNode inspections = body(mvc.perform(points("inspections", 4).with(as("admin"))).andExpect(status().isOk()));
		assertThat(inspections.get("clusters").get(0).get("count").asLong()).isEqualTo(1);
		assertThat(inspections.get("clusters").get(0).get("latitude").asDouble()).isCloseTo(37.201, within());
	}

	@Test
	void aZoomTooFineForTheViewIsLoweredToTheFinestAtWhichTheViewSpansAtMost128Cells() throws Exception {
		MockHttpServletRequestBuilder province = get("/api/v1/analytics/map/points").param("division", "63")
			.param("from", "2019-02-01").param("to", "2019-02-28").param("zoom", "16");
		for (var asked : List.of(points("events", 16), province, points("events", 16, "100,36,102,38"))) {
			JsonNode answer = body(mvc.perform(asked.with(as("admin"))).andExpect(status().isOk()));
			JsonNode view = answer.get("view");
			double span = Math.max(view.get("east").asDouble() - view.get("west").asDouble(),
					view.get("north").asDouble() - view.get("south").asDouble());
			int zoom = answer.get("zoom").asInt();
			assertThat(zoom).isLessThan(16);
			assertThat(answer.get("cellDegrees").asDouble()).isEqualTo(8.0 / (1 << zoom));
			assertThat(span / answer.get("cellDegrees").asDouble()).isLessThanOrEqualTo(128);
			assertThat(span / (answer.get("cellDegrees").asDouble() / 2)).isGreaterThan(128);
		}
		// without a box, the view is the extent of the county's outline
		JsonNode county = body(mvc.perform(points("events", 16).with(as("admin"))).andExpect(status().isOk()));
		assertThat(county.get("view").get("west").asDouble()).isBetween(100.0, 101.3);
		assertThat(county.get("view").get("east").asDouble()).isBetween(101.62, 103.0);
		// a zoom the view allows is kept
		JsonNode kept = body(mvc.perform(points("events", 2, "100,36,102,38").with(as("admin"))).andExpect(status().isOk()));
		assertThat(kept.get("zoom").asInt()).isEqualTo(2);
	}

	@Test
	void moreCellsThanTheCapAreCutToTheFullestAndTheAnswerSaysSo() throws Exception {
		JsonNode cut = body(mvc.perform(august(13)
			.with(as("admin"))).andExpect(status().isOk()));
		assertThat(cut.get("zoom").asInt()).isEqualTo(13);
		assertThat(cut.get("clusters").size()).isEqualTo(PointCluster.LIMIT);
		assertThat(cut.get("truncated").asBoolean()).isTrue();
		// the same grid in coarser cells fits
		JsonNode whole = body(mvc.perform(august(8)
			.with(as("admin"))).andExpect(status().isOk()));
		assertThat(whole.get("truncated").asBoolean()).isFalse();
		long sum = 0;
		for (JsonNode cluster : whole.get("clusters")) {
			sum += cluster.get("count").asLong();
		}
		assertThat(sum).isEqualTo(71 * 71);
	}

	@Test
	void atTheProvinceEachCountyOutlineShowsItsOwnCountWhileTheTableListsPrefectures() {
		TerritoryMap.Query query = map.query("63", LocalDate.parse("2019-02-01"),
				LocalDate.parse("2019-02-28"), JurisdictionScope.nationwide());
		TerritoryMap.Shading shading = map.shaded(query, TerritoryMap.Measure.EVENTS, boundaries.of(DivisionCode.of("63")));
		Map<String, TerritoryMap.Shade> byName = new HashMap<>();
		shading.shades().forEach(shade -> byName.put(shade.name(), shade));
		assertThat(byName.get("门源回族自治县").value()).isEqualByComparingTo(String.valueOf(events("632221")))
			.isEqualByComparingTo("5");
		assertThat(byName.get("祁连县").value()).isEqualByComparingTo(String.valueOf(events("632222")));
		assertThat(byName.get("海晏县").value()).isEqualByComparingTo(String.valueOf(events("632223")));
		assertThat(byName.get("门源回族自治县").drill()).isEqualTo("6322");
		// the table lists the prefectures, 海北 with both counties' events
		TerritoryMap.Area haibei = shading.areas().areas().stream().filter(a -> a.code().equals("6322")).findFirst()
			.orElseThrow();
		assertThat(haibei.value()).isEqualByComparingTo(String.valueOf(events("6322")));
		assertThat(haibei.value()).isGreaterThan(byName.get("门源回族自治县").value());
	}

	private MockHttpServletRequestBuilder august(int zoom) {
		return get("/api/v1/analytics/map/points").param("division", COUNTY).param("layer", "events")
			.param("from", "2018-08-01").param("to", "2018-08-31").param("zoom", String.valueOf(zoom)).param("bbox", GRID);
	}

	private long events(String prefix) {
		return jdbc.sql("select count(*) from intake_event where division_code like ? and merged_into is null "
				+ "and received_at >= '2019-02-01T00:00:00+08:00' and received_at < '2019-03-01T00:00:00+08:00'")
			.param(prefix + "%").query(Long.class).single();
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(0.0001);
	}

	@Test
	void onlyTheViewersTerritoryAndOnlyViewersOfDashboardsSupervisionOrDispatch() throws Exception {
		mvc.perform(areas(COUNTY, "events").with(as("hx.leader"))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("map.outside-jurisdiction"));
		mvc.perform(points("events", 4).with(as("hx.supervisor"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/analytics/map/boundaries/6322.geojson").with(as("hx.leader")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/analytics/map").param("division", COUNTY).with(as("hx.leader")))
			.andExpect(status().isForbidden());
		mvc.perform(areas("6328", "events").with(as("hx.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.areas.length()").value(7));
		mvc.perform(areas("632802", "events").with(as("dlh.dispatch"))).andExpect(status().isOk());
		mvc.perform(areas("6328", "events").with(as("dlh.dispatch"))).andExpect(status().isForbidden());
		mvc.perform(areas("632802", "events").with(as("dlh.officer1"))).andExpect(status().isForbidden());
		// without a division: the viewer's own; nationwide, the province whose outlines are shipped
		mvc.perform(get("/api/v1/analytics/map/areas").with(as("hx.leader"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.division").value("6328"));
		mvc.perform(get("/api/v1/analytics/map/areas").with(as("admin"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.division").value("63"));
		mvc.perform(get("/analytics/map").with(as("dlh.officer1"))).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsA400ProblemAndAnUnknownDivisionA404() throws Exception {
		for (String[] bad : new String[][] { { COUNTY, "fines", "2019-02-01" }, { "63x", "events", "2019-02-01" },
				{ "632221100001", "events", "2019-02-01" }, { COUNTY, "events", "2019-03-01" },
				{ COUNTY, "events", "2019-02-30" } }) {
			mvc.perform(areas(bad[0], bad[1], bad[2], "2019-02-28").with(as("admin")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.title").isNotEmpty());
		}
		mvc.perform(points("sensors", 4).with(as("admin"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("map.unknown-choice"));
		mvc.perform(points("events", 17).with(as("admin"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("map.zoom-out-of-range"));
		for (String bbox : List.of("101,37,102", "102,37,101,38", "a,b,c,d", "-200,37,101,38", "101,37,102,NaN")) {
			mvc.perform(points("events", 4, bbox).with(as("admin"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("map.bbox-malformed"))
				.andExpect(jsonPath("$.title").isNotEmpty());
		}
		mvc.perform(areas(COUNTY, "events", "2019-02-01", "2019-01-01").with(as("admin")).locale(Locale.ENGLISH)
			.header("Accept-Language", "en")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("map.period-reversed"))
			.andExpect(jsonPath("$.title").value("Period reversed"));
		mvc.perform(areas("639999", "events").with(as("admin"))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("map.division-unknown"));
	}

	@Test
	void theOutlinesOfADivisionAreGeoJsonCacheableWithAnEtag() throws Exception {
		var answer = mvc.perform(get("/api/v1/analytics/map/boundaries/6328.geojson").with(as("hx.leader")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=86400")))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features.length()").value(6));
		String etag = answer.andReturn().getResponse().getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		mvc.perform(get("/api/v1/analytics/map/boundaries/6328.geojson").header("If-None-Match", etag)
			.with(as("hx.leader"))).andExpect(status().isNotModified());
		mvc.perform(get("/api/v1/analytics/map/boundaries/632802100.geojson").with(as("dlh.dispatch")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(1))
			.andExpect(jsonPath("$.features[0].properties.code").value("632802"));
	}

	@Test
	void thePageListsTheAreasWithTheirValuesAndColoursTheOutlineOfTheCounty() throws Exception {
		mvc.perform(get("/analytics/map").param("division", COUNTY).param("measure", "cases")
			.param("from", "2019-02-01").param("to", "2019-02-28").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("浩门镇")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"map-unplaced\"")));
	}
}
