package cn.oneteam.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The whistle pages in both languages, and the forms behind them. */
class WhistlePagesTests extends WhistleApiTest {

	@ParameterizedTest
	@CsvSource({ "zh-CN, 本辖区吹哨, 发起吹哨, 报到部门, 部门报到考核, 按时报到率",
			"en, Whistles in my jurisdiction, Raise a whistle, Departments summoned, Department scores, Acknowledged on time" })
	void theTownshipPagesSpeakBothLanguages(String lang, String list, String raise, String departments, String scores,
			String onTime) throws Exception {
		long id = raise(List.of(market()), "").get("id").asLong();
		assertThat(page(HEXI, "/whistles?lang=" + lang)).contains(list, "id=\"whistle-new\"", "whistle-list", "/whistles/" + id);
		assertThat(page(HEXI, "/whistles/new?lang=" + lang)).contains(raise, departments, "德令哈市市场监督管理局",
				"德令哈市生态环境局").doesNotContain("格尔木市市场监督管理局");
		assertThat(page(HEXI, "/whistles/" + id + "?lang=" + lang)).contains("占道经营需部门到场", "data-clock=\"REPORT\"",
				"class=\"btn btn-outline-warning btn-sm urge\"");
		assertThat(page(HEXI, "/whistles/scores?lang=" + lang)).contains(scores, onTime, "chart-scores");
	}

	@ParameterizedTest
	@CsvSource({ "zh-CN, 待本部门报到, 报到", "en, Whistles to my department, Acknowledge" })
	void theDepartmentSeesItsInboxAndItsNextStep(String lang, String inbox, String acknowledge) throws Exception {
		long id = raise(List.of(market()), "").get("id").asLong();
		assertThat(page(MARKET, "/whistles?lang=" + lang)).contains(inbox, "whistle-inbox", "data-whistle=\"" + id + "\"");
		assertThat(page(MARKET, "/whistles/" + id + "?lang=" + lang)).contains("id=\"whistle-acknowledge\"", acknowledge)
			.doesNotContain("class=\"btn btn-outline-warning btn-sm urge\"");
		assertThat(page(ECOLOGY, "/whistles/" + id + "?lang=" + lang)).doesNotContain("id=\"whistle-acknowledge\"");
	}

	@Test
	void theFormsRaiseActAndShowRefusals() throws Exception {
		String location = mvc.perform(MockMvcRequestBuilders.post("/whistles").with(as(HEXI)).with(csrf())
			.param("type", "EMERGENCY")
			.param("departments", String.valueOf(market()))
			.param("need", "河道漂浮物需清理")
			.param("place", "632802001")
			.param("address", "巴音河"))
			.andExpect(redirectedUrlPattern("/whistles/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(MockMvcRequestBuilders.post("/whistles").with(as(HEXI)).with(csrf())
			.param("type", "ROUTINE")
			.param("departments", String.valueOf(org("632801-scjg")))
			.param("need", "x").param("place", "632802001").param("address", "y"))
			.andExpect(redirectedUrl("/whistles/new"))
			.andExpect(flash().attributeExists("error"));
		form(MARKET, id, "acknowledge");
		mvc.perform(MockMvcRequestBuilders.post("/whistles/" + id + "/arrive").with(as(MARKET)).with(csrf())
			.param("arrivedAt", "").param("place", "巴音河桥").param("latitude", "37.37").param("longitude", "97.37"))
			.andExpect(redirectedUrl("/whistles/" + id));
		mvc.perform(MockMvcRequestBuilders.post("/whistles/" + id + "/report").with(as(MARKET)).with(csrf())
			.param("result", "已清理"))
			.andExpect(redirectedUrl("/whistles/" + id));
		form(HEXI, id, "confirm");
		mvc.perform(MockMvcRequestBuilders.post("/whistles/" + id + "/rate").with(as(HEXI)).with(csrf())
			.param("department", String.valueOf(market()))
			.param("score.SPEED", "5").param("score.EFFECT", "5").param("score.COOPERATION", "4")
			.param("score.SATISFACTION", "4").param("comment", "及时"))
			.andExpect(redirectedUrl("/whistles/" + id))
			.andExpect(flash().attributeCount(0));
		assertThat(page(HEXI, "/whistles/" + id + "?lang=zh-CN")).contains("评价得分 90", "及时", "已办结");
		mvc.perform(MockMvcRequestBuilders.post("/whistles/" + id + "/rate").with(as(HEXI)).with(csrf())
			.param("department", String.valueOf(market()))
			.param("score.SPEED", "1").param("score.EFFECT", "1").param("score.COOPERATION", "1")
			.param("score.SATISFACTION", "1"))
			.andExpect(flash().attributeExists("error"));
	}

	private void form(String user, long id, String action) throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/whistles/" + id + "/" + action).with(as(user)).with(csrf()))
			.andExpect(redirectedUrl("/whistles/" + id))
			.andExpect(flash().attributeCount(0));
	}

	private String page(String user, String path) throws Exception {
		return get(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
