package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * 执法人员清单 (docs/adr/0041-public-lists-before-enforcement.md, Officer lists) against the demo data: 德令哈's bureau
 * lists dlh.officer1's valid certificate, never the expired QH6328020050 nor the suspended QH6328020051; each officer
 * carries the name and the certificate only, by name in pinyin order; the body pages link the list; unknown bodies 404; Chinese and English.
 */
class PublicOfficerListTests extends IntegrationTest {

	/** dlh.officer1's certificate (docs/adr/0040-public-portal-and-officer-verification.md). */
	private static final String VALID = "QH6328020001";

	private static final String EXPIRED = "QH6328020050";

	private static final String SUSPENDED = "QH6328020051";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Organizations organizations;

	private long bureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	@Test
	void aBodysOfficersAreThoseWithACertificateValidTodayWithNothingElsePersonal() throws Exception {
		long bureau = bureau();
		JsonNode answer = body(mvc.perform(get("/api/v1/public/bodies/{id}/officers", bureau)
			.param("size", String.valueOf(PublicPaging.MAX_SIZE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body.name").value("德令哈市综合行政执法局"))
			.andExpect(jsonPath("$.officers[*].certificateNumber", hasItem(VALID)))
			.andExpect(jsonPath("$.officers[*].certificateNumber", not(hasItem(EXPIRED))))
			.andExpect(jsonPath("$.officers[*].certificateNumber", not(hasItem(SUSPENDED))))
			.andExpect(jsonPath("$.officers[?(@.certificateNumber == '" + VALID + "')].domains[*]",
					hasItem("URBAN_MANAGEMENT")))
			.andExpect(jsonPath("$.officers[?(@.certificateNumber == '" + VALID + "')].validTo",
					hasItem("2028-12-31"))));
		assertThat(answer.get("total").asLong()).isEqualTo(answer.get("officers").size()).isLessThan(PublicPaging.MAX_SIZE);
		List<String> names = new ArrayList<>();
		for (JsonNode officer : answer.get("officers")) {
			assertThat(officer.propertyNames()).containsExactlyInAnyOrder("name", "certificateNumber", "domains",
					"validFrom", "validTo");
			names.add(officer.get("name").asString());
		}
		assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.CHINA)::compare);
		assertThat(answer.get("body").propertyNames())
			.containsExactlyInAnyOrderElementsOf(Set.of("id", "name", "kind", "seat", "standing"));

		String page = mvc.perform(get("/public/bodies/{id}/officers", bureau).param("size", "200"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("德令哈市综合行政执法局 执法人员清单", "/public/officers/" + VALID, "共 " + answer.get("total"))
			.doesNotContain(EXPIRED, SUSPENDED);
		mvc.perform(get("/public/bodies/{id}/officers", bureau).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enforcement officers of 德令哈市综合行政执法局")))
			.andExpect(content().string(not(containsString("执法人员清单"))));
	}

	@Test
	void theBodyPagesLinkTheOfficerList() throws Exception {
		long bureau = bureau();
		String link = "/public/bodies/" + bureau + "/officers";
		mvc.perform(get("/public/bodies").param("division", "632802"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get("/public/bodies/{id}/matters", bureau))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
	}

	@Test
	void unknownAndNonEnforcementBodiesHaveNoOfficerList() throws Exception {
		for (String id : new String[] { "999999999", "abc", "0" }) {
			mvc.perform(get("/api/v1/public/bodies/{id}/officers", id))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("disclosure.body-unknown"));
		}
		long judicial = organizations.findByCode("6328-sfj").orElseThrow().id().value();
		mvc.perform(get("/api/v1/public/bodies/{id}/officers", judicial)).andExpect(status().isNotFound());
		mvc.perform(get("/public/bodies/{id}/officers", "abc").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such enforcement body")));
		mvc.perform(get("/api/v1/public/bodies/{id}/officers", bureau()).param("size", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.page-invalid"));
	}
}
