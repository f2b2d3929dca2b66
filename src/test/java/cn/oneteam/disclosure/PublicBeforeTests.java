package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.oneteam.IntegrationTest;
import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 事前公开 (docs/adr/0041-public-lists-before-enforcement.md) against the demo data: 德令哈's bureau among the bodies of
 * 632802, its matters with legal basis and fine range, a township's empowerment list with its instrument; malformed
 * divisions and unknown bodies answered as problems and localised pages; Chinese and English; no account.
 */
class PublicBeforeTests extends IntegrationTest {

	/** 德令哈市综合行政执法局 enforces this demo matter by its boundary (docs/adr/0041-public-lists-before-enforcement.md). */
	private static final String FUMES = "DEMO-DQ-118-1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Organizations organizations;

	private long bureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	@Test
	void theBodiesOfADivisionAreListedWithTheirStandingAndMalformedDivisionsAreRefused() throws Exception {
		long bureau = bureau();
		mvc.perform(get("/api/v1/public/bodies").param("division", "632802"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bodies[?(@.id == " + bureau + ")].name").value("德令哈市综合行政执法局"))
			.andExpect(jsonPath("$.bodies[?(@.id == " + bureau + ")].standing").exists())
			.andExpect(jsonPath("$.bodies[?(@.seat == '632801')]").isEmpty());
		mvc.perform(get("/api/v1/public/bodies").param("division", "63x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("division.code-malformed"));
		String page = mvc.perform(get("/public/bodies").param("division", "632802"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("执法主体", "德令哈市综合行政执法局", "/public/bodies/" + bureau + "/matters",
				"/public/qualifications");
		mvc.perform(get("/public/bodies").param("division", "632802").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enforcement bodies")))
			.andExpect(content().string(containsString("Qualification")));
		mvc.perform(get("/public/bodies").param("division", "63x").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a division code")));
	}

	@Test
	void aBodysMattersShowTheirLegalBasisPenaltyKindsAndFineRange() throws Exception {
		long bureau = bureau();
		mvc.perform(get("/api/v1/public/bodies/{id}/matters", bureau))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body.name").value("德令哈市综合行政执法局"))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].domain").value("URBAN_MANAGEMENT"))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].penaltyLaw")
				.value("《中华人民共和国大气污染防治法》"))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].fine.min").value(5000.0))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].fine.max").value(50000.0))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].penaltyKinds[*]")
				.value(org.hamcrest.Matchers.containsInAnyOrder("FINE", "ORDER_SUSPENSION")))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].mode").value("OWN_POWER"))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].benchmarks[*].publishedRef")
				.value(org.hamcrest.Matchers.hasItem("（演示）德执〔2024〕1号")))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].benchmarks[*].tiers[?(@.tier == 'HEAVIER')].max")
				.value(org.hamcrest.Matchers.hasItem(50000.0)))
			.andExpect(jsonPath("$.matters[?(@.code == '" + FUMES + "')].lenientLists[*].kind")
				.value(org.hamcrest.Matchers.hasItem("NO_PENALTY")));
		mvc.perform(get("/public/bodies/{id}/matters", bureau))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(FUMES)))
			.andExpect(content().string(containsString("罚则：《中华人民共和国大气污染防治法》")))
			.andExpect(content().string(containsString("责令停产停业")))
			.andExpect(content().string(containsString("裁量基准和三张清单")))
			.andExpect(content().string(containsString("（演示）德令哈市城市管理领域轻微违法行为不予处罚清单")));
		mvc.perform(get("/public/bodies/{id}/matters", bureau).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penalty: 《中华人民共和国大气污染防治法》")))
			.andExpect(content().string(containsString("Order to suspend production or business")))
			.andExpect(content().string(containsString("Discretion benchmarks and lenient lists")))
			.andExpect(content().string(containsString("No-penalty list")))
			.andExpect(content().string(not(containsString("罚则"))));
	}

	@Test
	void unknownAndMalformedBodiesAreNotFoundAlike() throws Exception {
		for (String id : new String[] { "999999999", "abc", "0", "-1" }) {
			mvc.perform(get("/api/v1/public/bodies/{id}/matters", id))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("disclosure.body-unknown"));
		}
		long judicial = organizations.findByCode("6328-sfj").orElseThrow().id().value();
		mvc.perform(get("/api/v1/public/bodies/{id}/matters", judicial)).andExpect(status().isNotFound());
		mvc.perform(get("/public/bodies/{id}/matters", "abc"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有这个执法主体")));
		mvc.perform(get("/public/bodies/{id}/matters", "abc").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such enforcement body")));
	}

	@Test
	void aTownshipsEmpowermentListShowsItsInstrumentsNumberDateAndTerm() throws Exception {
		mvc.perform(get("/api/v1/public/empowerment").param("division", "632802100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.instrumentNumber == '（演示）德令哈市综合行政执法局委托书第5号')].mode",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DELEGATED"))))
			.andExpect(jsonPath("$.entries[?(@.instrumentNumber == '（演示）德令哈市综合行政执法局委托书第5号')].instrumentPublished",
					org.hamcrest.Matchers.hasItem("2025-01-02")))
			.andExpect(jsonPath("$.entries[?(@.instrumentNumber == '（演示）德令哈市综合行政执法局委托书第5号')].instrumentTermTo",
					org.hamcrest.Matchers.hasItem("2027-12-31")))
			.andExpect(jsonPath("$.entries[?(@.instrumentNumber == '（演示）德令哈市综合行政执法局委托书第5号')].documentName",
					org.hamcrest.Matchers.hasItem("德令哈市综合行政执法局")))
			.andExpect(jsonPath("$.entries[?(@.township != '632802100')]").isEmpty());
		mvc.perform(get("/api/v1/public/empowerment").param("size", String.valueOf(PublicPaging.MAX_SIZE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.instrumentNumber == '（演示）青海省乡镇（街道）赋权决定第1号')].township",
					org.hamcrest.Matchers.hasItem("632802001")));
		mvc.perform(get("/api/v1/public/empowerment").param("division", "6328021"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("division.code-malformed"));
		mvc.perform(get("/public/empowerment").param("division", "632802100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乡镇赋权（委托）清单")))
			.andExpect(content().string(containsString("（演示）德令哈市综合行政执法局委托书第5号")))
			.andExpect(content().string(containsString("2027-12-31")));
		mvc.perform(get("/public/empowerment").param("division", "632802100").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Township empowerment lists")))
			.andExpect(content().string(containsString("Delegated (in the delegator name)")));
		mvc.perform(get("/public/empowerment").param("division", "abc").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a division code")));
	}

	@Test
	void thePortalLinksTheNewLists() throws Exception {
		mvc.perform(get("/public"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/public/bodies\"")))
			.andExpect(content().string(containsString("href=\"/public/empowerment\"")));
	}
}
