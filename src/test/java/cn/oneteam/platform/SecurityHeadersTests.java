package cn.oneteam.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11 §5: a Content-Security-Policy and Referrer-Policy on pages and API, no inline script or style in the
 * templates, and an API write without credentials answered 401 problem+json (not the CSRF filter's 403) while a
 * signed-in session without its CSRF token is still refused and public writes still work.
 */
class SecurityHeadersTests extends IntegrationTest {

	private static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\b(?:th:)?src=)(?![^>]*type=\"application/json\")[^>]*>|<style\\b|\\sstyle=\"|\\sth:style"
					+ "|\\son[a-z]+=\"|\\sth:on[a-z]+=|javascript:");

	@Autowired
	MockMvc mvc;

	@Test
	void pagesCarryTheContentSecurityPolicyAndReferrerPolicy() throws Exception {
		for (String path : List.of("/login", "/public/report")) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", SecurityHeaders.PAGE_POLICY))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
		}
		mvc.perform(get("/staffing").with(as("hx.leader")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void apiAnswersCarryAPolicyThatLoadsNothing() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityHeaders.API_POLICY))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Security-Policy", SecurityHeaders.API_POLICY));
	}

	@Test
	void anApiWriteWithoutCredentialsIsA401Problem() throws Exception {
		mvc.perform(post("/api/v1/cases/clues").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("access.unauthenticated"))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:access.unauthenticated"));
		mvc.perform(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("access.unauthenticated"));
	}

	@Test
	void aSignedInSessionWithoutItsCsrfTokenIsStillRefused() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(as("dlh.officer1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"forged\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access.denied"));
		mvc.perform(post("/api/v1/me/tokens").with(as("dlh.officer1")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"with csrf\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/me/tokens").with(as("dlh.officer1")).param("name", "forged page"))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicWritesNeedNoCredentialsAsBefore() throws Exception {
		mvc.perform(post("/api/v1/public/events").with(r -> {
			r.setRemoteAddr("10.250.0.1");
			return r;
		}).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().is4xxClientError())
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
	}

	@Test
	void templatesAndScriptsHaveNoInlineScriptStyleOrHandler() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offending = files.filter(p -> p.toString().endsWith(".html"))
				.flatMap(SecurityHeadersTests::inline)
				.toList();
			assertThat(offending).isEmpty();
		}
	}

	private static Stream<String> inline(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return java.util.stream.IntStream.range(0, lines.size())
				.filter(i -> INLINE.matcher(lines.get(i)).find())
				.mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
