package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Routing by the catalogue resolver across modes and dates, keyword suggestions, and disputes that change the next routing. */
class RoutingAndDisputeTests extends IntakeTest {

	@Test
	void eventsRouteToTheBodyTheCatalogueNamesInEachMode() throws Exception {
		JsonNode empowered = received(FUMES, "632802001");
		assertThat(empowered.get("state").asText()).isEqualTo("CLASSIFIED");
		assertThat(empowered.get("assignedOrgId").asLong()).isEqualTo(org("632802001-gov"));
		assertThat(empowered.get("routingZh").asText()).contains("赋权决定第1号");

		JsonNode stationed = received(FUMES, "632802200");
		assertThat(stationed.get("assignedOrgId").asLong()).isEqualTo(org("632802-zhzf"));
		assertThat(stationed.get("routingEn").asText()).containsIgnoringCase("station");

		JsonNode own = received(FUMES, "632802003");
		assertThat(own.get("assignedOrgId").asLong()).isEqualTo(org("632802-zhzf"));
		assertThat(own.get("township").asText()).isEqualTo("632802003");
	}

	@Test
	void theDayOfReceiptDecidesWhichEmpowermentApplies() throws Exception {
		String matter = freshMatter();
		LocalDate today = ChinaTime.local(java.time.OffsetDateTime.now()).toLocalDate();
		boundary(matter, "632802", "632802-zhzf", LocalDate.of(2020, 1, 1));
		// 河东街道 empowered until yesterday; 河西街道 empowered only from tomorrow
		SystemActor.call(() -> catalog.empower(DivisionCode.of("632802002"), matter, EnforcementMode.EMPOWERED,
				org("632802002-gov"), org("632802002-gov"), new LegalInstrument("（测试）赋权决定甲", LocalDate.of(2020, 1, 1), null),
				LocalDate.of(2020, 2, 1), today.minusDays(1), JurisdictionScope.nationwide()));
		SystemActor.call(() -> catalog.empower(DivisionCode.of("632802001"), matter, EnforcementMode.EMPOWERED,
				org("632802001-gov"), org("632802001-gov"), new LegalInstrument("（测试）赋权决定乙", LocalDate.of(2020, 1, 1), null),
				today.plusDays(1), null, JurisdictionScope.nationwide()));
		SystemActor.call(() -> catalog.empower(DivisionCode.of("632802003"), matter, EnforcementMode.EMPOWERED,
				org("632802003-gov"), org("632802003-gov"), new LegalInstrument("（测试）赋权决定丙", LocalDate.of(2020, 1, 1), null),
				LocalDate.of(2020, 2, 1), null, JurisdictionScope.nationwide()));

		assertThat(received(matter, "632802002").get("assignedOrgId").asLong()).isEqualTo(org("632802-zhzf"));
		assertThat(received(matter, "632802001").get("assignedOrgId").asLong()).isEqualTo(org("632802-zhzf"));
		JsonNode inForce = received(matter, "632802003");
		assertThat(inForce.get("assignedOrgId").asLong()).isEqualTo(org("632802003-gov"));
		assertThat(inForce.get("routingZh").asText()).contains("（测试）赋权决定丙");
	}

	@Test
	void keywordRulesSuggestTheMatterAndSayWhichWordsMatched() throws Exception {
		String matter = freshMatter();
		boundary(matter, "632802", "632802-zhzf", LocalDate.of(2020, 1, 1));
		String word = "测试词" + matter.substring(5);
		mvc.perform(post("/api/v1/intake/rules").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("keyword", word, "matter", matter, "weight", 5))))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/intake/rules").header("Authorization", "Bearer " + SQUAD_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("keyword", "别的词", "matter", matter))))
			.andExpect(status().isForbidden());

		JsonNode receipt = body(hotline(Map.of("orderId", "KW" + matter.substring(5), "order", Map.of("requestType",
				"REPORT", "description", "楼下有" + word + "的情况", "division", "632802003"))).andExpect(status().isCreated()));
		JsonNode event = byTracking(receipt.get("trackingNumber").asText());
		assertThat(event.get("matterCode").asText()).isEqualTo(matter);
		assertThat(event.get("classification").asText()).contains(word);
		assertThat(event.get("state").asText()).isEqualTo("CLASSIFIED");
	}

	@Test
	void aDecidedDisputeMadeABoundaryRoutesTheNextIdenticalEventItself() throws Exception {
		List<Integer> before = disputeFigures("NOBODY_RESPONSIBLE");
		String matter = freshMatter();
		boundary(matter, "632802001", "632802-zhzf", LocalDate.of(2020, 1, 1));
		JsonNode first = received(matter, "632802102");
		assertThat(first.get("state").asText()).isEqualTo("DISPUTED");
		assertThat(first.get("assignedOrgId").isNull()).isTrue();
		long disputeId = jdbc.sql("select id from intake_dispute where event_id = ?").param(first.get("id").asLong())
			.query(Long.class).single();

		// a township dispatcher is no county coordinator
		mvc.perform(post("/api/v1/intake/disputes/" + disputeId + "/decision").with(as("hexi.dispatch")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("organization", org("632802-zhzf"), "decision", "由执法局办理"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.dispute-not-coordinator"));
		mvc.perform(post("/api/v1/intake/disputes/" + disputeId + "/decision").with(as("dlh.dispatch")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("organization", org("632802102-gov"), "decision",
					"属柯鲁柯镇辖区日常管理事项，由镇政府办理"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedOrgId").value(org("632802102-gov")));
		JsonNode decided = byTracking(first.get("trackingNumber").asText());
		assertThat(decided.get("state").asText()).isEqualTo("CLASSIFIED");
		assertThat(decided.get("assignedOrgId").asLong()).isEqualTo(org("632802102-gov"));

		// only a catalogue manager changes the boundary
		mvc.perform(post("/api/v1/intake/disputes/" + disputeId + "/boundary").with(as("dlh.dispatch")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"2026-01-01\"}"))
			.andExpect(status().isForbidden());
		assertThat(received(matter, "632802102").get("state").asText()).isEqualTo("DISPUTED");
		mvc.perform(post("/api/v1/intake/disputes/" + disputeId + "/boundary")
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"2026-01-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.territory").value("632802102"));

		JsonNode next = received(matter, "632802102");
		assertThat(next.get("state").asText()).isEqualTo("CLASSIFIED");
		assertThat(next.get("assignedOrgId").asLong()).isEqualTo(org("632802102-gov"));
		mvc.perform(get("/api/v1/intake/events/" + first.get("id").asLong() + "/record").with(as("dlh.dispatch")))
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.hasItems("received", "dispute-opened",
					"dispute-decided", "dispute-made-boundary")));
		// the indicators: two opened (the second before the boundary), one decided on time and made a boundary, one open
		List<Integer> after = disputeFigures("NOBODY_RESPONSIBLE");
		assertThat(java.util.stream.IntStream.range(0, 5).map(i -> after.get(i) - before.get(i)).boxed().toList())
			.containsExactly(2, 1, 1, 1, 1);
		String page = mvc.perform(get("/intake/indicators").with(as("dlh.dispatch"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"indicator-disputes\"", "data-reason=\"NOBODY_RESPONSIBLE\"", "无责任主体",
				"id=\"indicator-whistles\"");
	}

	/** Opened, decided, decided on time, made boundaries, still open: today's disputes of a reason in 德令哈. */
	private List<Integer> disputeFigures(String reason) throws Exception {
		String today = LocalDate.now(cn.oneteam.shared.ChinaTime.ZONE).toString();
		JsonNode rows = body(mvc.perform(get("/api/v1/intake/indicators/disputes?from=" + today + "&to=" + today)
			.with(as("dlh.dispatch"))));
		return rows.valueStream().filter(r -> r.get("reason").asText().equals(reason)).findFirst()
			.map(r -> List.of(r.get("opened").asInt(), r.get("decided").asInt(), r.get("decidedOnTime").asInt(),
					r.get("madeBoundary").asInt(), r.get("open").asInt()))
			.orElse(List.of(0, 0, 0, 0, 0));
	}

	@Test
	void severalResponsibleOpensADisputeToo() throws Exception {
		JsonNode event = received(FUMES, "632802101");
		assertThat(event.get("state").asText()).isEqualTo("DISPUTED");
		assertThat(jdbc.sql("select reason from intake_dispute where event_id = ?").param(event.get("id").asLong())
			.query(String.class).single()).isEqualTo("SEVERAL_RESPONSIBLE");
	}
}
