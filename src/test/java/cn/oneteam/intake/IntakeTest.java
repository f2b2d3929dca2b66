package cn.oneteam.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.MatterKind;
import cn.oneteam.catalog.MatterLevel;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.NewMatter;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.catalog.StatutoryFine;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers of the intake tests: fresh matters of their own, hotline orders, actions through the API. */
abstract class IntakeTest extends IntegrationTest {

	static final String SQUAD_TOKEN = "ot_demo_dlh_squad_token_for_local_use_only";

	static final String FUMES = "DEMO-DQ-118-1";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected Catalog catalog;

	@Autowired
	protected Organizations organizations;

	@Autowired
	protected JdbcClient jdbc;

	/** A fresh urban-management matter of this test (in force since 2020), enforced nowhere yet. */
	protected String freshMatter() {
		String code = "T-IN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		SystemActor.call(() -> catalog.register(new NewMatter(code, EnforcementDomain.URBAN_MANAGEMENT,
				MatterKind.PENALTY, MatterLevel.COUNTY, new MatterVersion(1, "测试事项 " + code, "《测试法》", "第一条",
						"《测试法》", "第二条", Set.of(PenaltyKind.WARNING), StatutoryFine.NONE,
						LocalDate.of(2020, 1, 1), null))));
		return code;
	}

	protected long org(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	protected void boundary(String matter, String territory, String orgCode, LocalDate from) {
		SystemActor.call(() -> catalog.defineBoundary(matter, DivisionCode.of(territory), null, null, org(orgCode), from,
				null, JurisdictionScope.nationwide()));
	}

	/** A work order as the 12345 hotline sends it, with a fresh order id unless one is given. */
	protected Map<String, Object> order(String matter, String division, String text) {
		return Map.of("orderId", "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), "order",
				Map.of("requestType", "COMPLAINT", "matter", matter, "description", text, "division", division,
						"reporterName", "张三丰", "reporterPhone", "13812345678"));
	}

	protected ResultActions hotline(Map<String, Object> order) throws Exception {
		return mvc.perform(post("/api/v1/intake/hotline/orders").header("Authorization", "Bearer " + SQUAD_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(order)));
	}

	/** Receives a hotline order and answers the event (staff view). */
	protected JsonNode received(String matter, String division) throws Exception {
		JsonNode receipt = body(hotline(order(matter, division, "测试诉求 " + UUID.randomUUID())));
		return byTracking(receipt.get("trackingNumber").asText());
	}

	protected JsonNode byTracking(String tracking) {
		long id = jdbc.sql("select id from intake_event where tracking_number = ?").param(tracking).query(Long.class)
			.single();
		try {
			return body(mvc.perform(get("/api/v1/intake/events/" + id).with(as("admin"))));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	protected ResultActions act(String user, long id, String action, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/intake/events/" + id + "/" + action).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	protected JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	protected int events() {
		return jdbc.sql("select count(*) from intake_event").query(Integer.class).single();
	}

	protected static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}
}
