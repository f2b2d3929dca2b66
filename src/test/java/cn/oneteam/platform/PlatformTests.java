package cn.oneteam.platform;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PlatformTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheApiInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(containsString("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/calendar/days/{date}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/add-working-days']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/period-end']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/years/{year}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/regions/search']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organizations/{id}']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
	}

	@Test
	void reportsHealth() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void pagesAreChineseUntilTheUserSwitches() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en-US"))
			.andExpect(content().string(containsString("登录综合行政执法一体化平台")));
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Sign in to OneTeam")))
			.andExpect(content().string(not(containsString("登录综合行政执法一体化平台"))));
	}

	@Test
	void aBrokenPageParameterShowsTheReasonInTheUsersLanguage() throws Exception {
		mvc.perform(get("/regions").param("code", "12x").with(as("dlh.officer1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不是有效的行政区划代码")));
		mvc.perform(get("/regions").param("code", "632899").with(as("dlh.officer1")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有代码为 632899 的行政区划")));
	}
}
