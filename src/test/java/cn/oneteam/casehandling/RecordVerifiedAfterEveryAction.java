package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.Verification;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test configuration: after every write the API answers about a case (each action of the general procedure and of
 * execution, every approval and refusal, remedies, measures, transfers, evidence, documents), the case's record is
 * verified in full — a false alarm ("case-changed" after a remedy) fails the request's test
 * (docs/adr/0007-tamper-evidence.md).
 */
@TestConfiguration(proxyBeanMethods = false)
class RecordVerifiedAfterEveryAction {

	private static final Pattern CASE_PATH = Pattern.compile("^/api/v1/cases/(\\d+)(/.*)?$");

	/**
	 * How many times each kind of write was followed by an intact record, by path (ids left out); each test class
	 * clears it before it runs, so that its own checks count only its own writes.
	 */
	static final Map<String, AtomicInteger> VERIFIED = new ConcurrentHashMap<>();

	@Bean
	MockMvcBuilderCustomizer verifyRecordAfterEachWrite(Cases cases, JsonMapper json, UserDetailsService users) {
		return builder -> builder.alwaysDo(result -> {
			String method = result.getRequest().getMethod();
			String path = result.getRequest().getRequestURI();
			if (!"POST".equals(method) || !path.startsWith("/api/v1/cases")) {
				return;
			}
			Long caseId = null;
			Matcher m = CASE_PATH.matcher(path);
			if (m.matches()) {
				caseId = Long.parseLong(m.group(1));
			}
			else if (result.getResponse().getStatus() < 300 && result.getResponse().getContentType() != null
					&& result.getResponse().getContentType().contains("json")) { // a new clue, an approval
				JsonNode answer = json.readTree(result.getResponse().getContentAsString());
				if (answer.has("id") && answer.has("stage")) {
					caseId = answer.get("id").asLong();
				}
			}
			if (caseId == null) {
				return;
			}
			// as the prefecture's supervisor, who reads every case of 海西 (docs/adr/0009-who-may-do-what.md)
			long id = caseId;
			Verification v = IntegrationTest.actingAs(users, "hx.supervisor",
					() -> cases.verifyRecord(id, JurisdictionScope.nationwide()));
			assertThat(v.intact())
				.as("record of case %d after %s %s (%d): %s at %s", caseId, method, path,
						result.getResponse().getStatus(), v.reason(), v.brokenAt())
				.isTrue();
			VERIFIED.computeIfAbsent(path.replaceAll("/\\d+", "/{id}"), k -> new AtomicInteger()).incrementAndGet();
		});
	}
}
