package cn.oneteam.inspection;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import cn.oneteam.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

/** Base of the inspection pages' tests: a form posted as a user, and the page it redirects to, in a language. */
abstract class InspectionPageTest extends IntegrationTest {

	@Autowired
	protected MockMvc mvc;

	/** Posts the form as the user and answers the redirect with its flash. */
	protected MvcResult submit(String user, MockHttpServletRequestBuilder form) throws Exception {
		return mvc.perform(form.with(as(user)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
	}

	/** The page the form redirected to, as the user would see it after the redirect, in the language. */
	protected String follow(String user, MvcResult posted, Locale locale) throws Exception {
		FlashMap flash = posted.getFlashMap();
		return mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(as(user)).flashAttrs(flash)
			.param("lang", locale.toLanguageTag()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
