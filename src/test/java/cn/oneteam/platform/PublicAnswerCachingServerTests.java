package cn.oneteam.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same rules as {@link PublicAnswerCachingTests} over real HTTP, where the servlet container adds the session
 * cookie: one ETag (the filter runs once), the security headers kept, and a visitor whose session holds a CSRF token
 * gets nothing shared-cacheable (docs/adr/0042-cacheable-public-answers.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicAnswerCachingServerTests extends IntegrationTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void overHttpAPublicAnswerHasOneEtagAndRevalidates() throws Exception {
		for (String path : new String[] { "/api/v1/public/qualifications", "/public/qualifications" }) {
			HttpResponse<byte[]> first = get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(first.headers().allValues("ETag")).as(path).hasSize(1);
			assertThat(first.headers().allValues("Cache-Control")).as(path)
				.containsExactly(path.startsWith("/api/") ? "max-age=60, public" : "no-cache, public");
			assertThat(first.headers().firstValue("Set-Cookie")).as(path).isEmpty();
			assertThat(first.headers().firstValue("Pragma")).as(path).isEmpty();
			assertThat(first.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(first.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			HttpResponse<byte[]> again = get(path, "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).as(path).isEmpty();
		}
	}

	@Test
	void aVisitorWithAFormsSessionGetsNothingShared() throws Exception {
		HttpResponse<byte[]> form = get("/public/supervision/complaints");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(form.headers().firstValue("ETag")).isEmpty();
		String session = form.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		HttpResponse<byte[]> list = get("/public/qualifications", "Cookie", session);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(list.headers().firstValue("ETag")).isEmpty();
	}
}
