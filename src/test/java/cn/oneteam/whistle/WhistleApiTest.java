package cn.oneteam.whistle;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Base of the whistle tests: raise and act through the API as the demo accounts of 河西街道 and 德令哈's departments. */
abstract class WhistleApiTest extends IntegrationTest {

	static final String HEXI = "hexi.dispatch";

	static final String MARKET = "dlh.market";

	static final String ECOLOGY = "dlh.ecology";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected Organizations organizations;

	@Autowired
	private Accounts accounts;

	protected long org(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	protected long market() {
		return org("632802-scjg");
	}

	protected long ecology() {
		return org("632802-sthj");
	}

	/** A fresh department of 德令哈 nobody else summons, so that its scores are this test's alone. */
	protected long freshDepartment(BodyType bodyType) {
		return freshOrganization(OrganizationKind.DEPARTMENT, bodyType, "632802");
	}

	protected long freshOrganization(OrganizationKind kind, BodyType bodyType, String seat) {
		String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
		return SystemActor.call(() -> organizations.register(new NewOrganization(code, "测试机构" + code, kind, bodyType,
				DivisionCode.of(seat), null, List.of()), JurisdictionScope.nationwide())).id().value();
	}

	/** A department staff account of the organisation, opened once. */
	protected String departmentUser(long organizationId) {
		return user(organizationId, Role.DEPARTMENT_STAFF);
	}

	/** An account of the organisation with the role, opened once. */
	protected String user(long organizationId, Role role) {
		String username = "t." + role.name().toLowerCase() + organizationId;
		if (!accounts.exists(username)) {
			SystemActor.call(() -> accounts.open(new NewAccount(username, "测试账号", "OneTeam@2026",
					new OrganizationId(organizationId), Set.of(role)), JurisdictionScope.nationwide()));
		}
		return username;
	}

	protected JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	protected ResultActions post(String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path)
			.with(as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	protected ResultActions get(String user, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).with(as(user)));
	}

	/** Raises a routine whistle from 河西街道 to the departments; extra JSON fields may follow. */
	protected JsonNode raise(List<Long> departments, String extra) throws Exception {
		return body(post(HEXI, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":%s,"need":"占道经营需部门到场","place":"632802001",
				 "address":"长江路"%s}""".formatted(departments, extra.isEmpty() ? "" : "," + extra))
			.andExpect(status().isCreated()));
	}

	protected JsonNode act(String user, long id, String action, String body) throws Exception {
		return body(post(user, "/api/v1/whistles/" + id + "/" + action, body).andExpect(status().isOk()));
	}

	/** The department acknowledges, arrives and reports. */
	protected JsonNode answer(String user, long id) throws Exception {
		act(user, id, "acknowledge", "");
		act(user, id, "arrive", """
				{"place":"长江路","latitude":37.37,"longitude":97.36}""");
		return act(user, id, "report", """
				{"result":"已处置"}""");
	}

	protected static JsonNode responder(JsonNode whistle, long department) {
		for (JsonNode r : whistle.get("responders")) {
			if (r.get("departmentId").asLong() == department) {
				return r;
			}
		}
		throw new AssertionError("department " + department + " not summoned");
	}

	protected static String scores(int speed, int effect, int cooperation, int satisfaction) {
		return """
				{"SPEED":%d,"EFFECT":%d,"COOPERATION":%d,"SATISFACTION":%d}""".formatted(speed, effect, cooperation,
				satisfaction);
	}
}
