package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.platform.FlashMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Tracking-number lookups are rate-limited per client address with a database token bucket of their own
 * ({@code oneteam.intake.lookup-rate}): the public API, the track page, Open311 by id and rating share it, found or
 * not; one lookup past the capacity is a 429 (problem+json, or the page with its localised message), other addresses
 * and the report bucket are untouched, and the bucket refills at its hourly rate. Configured here to a small bucket
 * refilled once an hour, so that the time the test takes mints no token.
 */
@TestPropertySource(properties = { "oneteam.intake.lookup-rate.capacity=12", "oneteam.intake.lookup-rate.per-hour=1" })
class LookupRateLimitTests extends IntakeTest {

	@Autowired
	private IntakeProperties properties;

	@Test
	void lookupsBeyondTheCapacityAreRefusedWith429UntilTheBucketRefills() throws Exception {
		String tracking = body(hotline(order(FUMES, "632802001", "路灯不亮"))).get("trackingNumber").asText();
		int capacity = properties.lookupRate().capacity();
		String address = freshAddress();

		// guessing costs as much as finding: five unknown numbers first
		for (int i = 0; i < 5; i++) {
			mvc.perform(from(address, get("/api/v1/public/events/SJ20261127AAAAA" + i))).andExpect(status().isNotFound());
		}
		mvc.perform(from(address, get("/public/track").param("number", tracking))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(tracking)));
		mvc.perform(from(address, get("/api/open311/v2/requests/" + tracking + ".json"))).andExpect(status().isOk());
		for (int i = 0; i < capacity - 7; i++) {
			mvc.perform(from(address, get("/api/v1/public/events/" + tracking))).andExpect(status().isOk());
		}

		// the bucket is empty: every way of looking a number up is refused
		mvc.perform(from(address, get("/api/v1/public/events/" + tracking))).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.lookup-rate-limited"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(String.valueOf(capacity))))
			.andExpect(jsonPath("$.trackingNumber").doesNotExist());
		mvc.perform(from(address, get("/public/track").param("number", tracking))).andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("同一网络地址最多连续查询 " + capacity + " 次")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("public-state"))));
		mvc.perform(from(address, get("/public/track").param("number", tracking).param("lang", "en")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("may look up " + capacity + " tracking numbers")));
		mvc.perform(from(address, get("/api/open311/v2/requests/" + tracking + ".json")))
			.andExpect(status().isTooManyRequests());
		mvc.perform(from(address, get("/api/open311/v2/requests.json").param("service_request_id", tracking)))
			.andExpect(status().isTooManyRequests());
		mvc.perform(from(address, post("/api/v1/public/events/" + tracking + "/rating")
			.contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\":\"SATISFIED\"}")))
			.andExpect(status().isTooManyRequests());
		// reading the public list names no number and is not a lookup
		mvc.perform(from(address, get("/api/open311/v2/requests.json"))).andExpect(status().isOk());

		// another address looks up as before, and this address may still report (a bucket of its own)
		mvc.perform(from(freshAddress(), get("/api/v1/public/events/" + tracking))).andExpect(status().isOk());
		Map<String, Object> report = new HashMap<>(Map.of("requestType", "COMPLAINT", "description", "井盖缺失",
				"division", "632802001"));
		mvc.perform(from(address, post("/api/v1/public/events").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(report)))).andExpect(status().isCreated());

		// one token's worth of time later, exactly one more lookup
		jdbc.sql("""
				update intake_rate_bucket set refreshed_at = refreshed_at - make_interval(secs => :seconds)
				where bucket = 'lookup' and client = :client""")
			.param("seconds", 3600.0 / properties.lookupRate().perHour())
			.param("client", address)
			.update();
		mvc.perform(from(address, get("/api/v1/public/events/" + tracking))).andExpect(status().isOk());
		mvc.perform(from(address, get("/api/v1/public/events/" + tracking))).andExpect(status().isTooManyRequests());
	}

	@Test
	void theTrackFormWithoutANumberAndThePagesRatingCountAsTheyShould() throws Exception {
		String address = freshAddress();
		int capacity = properties.lookupRate().capacity();
		// the empty form looks nothing up
		for (int i = 0; i < capacity + 1; i++) {
			mvc.perform(from(address, get("/public/track"))).andExpect(status().isOk());
		}
		String tracking = body(hotline(order(FUMES, "632802001", "占道经营"))).get("trackingNumber").asText();
		for (int i = 0; i < capacity; i++) {
			assertThat(ratedOnPage(address, tracking).code()).isEqualTo("intake.wrong-state");
		}
		assertThat(ratedOnPage(address, tracking).code()).isEqualTo("intake.lookup-rate-limited");
		assertThat(byTracking(tracking).get("satisfaction").isNull()).isTrue();
	}

	private FlashMessage ratedOnPage(String address, String tracking) throws Exception {
		return (FlashMessage) mvc.perform(from(address, post("/public/track/" + tracking + "/rating")
			.param("satisfaction", "SATISFIED").with(csrf()))).andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("error");
	}

	@Test
	void anIpv6HostCountsAsItsWholeNetwork() throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String network = "2001:db8:" + Integer.toHexString(random.nextInt(1, 0xffff)) + ":"
				+ Integer.toHexString(random.nextInt(1, 0xffff)) + ":";
		int capacity = properties.lookupRate().capacity();
		for (int host = 1; host <= capacity; host++) {
			// a new source address for every request, all in one /64
			mvc.perform(from(network + Integer.toHexString(host) + "::1", get("/api/v1/public/events/SJ20261127AAAAB0")))
				.andExpect(status().isNotFound());
		}
		mvc.perform(from(network + "ffff::1", get("/api/v1/public/events/SJ20261127AAAAB0")))
			.andExpect(status().isTooManyRequests());
	}

	private static String freshAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(100, 200) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}
}
