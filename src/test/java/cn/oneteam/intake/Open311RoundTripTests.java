package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open311 GeoReport v2 with a plain HTTP client against the running server: services, POST requests, GET back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311RoundTripTests extends IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	private JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anOpen311ClientFilesARequestAndFollowsIt() throws Exception {
		HttpResponse<String> services = send(HttpRequest.newBuilder(uri("/api/open311/v2/services.json")).GET());
		assertThat(services.statusCode()).isEqualTo(200);
		JsonNode list = json.readTree(services.body());
		assertThat(list.valueStream().map(s -> s.get("service_code").asText())).contains(IntakeTest.FUMES);
		JsonNode definition = json.readTree(send(HttpRequest.newBuilder(
				uri("/api/open311/v2/services/" + IntakeTest.FUMES + ".json")).GET()).body());
		assertThat(definition.get("attributes").get(0).get("code").asText()).isEqualTo("division_code");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("service_code", IntakeTest.FUMES);
		form.put("attribute[division_code]", "632802001");
		form.put("lat", "37.3705");
		form.put("long", "97.3605");
		form.put("address_string", "长江路 12 号");
		form.put("description", "饭店油烟直排，影响居民");
		form.put("first_name", "小明");
		form.put("last_name", "王");
		form.put("phone", "13712345678");
		form.put("email", "wang@example.cn");
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(body(form)));
		assertThat(refused.statusCode()).isEqualTo(401);

		form.put("api_key", IntakeTest.SQUAD_TOKEN);
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(body(form)));
		assertThat(created.statusCode()).isEqualTo(201);
		String id = json.readTree(created.body()).get(0).get("service_request_id").asText();
		assertThat(TrackingNumber.valid(id)).isTrue();

		HttpResponse<String> one = send(HttpRequest.newBuilder(uri("/api/open311/v2/requests/" + id + ".json")).GET());
		assertThat(one.statusCode()).isEqualTo(200);
		JsonNode request = json.readTree(one.body()).get(0);
		assertThat(request.get("service_request_id").asText()).isEqualTo(id);
		assertThat(request.get("status").asText()).isEqualTo("open");
		assertThat(request.get("service_code").asText()).isEqualTo(IntakeTest.FUMES);
		assertThat(request.get("agency_responsible").asText()).isEqualTo("河西街道办事处");
		assertThat(request.get("requested_datetime").asText()).endsWith("+08:00");
		assertThat(OffsetDateTime.parse(request.get("requested_datetime").asText())).isBeforeOrEqualTo(OffsetDateTime.now());
		assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("37.3705");
		assertThat(one.body()).doesNotContain("13712345678").doesNotContain("wang@example.cn").doesNotContain("小明")
			.doesNotContain("first_name").doesNotContain("\"phone\"");

		HttpResponse<String> search = send(HttpRequest.newBuilder(uri("/api/open311/v2/requests.json?service_request_id="
				+ id + "&status=open")).GET());
		assertThat(json.readTree(search.body()).valueStream().map(r -> r.get("service_request_id").asText()))
			.containsExactly(id);
		HttpResponse<String> closedOnly = send(HttpRequest.newBuilder(uri("/api/open311/v2/requests.json?service_code="
				+ IntakeTest.FUMES + "&status=closed")).GET());
		assertThat(json.readTree(closedOnly.body()).valueStream().map(r -> r.get("service_request_id").asText()))
			.doesNotContain(id);
		HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/open311/v2/requests/SJ20260101AAAAAA.json")).GET());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("application/problem+json"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.BodyPublisher body(Map<String, String> form) {
		return HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")));
	}
}
