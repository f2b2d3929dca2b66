package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.oneteam.shared.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Bad input changes nothing; jurisdiction; duplicates and merging; the public rate limit and masked public data. */
class IntakeRulesTests extends IntakeTest {

	@Test
	void badInputIsRefusedWithALocalisedProblemAndNothingChanges() throws Exception {
		int before = events();
		staff(report("NO-SUCH-MATTER", "632802001", null, null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.matter-unknown"))
			.andExpect(jsonPath("$.title").value("执法事项不存在"));
		staff(report(FUMES, "632802999", null, null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.place-unknown"));
		staff(report(FUMES, "632802", null, null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.place-unknown"));
		mvc.perform(post("/api/v1/public/events").with(r -> { r.setRemoteAddr("10.1.1.1"); return r; })
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(report(null, "110101001", null, null))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.place-outside"))
			.andExpect(jsonPath("$.title").value("Place outside the territory"));
		staff(report(FUMES, "632802001", "39.9042", "116.4074")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.coordinates-outside"));
		Map<String, Object> half = report(FUMES, "632802001", null, null);
		half.put("latitude", "37.37");
		staff(half).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.coordinates-incomplete"));
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void photosAreCheckedBySizeAndContent() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		assertThat(Photo.of("a.png", png, 100).contentType()).isEqualTo("image/png");
		assertThatThrownBy(() -> Photo.of("big.png", png, 5)).isInstanceOf(IntakeViolation.class)
			.hasMessage("intake.photo-too-large");
		assertThatThrownBy(() -> Photo.of("x.exe", new byte[] { 'M', 'Z', 0, 0 }, 100)).isInstanceOf(IntakeViolation.class)
			.hasMessage("intake.photo-not-image");
	}

	@Test
	void trackingNumbersCarryACheckCharacter() {
		String number = TrackingNumber.next(LocalDate.of(2031, 3, 4));
		assertThat(number).startsWith("SJ20310304").hasSize(16);
		assertThat(TrackingNumber.valid(number)).isTrue();
		char last = number.charAt(15);
		char other = TrackingNumber.ALPHABET.charAt((TrackingNumber.ALPHABET.indexOf(last) + 1) % 31);
		assertThat(TrackingNumber.valid(number.substring(0, 15) + other)).isFalse();
		assertThat(TrackingNumber.valid("SJ2031030412345")).isFalse();
	}

	@Test
	void staffSeeAndActOnlyWithinTheirJurisdiction() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long id = event.get("id").asLong();
		mvc.perform(get("/api/v1/intake/events/" + id).with(as("hexi.dispatch"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/intake/events/" + id).with(as("grm.squad"))).andExpect(status().isNotFound());
		act("grm.squad", id, "dispatch", Map.of()).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/intake/events").with(as("hexi.dispatch")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/intake/events").with(as("dlh.dispatch")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isNotEmpty());
		// a dispatcher records events of their own jurisdiction only
		mvc.perform(post("/api/v1/intake/events").with(as("hexi.dispatch")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(report(FUMES, "632802003", null, null))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.place-outside-jurisdiction"));
	}

	@Test
	void duplicatesNearbyAreSuggestedAndMergedReportersFollowTheTarget() throws Exception {
		String matter = freshMatter();
		boundary(matter, "632802", "632802-zhzf", LocalDate.of(2020, 1, 1));
		long target = id(staff(report(matter, "632802003", "37.3700", "97.3600")));
		long near = id(staff(report(matter, "632802003", "37.3710", "97.3605")));
		long far = id(staff(report(matter, "632802003", "37.4200", "97.3600")));
		long noCoordinates = id(staff(report(matter, "632802002", null, null)));
		mvc.perform(get("/api/v1/intake/events/" + near + "/duplicates").with(as("dlh.dispatch")))
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains((int) target)));
		mvc.perform(get("/api/v1/intake/events/" + noCoordinates + "/duplicates").with(as("dlh.dispatch")))
			.andExpect(jsonPath("$").isEmpty());
		assertThat(far).isPositive();

		act("dlh.dispatch", near, "merge", Map.of("into", target)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("MERGED"));
		act("dlh.dispatch", target, "dispatch", Map.of()).andExpect(status().isOk());
		String nearTracking = jdbc.sql("select tracking_number from intake_event where id = ?").param(near)
			.query(String.class).single();
		String targetTracking = jdbc.sql("select tracking_number from intake_event where id = ?").param(target)
			.query(String.class).single();
		mvc.perform(get("/api/v1/public/events/" + nearTracking))
			.andExpect(jsonPath("$.state").value("DISPATCHED"))
			.andExpect(jsonPath("$.mergedInto").value(targetTracking));
	}

	@Test
	void thePublicIsRateLimitedPerAddressWith429() throws Exception {
		String address = "10.77." + (System.nanoTime() % 200) + ".9";
		for (int i = 0; i < 5; i++) {
			publicReport(address).andExpect(status().isCreated());
		}
		int before = events();
		publicReport(address).andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.rate-limited"));
		assertThat(events()).isEqualTo(before);
		publicReport(address + "1").andExpect(status().isCreated());
	}

	@Test
	void publicDataIsMaskedAndOpen311NeverReturnsPersonalFields() throws Exception {
		JsonNode receipt = body(publicReport("10.99.0." + (System.nanoTime() % 200)));
		String tracking = receipt.get("trackingNumber").asText();
		String page = mvc.perform(get("/public/track").param("number", tracking)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(tracking).doesNotContain("13912345678").doesNotContain("李四光");
		String open311 = mvc.perform(get("/api/open311/v2/requests/" + tracking + ".json")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(open311).doesNotContain("13912345678").doesNotContain("李四光").doesNotContain("phone");
		assertThat(byTracking(tracking).get("reporterPhone").asText()).isEqualTo("13912345678");
		assertThat(PersonalData.phone("13912345678")).isEqualTo("139****5678");
		assertThat(PersonalData.name("李四光")).isEqualTo("李**");
	}

	private ResultActions publicReport(String address) throws Exception {
		Map<String, Object> report = report(null, "632802001", null, null);
		report.put("reporterName", "李四光");
		report.put("reporterPhone", "13912345678");
		return mvc.perform(post("/api/v1/public/events").with(r -> { r.setRemoteAddr(address); return r; })
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(report)));
	}

	private ResultActions staff(Map<String, Object> report) throws Exception {
		return mvc.perform(post("/api/v1/intake/events").with(as("dlh.dispatch")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(report)));
	}

	private long id(ResultActions result) throws Exception {
		return byTracking(body(result.andExpect(status().isCreated())).get("trackingNumber").asText()).get("id").asLong();
	}

	private static Map<String, Object> report(String matter, String division, String lat, String lon) {
		Map<String, Object> report = new HashMap<>();
		report.put("requestType", "COMPLAINT");
		if (matter != null) {
			report.put("matter", matter);
		}
		report.put("description", "占道经营，影响通行");
		report.put("division", division);
		if (lat != null) {
			report.put("latitude", lat);
			report.put("longitude", lon);
		}
		return report;
	}
}
