package cn.oneteam.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import cn.oneteam.IntegrationTest;
import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Who sees which dashboard and which divisions, the period and its Beijing-day boundaries, and the fair ranking's
 * minimum sample (docs/adr/0050-dashboards-and-projections.md).
 */
class DashboardTests extends IntegrationTest {

	private static final String API = "/api/v1/analytics/dashboards/";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Projections projections;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void eachRoleOpensItsOwnDashboardInsideItsJurisdictionOnly() throws Exception {
		mvc.perform(get(API + "leader").param("division", "6328").with(as("hx.leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.division").value("6328"))
			.andExpect(jsonPath("$.children[0].division").exists())
			.andExpect(jsonPath("$.rankings").isNotEmpty());
		mvc.perform(get(API + "supervisor").param("division", "632802").with(as("hx.supervisor")))
			.andExpect(status().isOk());
		JsonNode head = body(mvc.perform(get(API + "head").with(as("dlh.head"))).andExpect(status().isOk()));
		assertThat(head.get("body").asLong()).isPositive();
		assertThat(head.get("bodies")).allSatisfy(line -> assertThat(line.get("bodyId").asLong())
			.isEqualTo(head.get("body").asLong()));
		mvc.perform(get(API + "dispatcher").with(as("dlh.dispatch"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.division").value("632802"));

		// a division outside the viewer's jurisdiction
		for (String[] refused : new String[][] { { "leader", "hx.leader", "632221" },
				{ "supervisor", "hx.supervisor", "632221" }, { "head", "dlh.head", "6328" },
				{ "dispatcher", "dlh.dispatch", "6328" } }) {
			mvc.perform(get(API + refused[0]).param("division", refused[2]).with(as(refused[1])))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.code").value("dashboard.outside-jurisdiction"));
		}
		// another role's dashboard
		for (String[] refused : new String[][] { { "supervisor", "hx.leader" }, { "dispatcher", "hx.leader" },
				{ "head", "hx.leader" }, { "dispatcher", "hx.supervisor" }, { "head", "hx.supervisor" },
				{ "supervisor", "dlh.head" }, { "dispatcher", "dlh.head" }, { "leader", "dlh.dispatch" },
				{ "supervisor", "dlh.dispatch" }, { "head", "dlh.dispatch" } }) {
			mvc.perform(get(API + refused[0]).with(as(refused[1])))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("dashboard.role-forbidden"));
		}
		mvc.perform(get("/analytics/dashboards/leader").param("division", "632802").with(as("hx.leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dashboard-chart-data\"")))
			.andExpect(content().string(containsString("id=\"dashboard-children\"")));
		mvc.perform(get("/analytics/dashboards/leader").with(as("dlh.dispatch"))).andExpect(status().isForbidden());
		mvc.perform(get(API + "mayor").with(as("hx.leader"))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dashboard.role-unknown"));
	}

	/**
	 * The JSON carries only the role's figures ("Who sees what"): the dispatcher no case, fine or inspection figure; the
	 * supervisor the timeliness of cases, events and whistles, the ratings and the inspections, no case counts, fines
	 * or reporters' verdicts, and no ranking by satisfaction; the head no event; the leader everything.
	 */
	@Test
	void eachRoleGetsOnlyItsOwnFigures() throws Exception {
		String dispatcherJson = mvc.perform(get(API + "dispatcher").with(as("dlh.dispatch"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(dispatcherJson).doesNotContain("\"fine.", "\"case", "finesDecided", "finesCollected", "filingOnTime",
				"\"cases\"", "inspection");
		allFigures(body(mvc.perform(get(API + "dispatcher").with(as("dlh.dispatch")))), figures -> {
			assertThat(figures.get("measures").propertyNames())
				.allMatch(m -> m.startsWith("event.") || m.startsWith("whistle."));
			assertThat(figures.has("events")).isTrue();
		});

		Set<String> supervisor = Set.of("measures", "filingOnTime", "decisionOnTime", "paymentOnTime", "caseOnTime",
				"dispatchOnTime", "arrivalOnTime", "replyOnTime", "whistleSummonses", "whistleReportOnTime",
				"whistleArrivalOnTime", "whistleResultOnTime", "whistleRating", "inspections", "inspectionsAvoided");
		JsonNode sup = body(mvc.perform(get(API + "supervisor").param("division", "6328").with(as("hx.supervisor")))
			.andExpect(status().isOk()));
		allFigures(sup, figures -> {
			assertThat(figures.propertyNames()).containsExactlyInAnyOrderElementsOf(supervisor);
			assertThat(figures.get("measures").propertyNames()).allMatch(m -> m.startsWith("case.")
					|| m.startsWith("event.") && !m.equals("event.channel") && !m.equals("event.satisfaction")
							&& !m.equals("event.reopened")
					|| m.startsWith("whistle.") || m.startsWith("inspection."));
		});
		assertThat(sup.get("rankings")).isNotEmpty()
			.allMatch(r -> !r.get("indicator").asText().equals("satisfaction"));

		JsonNode head = body(mvc.perform(get(API + "head").with(as("dlh.head"))).andExpect(status().isOk()));
		allFigures(head, figures -> assertThat(figures.propertyNames()).contains("cases", "finesCollected")
			.doesNotContain("events", "replyOnTime", "whistleSummonses", "inspections"));
		JsonNode leader = body(mvc.perform(get(API + "leader").param("division", "6328").with(as("hx.leader")))
			.andExpect(status().isOk()));
		assertThat(leader.get("total").propertyNames()).contains("cases", "finesCollected", "satisfaction", "events",
				"whistleRating", "inspectionsAvoided");
		assertThat(leader.get("rankings")).anyMatch(r -> r.get("indicator").asText().equals("satisfaction"));
	}

	/** Every figures object of a dashboard: the total, its children's and its bodies'. */
	private static void allFigures(JsonNode dashboard, Consumer<JsonNode> check) {
		check.accept(dashboard.get("total"));
		for (String lines : List.of("children", "bodies")) {
			for (JsonNode line : dashboard.get(lines)) {
				check.accept(line.get("figures"));
			}
		}
	}

	/** Items placed at the county itself (a 6-digit place) come on an "at this level" line: the children add up. */
	@Test
	void theChildrenAndThisLevelAddUpToTheTotal() throws Exception {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		long body = fixture.body(organizations, "own").id().value();
		OffsetDateTime at = OffsetDateTime.of(2025, 7, 1, 2, 0, 0, 0, ZoneOffset.UTC);
		fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", at, body, false, null);
		fixture.event(AnalyticsFixture.COUNTY, "GRID", at, body, false, null);
		projections.rebuild();
		JsonNode d = body(mvc.perform(get(API + "leader").param("division", AnalyticsFixture.COUNTY)
			.param("from", "2025-07-01").param("to", "2025-07-01").with(as("admin"))).andExpect(status().isOk()));
		long children = 0;
		JsonNode own = null;
		for (JsonNode line : d.get("children")) {
			children += line.get("figures").get("events").asLong();
			if (line.get("division").asText().equals(AnalyticsFixture.COUNTY)) {
				own = line;
			}
		}
		assertThat(own).as("the county's own line").isNotNull();
		assertThat(own.get("figures").get("events").asLong()).isPositive();
		assertThat(children).isEqualTo(d.get("total").get("events").asLong());
		mvc.perform(get("/analytics/dashboards/leader").param("division", AnalyticsFixture.COUNTY)
			.param("from", "2025-07-01").param("to", "2025-07-01").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本级")));
	}

	@Test
	void aBadPeriodIsRefusedAndOnlyAnAdministratorRecounts() throws Exception {
		mvc.perform(get(API + "leader").param("from", "2026-05-02").param("to", "2026-05-01").with(as("hx.leader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dashboard.period-invalid"));
		mvc.perform(get(API + "leader").param("from", "2016-01-01").param("to", "2026-05-01").with(as("hx.leader")))
			.andExpect(status().isBadRequest());
		mvc.perform(get(API + "leader").param("from", "2026-13-01").with(as("hx.leader")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/analytics/projections/rebuild").with(csrf()).with(as("hx.leader")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/analytics/projections/rebuild").with(csrf()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counters").isNumber());
	}

	@Test
	void daysAreBeijingDaysBothEndsIncluded() throws Exception {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		long body = fixture.body(organizations, "day").id().value();
		// 23:30 on 31 March and 00:10 on 1 April in Beijing: 15:30 and 16:10 UTC on 31 March
		fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", OffsetDateTime.of(2026, 3, 31, 15, 30, 0, 0, ZoneOffset.UTC),
				body, null, null);
		fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", OffsetDateTime.of(2026, 3, 31, 16, 10, 0, 0, ZoneOffset.UTC),
				body, null, null);
		fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", OffsetDateTime.of(2026, 5, 10, 2, 0, 0, 0, ZoneOffset.UTC),
				body, null, null);
		projections.rebuild();
		assertThat(events(body, "2026-03-31", "2026-03-31")).isEqualTo(1);
		assertThat(events(body, "2026-04-01", "2026-04-01")).isEqualTo(1);
		assertThat(events(body, "2026-03-31", "2026-04-01")).isEqualTo(2);
		assertThat(events(body, "2026-04-02", "2026-04-30")).isZero();
		// whole months are read from the month rollup, the partial edge months by day
		assertThat(events(body, "2026-04-01", "2026-04-30")).isEqualTo(1);
		assertThat(events(body, "2026-03-01", "2026-05-31")).isEqualTo(3);
		assertThat(events(body, "2026-03-31", "2026-05-09")).isEqualTo(2);
		assertThat(events(body, "2026-03-15", "2026-05-10")).isEqualTo(3);
		assertThat(events(body, "2026-04-15", "2026-05-10")).isEqualTo(1);
	}

	@Test
	void aBodyIsRankedOnlyFromTheMinimumSample() throws Exception {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		long enough = fixture.body(organizations, "rank30").id().value();
		long few = fixture.body(organizations, "rank29").id().value();
		OffsetDateTime start = OffsetDateTime.of(2025, 6, 2, 1, 0, 0, 0, ZoneOffset.UTC);
		for (int i = 0; i < 30; i++) {
			fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", start.plusHours(i), enough, i % 3 == 0, null);
		}
		for (int i = 0; i < 29; i++) {
			fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", start.plusHours(i), few, false, null);
		}
		projections.rebuild();
		JsonNode d = body(mvc.perform(get(API + "leader").param("division", AnalyticsFixture.COUNTY)
			.param("from", "2025-06-01").param("to", "2025-06-30").with(as("admin"))).andExpect(status().isOk()));
		JsonNode ranking = null;
		for (JsonNode r : d.get("rankings")) {
			if (r.get("indicator").asText().equals("replyOnTime") && r.get("over").asText().equals("bodies")) {
				ranking = r;
			}
		}
		assertThat(ranking).isNotNull();
		assertThat(ranking.get("minSample").asInt()).isEqualTo(30);
		assertThat(ranking.get("ranked")).filteredOn(x -> x.get("bodyId").asLong() == enough).singleElement()
			.satisfies(x -> {
				assertThat(x.get("rank").asInt()).isPositive();
				assertThat(x.get("rate").get("sample").asLong()).isEqualTo(30);
				assertThat(x.get("rate").get("hits").asLong()).isEqualTo(20);
			});
		assertThat(ranking.get("ranked")).noneMatch(x -> x.get("bodyId").asLong() == few);
		assertThat(ranking.get("tooSmall")).filteredOn(x -> x.get("bodyId").asLong() == few).singleElement()
			.satisfies(x -> assertThat(x.get("rate").get("sample").asLong()).isEqualTo(29));
	}

	/**
	 * Above a county the areas' rollup gives the figures ("Reading a dashboard: above a county"): a county's line in its
	 * prefecture equals the county's own dashboard, the prefecture's in its province the prefecture's, for whole
	 * months, days only and both; an item placed at the prefecture itself comes on its "at this level" line; a
	 * prefecture ranks its bodies but lists none, a province neither.
	 */
	@Test
	void aboveACountyTheAreasAgreeWithTheCountersAndOnlyAPrefectureRanksItsBodies() throws Exception {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		long enough = fixture.body(organizations, "area30").id().value();
		OffsetDateTime start = OffsetDateTime.of(2024, 6, 3, 1, 0, 0, 0, ZoneOffset.UTC);
		for (int i = 0; i < 30; i++) {
			fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", start.plusHours(i), enough, i % 3 == 0, "SATISFIED");
		}
		String prefecture = AnalyticsFixture.COUNTY.substring(0, 4);
		fixture.event(prefecture, "HOTLINE_12345", start, enough, false, null);
		await().atMost(Duration.ofSeconds(90)).until(() -> fixture.pending() == 0);
		projections.rebuild();
		for (String[] period : new String[][] { { "2024-06-01", "2024-06-30" }, { "2024-06-02", "2024-06-20" },
				{ "2024-05-15", "2024-07-10" } }) {
			JsonNode county = leader(AnalyticsFixture.COUNTY, period);
			JsonNode city = leader(prefecture, period);
			JsonNode province = leader(prefecture.substring(0, 2), period);
			assertThat(line(city, AnalyticsFixture.COUNTY).get("figures")).as("the county in its prefecture, %s", period[0])
				.isEqualTo(county.get("total"));
			assertThat(line(province, prefecture).get("figures")).as("the prefecture in its province")
				.isEqualTo(city.get("total"));
			long children = 0;
			for (JsonNode child : city.get("children")) {
				children += child.get("figures").get("events").asLong();
			}
			assertThat(children).isEqualTo(city.get("total").get("events").asLong());
			long placedAtThePrefecture = jdbc.sql("""
					select coalesce(sum(n), 0) from analytics_counter where division_code = ? and measure = 'event.channel'
					and day between cast(? as date) and cast(? as date)""")
				.params(prefecture, period[0], period[1])
				.query(Long.class)
				.single();
			assertThat(placedAtThePrefecture).isPositive();
			assertThat(line(city, prefecture).get("figures").get("events").asLong()).as("at this level")
				.isEqualTo(placedAtThePrefecture);
			assertThat(city.get("bodies")).isEmpty();
			assertThat(province.get("bodies")).isEmpty();
			assertThat(province.get("rankings")).noneMatch(r -> r.get("over").asText().equals("bodies"))
				.anyMatch(r -> r.get("indicator").asText().equals("caseOnTime"));
			assertThat(city.get("rankings"))
				.filteredOn(r -> r.get("over").asText().equals("bodies") && r.get("indicator").asText().equals("replyOnTime"))
				.singleElement()
				.satisfies(r -> assertThat(r.get("ranked")).filteredOn(x -> x.get("bodyId").asLong() == enough)
					.singleElement()
					.satisfies(x -> {
						assertThat(x.get("rate").get("sample").asLong()).isEqualTo(31);
						assertThat(x.get("rate").get("hits").asLong()).isEqualTo(21);
					}));
		}
		mvc.perform(get("/analytics/dashboards/leader").param("division", prefecture).param("from", "2024-06-01")
			.param("to", "2024-06-30").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dashboard-bodies-none\"")))
			.andExpect(content().string(containsString("省、市两级不逐一列出执法主体")));
	}

	/** While a recount holds the counters, a view gives up after its lock timeout with 409, not a pooled wait. */
	@Test
	void aViewDuringARecountIsRefusedWithAConflictAtOnce() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		ExecutorService recount = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = recount.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql("lock table analytics_area_month, analytics_counter_month in access exclusive mode").update();
				locked.countDown();
				try {
					done.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			for (String division : List.of("6322", AnalyticsFixture.COUNTY)) {
				mvc.perform(get(API + "leader").param("division", division).with(as("admin")))
					.andExpect(status().isConflict())
					.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
					.andExpect(jsonPath("$.code").value("dashboard.recounting"));
			}
			done.countDown();
			holder.get(30, TimeUnit.SECONDS);
		}
		finally {
			done.countDown();
			recount.shutdown();
		}
		mvc.perform(get(API + "leader").param("division", "6322").with(as("admin"))).andExpect(status().isOk());
	}

	private JsonNode leader(String division, String[] period) throws Exception {
		return body(mvc.perform(get(API + "leader").param("division", division).param("from", period[0])
			.param("to", period[1]).with(as("admin"))).andExpect(status().isOk()));
	}

	/** The line of a child division (or of the division itself: "at this level"). */
	private static JsonNode line(JsonNode dashboard, String division) {
		for (JsonNode line : dashboard.get("children")) {
			if (line.get("division").asText().equals(division)) {
				return line;
			}
		}
		throw new AssertionError("no line " + division + " in " + dashboard.get("division"));
	}

	private long events(long body, String from, String to) throws Exception {
		JsonNode d = body(mvc.perform(get(API + "leader").param("division", AnalyticsFixture.COUNTY).param("from", from)
			.param("to", to).with(as("admin"))).andExpect(status().isOk()));
		for (JsonNode line : d.get("bodies")) {
			if (line.get("bodyId").asLong() == body) {
				return line.get("figures").get("events").asLong();
			}
		}
		return 0;
	}
}
