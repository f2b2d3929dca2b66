package cn.oneteam.platform;

import java.nio.charset.StandardCharsets;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page says that start-up work (the demo data) still goes on in the background, in Chinese and English, and
 * stops saying so when it is done (docs/adr/0057-the-scale-path.md, "Start-up").
 */
class StartupWorkTests extends IntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StartupWork startupWork;

	@Test
	void pagesSayTheDemoDataIsStillLoadingWhileItIs() throws Exception {
		assertThat(page("zh-CN")).as("the tests load the demo data before the context is ready")
			.doesNotContain("id=\"startup-work\"");
		startupWork.begin("test");
		try {
			assertThat(page("zh-CN")).contains("id=\"startup-work\"").contains("演示数据正在后台加载");
			assertThat(page("en")).contains("The demo data is still loading in the background");
		}
		finally {
			startupWork.end("test");
		}
		assertThat(page("en")).doesNotContain("id=\"startup-work\"");
	}

	private String page(String language) throws Exception {
		return mvc.perform(get("/calendar").param("lang", language).with(as("hx.leader"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
