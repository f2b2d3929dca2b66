package cn.oneteam.inspection.code;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import cn.oneteam.IntegrationTest;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures, not a test of times (docs/adr/0029-inspection-code-public-check-and-rating.md): the public code check
 * through MockMvc (rate-limit token, visit, departments, inspectors, items, subject), 200 calls from 200 addresses
 * after 20 to warm up. Not run by the suite (its name does not end in Tests); run it alone:
 * {@code ./mvnw test -Dtest=CodeCheckBenchmark}.
 */
class CodeCheckBenchmark extends IntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Visits visits;

	@Autowired
	private Subjects subjects;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private PublicCodeCheck codes;

	@Test
	void publicCheckLatency() throws Exception {
		CodeFixture fixture = new CodeFixture(mvc, json, jdbc, visits, subjects, users);
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）计时有限公司"),
				List.of(fixture.item("计时检查一"), fixture.item("计时检查二")));
		for (int i = 0; i < 20; i++) {
			call(visit.code(), "10.252.0." + (i + 1));
		}
		long[] nanos = new long[200];
		long start = System.nanoTime();
		for (int i = 0; i < nanos.length; i++) {
			long t = System.nanoTime();
			call(visit.code(), "10.253." + (i / 250) + "." + (i % 250 + 1));
			nanos[i] = System.nanoTime() - t;
		}
		long total = System.nanoTime() - start;
		Arrays.sort(nanos);
		System.out.printf("public code check over %d calls: total %.1f ms, mean %.2f ms, p50 %.2f ms, p95 %.2f ms, "
				+ "max %.2f ms%n", nanos.length, total / 1e6, total / 1e6 / nanos.length, nanos[nanos.length / 2] / 1e6,
				nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);

		// the parts: the answer alone (no token), and the token alone (its own committed transaction)
		long answer = System.nanoTime();
		for (int i = 0; i < 200; i++) {
			codes.check(visit.code());
		}
		answer = System.nanoTime() - answer;
		long token = System.nanoTime();
		for (int i = 0; i < 200; i++) {
			codes.throttle("10.254." + (i / 250) + "." + (i % 250 + 1));
		}
		token = System.nanoTime() - token;
		System.out.printf("of which the answer alone %.2f ms a call, the rate-limit token alone %.2f ms a call%n",
				answer / 1e6 / 200, token / 1e6 / 200);
	}

	private void call(String code, String address) throws Exception {
		mvc.perform(get("/api/v1/public/inspections/codes/{code}", code).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})).andExpect(status().isOk());
	}
}
