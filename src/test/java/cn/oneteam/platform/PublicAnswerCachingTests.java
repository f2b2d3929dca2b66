package cn.oneteam.platform;

import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Public answers carry an ETag and a public Cache-Control (JSON fresh for a short while, pages revalidated), answer 304 to a matching If-None-Match, and nothing
 * personal, failed or signed-in is made cacheable (docs/adr/0042-cacheable-public-answers.md).
 */
class PublicAnswerCachingTests extends IntegrationTest {

	private static final String SECURITY_DEFAULT = "no-cache, no-store, max-age=0, must-revalidate";

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private void cacheableWithRevalidation(String path) throws Exception {
		String policy = path.startsWith("/api/") ? "max-age=60, public" : "no-cache, public";
		MockHttpServletResponse first = answer(get(path));
		assertThat(first.getStatus()).as(path).isEqualTo(200);
		String etag = first.getHeader("ETag");
		assertThat(etag).as(path).matches("W/\"[0-9a-f]{32,}\"");
		assertThat(first.getHeader("Cache-Control")).as(path).isEqualTo(policy);
		assertThat(first.getHeaders("Vary")).as(path).contains("Accept-Language, Cookie");
		assertThat(first.getHeader("Pragma")).as(path).isNull();
		assertThat(first.getHeader("Expires")).as(path).isNull();
		assertThat(first.getContentAsByteArray()).as(path).isNotEmpty();

		MockHttpServletResponse again = answer(get(path).header("If-None-Match", etag));
		assertThat(again.getStatus()).as(path).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).as(path).isEmpty();
		assertThat(again.getHeader("ETag")).as(path).isEqualTo(etag);
		assertThat(again.getHeader("Cache-Control")).as(path).isEqualTo(policy);

		MockHttpServletResponse stale = answer(get(path).header("If-None-Match", "\"0123456789abcdef\""));
		assertThat(stale.getStatus()).as(path).isEqualTo(200);
		assertThat(stale.getContentAsByteArray()).as(path).isEqualTo(first.getContentAsByteArray());
	}

	@Test
	void publicJsonAndPagesAreCacheableAndRevalidateTo304() throws Exception {
		cacheableWithRevalidation("/api/v1/public/qualifications");
		cacheableWithRevalidation("/api/v1/public/inspections/results");
		cacheableWithRevalidation("/public/qualifications");
		cacheableWithRevalidation("/public/inspections/results");
		cacheableWithRevalidation("/public");
	}

	@Test
	void aDifferentAnswerHasADifferentEtag() throws Exception {
		MockHttpServletResponse otherYear = answer(get("/api/v1/public/qualifications").param("year", "1999"));
		MockHttpServletResponse thisYear = answer(get("/api/v1/public/qualifications"));
		assertThat(thisYear.getContentAsString()).isNotEqualTo(otherYear.getContentAsString());
		assertThat(thisYear.getHeader("ETag")).isNotNull().isNotEqualTo(otherYear.getHeader("ETag"));
		// an ETag of one answer does not stand for another
		assertThat(answer(get("/api/v1/public/qualifications").param("year", "1999")
			.header("If-None-Match", thisYear.getHeader("ETag"))).getStatus()).isEqualTo(200);
		MockHttpServletResponse none = answer(get("/public/inspections/results").param("q", "no-such-subject-42"));
		MockHttpServletResponse all = answer(get("/public/inspections/results"));
		assertThat(none.getHeader("ETag")).isNotNull().isNotEqualTo(all.getHeader("ETag"));
	}

	@Test
	void errorAnswersAreNotCacheable() throws Exception {
		String client = "10.252." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		MockHttpServletResponse unknown = answer(from(client, get("/api/v1/public/officers/{n}", "NO-SUCH-0")));
		assertThat(unknown.getStatus()).isEqualTo(404);
		notCacheable(unknown);
		MockHttpServletResponse last = unknown;
		for (int i = 0; i < 31 && last.getStatus() != 429; i++) {
			last = answer(from(client, get("/api/v1/public/officers/{n}", "NO-SUCH-" + i)));
		}
		assertThat(last.getStatus()).isEqualTo(429);
		notCacheable(last);
		MockHttpServletResponse limitedPage = answer(from(client, get("/public/officers/{n}", "NO-SUCH-X")));
		assertThat(limitedPage.getStatus()).isEqualTo(429);
		notCacheable(limitedPage);
		MockHttpServletResponse missingPage = answer(get("/public/no-such-page"));
		assertThat(missingPage.getStatus()).isEqualTo(404);
		assertThat(missingPage.getHeader("ETag")).isNull();
		assertThat(missingPage.getHeader("Cache-Control")).doesNotContain("public");
	}

	@Test
	void formsAndAPersonsOwnCaseAreNeverStored() throws Exception {
		for (String path : new String[] { "/public/supervision/complaints", "/public/report", "/public/track",
				"/public/supervision/complaints/NO-SUCH-TRACKING" }) {
			MockHttpServletResponse response = answer(get(path));
			assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
			assertThat(response.getHeader("ETag")).as(path).isNull();
		}
	}

	@Test
	void signedInAnswersKeepSpringSecuritysNoStore() throws Exception {
		MockHttpServletResponse cases = answer(get("/cases").with(as("hx.leader")));
		assertThat(cases.getStatus()).isEqualTo(200);
		assertThat(cases.getHeader("Cache-Control")).isEqualTo(SECURITY_DEFAULT);
		assertThat(cases.getHeader("Pragma")).isEqualTo("no-cache");
		assertThat(cases.getHeader("ETag")).isNull();
		MockHttpServletResponse publicSignedIn = answer(get("/public/qualifications").with(as("hx.leader")));
		assertThat(publicSignedIn.getStatus()).isEqualTo(200);
		assertThat(publicSignedIn.getHeader("Cache-Control")).isEqualTo(SECURITY_DEFAULT);
		assertThat(publicSignedIn.getHeader("ETag")).isNull();
		MockHttpServletResponse withToken = answer(
				get("/api/v1/public/qualifications").header("Authorization", "Bearer " + ADMIN_TOKEN));
		assertThat(withToken.getStatus()).isEqualTo(200);
		assertThat(withToken.getHeader("Cache-Control")).isEqualTo(SECURITY_DEFAULT);
		assertThat(withToken.getHeader("ETag")).isNull();
	}

	@Test
	void anAnswerThatSetsACookieIsNotCacheable() throws Exception {
		MockHttpServletResponse english = answer(get("/public/qualifications").param("lang", "en"));
		assertThat(english.getStatus()).isEqualTo(200);
		assertThat(english.getHeader("Set-Cookie")).contains("ONETEAM_LANG");
		assertThat(english.getHeader("Cache-Control")).isEqualTo(SECURITY_DEFAULT);
		assertThat(english.getHeader("ETag")).isNull();
	}

	private static void notCacheable(MockHttpServletResponse response) {
		assertThat(response.getHeader("ETag")).isNull();
		assertThat(response.getHeader("Cache-Control")).isEqualTo(SECURITY_DEFAULT);
	}

	private static MockHttpServletRequestBuilder from(String client, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}
}
