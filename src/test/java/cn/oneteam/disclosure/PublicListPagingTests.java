package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import tools.jackson.databind.JsonNode;

/**
 * Paging of the 事前 lists (docs/adr/0041-public-lists-before-enforcement.md, Paging): the bodies, a body's matters
 * and the empowerment entries by pages of {@code size} with the total — the first and the last page, past the last
 * empty, the cap on the size, bad values 400 as problems and on the pages; the pages link first, previous, next, last.
 */
class PublicListPagingTests extends IntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Organizations organizations;

	@Test
	void theBodiesComeInPagesWithTheTotalFromTheFirstToTheLast() throws Exception {
		JsonNode all = body(mvc.perform(get("/api/v1/public/bodies").param("size", "200")).andExpect(status().isOk()));
		long total = all.get("total").asLong();
		assertThat(total).isGreaterThan(3).isEqualTo(all.get("bodies").size());
		JsonNode first = body(mvc.perform(get("/api/v1/public/bodies").param("size", "2")).andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(total)));
		assertThat(first.get("bodies").size()).isEqualTo(2);
		assertThat(first.get("bodies").get(0).get("id")).isEqualTo(all.get("bodies").get(0).get("id"));
		assertThat(first.get("bodies").get(1).get("id")).isEqualTo(all.get("bodies").get(1).get("id"));
		long last = (total - 1) / 2;
		JsonNode lastPage = body(mvc.perform(get("/api/v1/public/bodies").param("size", "2").param("page",
				String.valueOf(last))).andExpect(status().isOk()));
		assertThat(lastPage.get("bodies").size()).isEqualTo(total % 2 == 0 ? 2 : 1);
		assertThat(lastPage.get("bodies").get(lastPage.get("bodies").size() - 1).get("id"))
			.isEqualTo(all.get("bodies").get((int) total - 1).get("id"));
		mvc.perform(get("/api/v1/public/bodies").param("size", "2").param("page", String.valueOf(last + 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(total))
			.andExpect(jsonPath("$.bodies").isEmpty());
		JsonNode standard = body(mvc.perform(get("/api/v1/public/bodies")).andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(PublicPaging.DEFAULT_SIZE)));
		assertThat(standard.get("bodies").size()).isEqualTo((int) Math.min(total, PublicPaging.DEFAULT_SIZE));
	}

	@Test
	void theSizeIsCappedAndBadValuesAreRefused() throws Exception {
		mvc.perform(get("/api/v1/public/bodies").param("size", String.valueOf(PublicPaging.MAX_SIZE)))
			.andExpect(status().isOk());
		String[][] bad = { { "size", String.valueOf(PublicPaging.MAX_SIZE + 1) }, { "size", "0" }, { "page", "-1" },
				{ "page", "abc" }, { "size", "1e3" } };
		for (String[] parameter : bad) {
			for (String path : new String[] { "/api/v1/public/bodies", "/api/v1/public/empowerment",
					"/api/v1/public/bodies/" + bureau() + "/matters", "/api/v1/public/bodies/" + bureau() + "/officers" }) {
				mvc.perform(get(path).param(parameter[0], parameter[1]))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.code").value("disclosure.page-invalid"));
			}
		}
		mvc.perform(get("/public/bodies").param("size", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("每页条数“500”应在 1 至 200 之间")));
		mvc.perform(get("/public/empowerment").param("page", "x").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The page &quot;x&quot; must be a whole number of at least 0, and the size &quot;50&quot;")));
		mvc.perform(get("/public/bodies/{id}/matters", bureau()).param("page", "-2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("页码“-2”应为不小于 0 的整数")));
	}

	@Test
	void aBodysMattersAndTheEmpowermentListArePagedWithTheirTotals() throws Exception {
		long bureau = bureau();
		JsonNode matters = body(mvc.perform(get("/api/v1/public/bodies/{id}/matters", bureau).param("size", "200"))
			.andExpect(status().isOk()));
		long total = matters.get("total").asLong();
		assertThat(total).isGreaterThan(1).isEqualTo(matters.get("matters").size());
		mvc.perform(get("/api/v1/public/bodies/{id}/matters", bureau).param("size", "1").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(total))
			.andExpect(jsonPath("$.body.name").value("德令哈市综合行政执法局"))
			.andExpect(jsonPath("$.matters.length()").value(1))
			.andExpect(jsonPath("$.matters[0].code").value(matters.get("matters").get(1).get("code").asString()));
		JsonNode entries = body(mvc.perform(get("/api/v1/public/empowerment").param("size", "200"))
			.andExpect(status().isOk()));
		long count = entries.get("total").asLong();
		assertThat(count).isGreaterThan(1).isEqualTo(entries.get("entries").size());
		mvc.perform(get("/api/v1/public/empowerment").param("size", "1").param("page", String.valueOf(count - 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(count))
			.andExpect(jsonPath("$.entries[0].instrumentNumber")
				.value(entries.get("entries").get((int) count - 1).get("instrumentNumber").asString()));
	}

	@Test
	void thePagesLinkTheirNeighboursKeepingTheFilter() throws Exception {
		String first = mvc.perform(get("/public/bodies").param("division", "6328").param("size", "1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains("id=\"bodies-pager\"", "rel=\"next\"", "rel=\"last\"", "第 1/")
			.doesNotContain("rel=\"prev\"", "rel=\"first\"")
			.containsPattern("href=\"/public/bodies\\?[^\"]*division=6328[^\"]*page=1\"");
		String second = mvc.perform(get("/public/bodies").param("division", "6328").param("size", "1")
			.param("page", "1")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(second).contains("rel=\"prev\"", "rel=\"first\"", "第 2/")
			.containsPattern("href=\"/public/bodies\\?[^\"]*size=1[^\"]*page=0\"");
		mvc.perform(get("/public/empowerment").param("size", "1").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page 1 of")))
			.andExpect(content().string(containsString("Next")));
	}

	private long bureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}
}
