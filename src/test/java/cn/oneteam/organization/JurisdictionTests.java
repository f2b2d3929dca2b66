package cn.oneteam.organization;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A township account (河西街道) sees its own township and its superiors, never another township. */
class JurisdictionTests extends IntegrationTest {

	private static final String HEXI_ACCOUNT = "hexi.dispatch";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Officers officers;

	private long idOf(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	@Test
	void aTownshipAccountListsOnlyItsOwnTownshipAndItsSuperiors() throws Exception {
		mvc.perform(get("/api/v1/organizations").with(as(HEXI_ACCOUNT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("632802001-gov", "632802-zhzf", "6328-gov")))
			.andExpect(jsonPath("$[*].code", not(hasItem("632802100-gov"))))
			.andExpect(jsonPath("$[*].code", not(hasItem("platform"))))
			.andExpect(jsonPath("$[*].code", not(hasItem("632802002-gov"))))
			.andExpect(jsonPath("$[*].code", not(hasItem("632801-zhzf"))));
	}

	@Test
	void aTownshipAccountCannotReadAnotherTownship() throws Exception {
		long gahai = idOf("632802100-gov");
		mvc.perform(get("/api/v1/organizations/{id}", gahai).with(as(HEXI_ACCOUNT)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.outside-jurisdiction"));
		mvc.perform(get("/api/v1/organizations/{id}", idOf("632802001-gov")).with(as(HEXI_ACCOUNT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("河西街道办事处"))
			.andExpect(jsonPath("$.territory[0]").value("632802001"));
	}

	@Test
	void theOrganisationPagesKeepToTheJurisdictionToo() throws Exception {
		mvc.perform(get("/organizations").with(as(HEXI_ACCOUNT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("河西街道办事处")))
			.andExpect(content().string(not(containsString("尕海镇人民政府"))));
		mvc.perform(get("/organizations/{id}", idOf("632802100-gov")).with(as(HEXI_ACCOUNT)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不在您的管辖范围内")));
	}

	@Test
	void aTownshipAccountCannotReadTheCountyBureausPeople() throws Exception {
		long bureau = idOf("632802-zhzf");
		mvc.perform(get("/api/v1/organizations/{id}/people", bureau).with(as(HEXI_ACCOUNT)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organizations/{id}/teams", bureau).with(as(HEXI_ACCOUNT)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organizations/{id}/people", idOf("632802001-gov")).with(as(HEXI_ACCOUNT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(6 + 5)); // its grid workers and its staff (DemoTownships)
		mvc.perform(get("/api/v1/organizations/{id}/people", bureau).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(62 + 42));
		mvc.perform(get("/organizations/{id}", bureau).with(as(HEXI_ACCOUNT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"people\""))));
	}

	@Test
	void aBodySeatedInsideButReachingBeyondIsNotWithinTheCounty() throws Exception {
		mvc.perform(post("/api/v1/organizations").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"6328-test-wide\", \"name\": \"测试州级机构\", \"kind\": \"DEPARTMENT\", "
					+ "\"seat\": \"632802\", \"territory\": [\"6328\"]}"))
			.andExpect(status().isCreated());
		long wide = idOf("6328-test-wide");
		mvc.perform(get("/api/v1/organizations/{id}/people", wide).with(as("dlh.head")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations/{id}/people", wide).with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"测试\", \"category\": \"AUXILIARY\", \"joinedOn\": \"2026-01-01\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPersonCannotJoinAnotherBodysTeam() throws Exception {
		long golmudTeam = officersTeam("632801-zhzf");
		mvc.perform(post("/api/v1/organizations/{id}/people", idOf("632802-zhzf")).with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"测试\", \"category\": \"AUXILIARY\", \"teamId\": " + golmudTeam
					+ ", \"joinedOn\": \"2026-01-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:person.team-elsewhere"));
	}

	private long officersTeam(String organization) {
		return officers.teams(organizations.findByCode(organization).orElseThrow().id(),
				cn.oneteam.shared.JurisdictionScope.nationwide()).get(0).id();
	}

	@Test
	void theAdministratorSeesEveryTownship() throws Exception {
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(jsonPath("$[*].code", hasItems("632802001-gov", "632802100-gov", "632801-zhzf")));
	}

	@Test
	void registeringOutsideTheJurisdictionIsRefusedAndChangesNothing() throws Exception {
		mvc.perform(post("/api/v1/organizations").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"x-1\", \"name\": \"测试\", \"kind\": \"DEPARTMENT\", \"seat\": \"632802\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"632802-hbj\", \"name\": \"德令哈市生态环境局\", \"kind\": \"DEPARTMENT\", \"seat\": \"6328021\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:division.code-malformed"));
		mvc.perform(post("/api/v1/organizations").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"632802-hbj\", \"name\": \"德令哈市生态环境局\", \"kind\": \"DEPARTMENT\", \"seat\": \"632899\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:region.unknown-division"));
		assertThat(organizations.findByCode("632802-hbj")).isEmpty();
	}

	@Test
	void pagesSendStrangersToTheLoginPage() throws Exception {
		mvc.perform(get("/organizations")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}
}
