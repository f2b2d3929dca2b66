package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.oneteam.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Templates as data: a body's head saves a new version of a template, which the body's next documents use while
 * those issued before keep their bytes and digest; a field the type does not offer is refused with a localised 422
 * and nothing saved; an officer may not change templates; the administration pages in Chinese and English.
 */
class DocumentTemplateTests extends CaseApiTest {

	private static final String LAYOUT = """
			{"layout":{"title":"送达地址确认书","blocks":[{"kind":"paragraph","text":"%s受送达人${party.name}确认送达地址${input.address}。"},
			 {"kind":"date","text":"${issuedOn}"}]},"note":"%s"}""";

	private JsonNode save(String user, String body) throws Exception {
		return body(mvc.perform(put("/api/v1/documents/templates/address-confirmation").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()));
	}

	private JsonNode issue(long id) throws Exception {
		return body(mvc.perform(post("/api/v1/cases/" + id + "/documents/address-confirmation").with(as("dlh.officer1"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inputs\":{\"address\":\"德令哈市长江路1号\"}}")).andExpect(status().isCreated()));
	}

	private byte[] bytes(long id, long document) throws Exception {
		return mvc.perform(get("/api/v1/cases/" + id + "/documents/" + document).with(as("dlh.officer1")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void aTemplateChangeIsANewVersionThatNeverAltersAnIssuedDocument() throws Exception {
		long id = filed("ORGANISATION", "模板测试店" + System.nanoTime() % 100000, "2026-06-01", "2026-06-02");
		JsonNode before = issue(id);
		byte[] issuedBytes = bytes(id, before.get("id").asLong());
		assertThat(PdfText.of(issuedBytes)).contains("送达地址确认书", "德令哈市长江路1号").doesNotContain("（本机关版式）");

		JsonNode saved = save("dlh.head", LAYOUT.formatted("（本机关版式）", "按本机关格式"));
		assertThat(saved.get("scope").asString()).isEqualTo("BODY");
		JsonNode again = save("dlh.head", LAYOUT.formatted("（本机关版式二）", "再改"));
		assertThat(again.get("version").asInt()).isEqualTo(saved.get("version").asInt() + 1);

		JsonNode after = issue(id);
		assertThat(after.get("templateId").asLong()).isEqualTo(again.get("id").asLong());
		assertThat(PdfText.of(bytes(id, after.get("id").asLong()))).contains("（本机关版式二）受送达人", "德令哈市长江路1号");
		assertThat(bytes(id, before.get("id").asLong())).isEqualTo(issuedBytes);
		assertThat(before.get("templateId").asLong()).isNotEqualTo(after.get("templateId").asLong());

		JsonNode versions = body(mvc.perform(get("/api/v1/documents/templates/address-confirmation/versions")
			.param("scope", "BODY").param("key", String.valueOf(saved.get("scopeKey").asString()))
			.with(as("dlh.head"))));
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(again.get("version").asInt());
		assertThat(versions.get(0).get("note").asString()).isEqualTo("再改");

		// back to the national wording for the other tests: the default layout saved as the body's newest version
		String national = body(mvc.perform(get("/api/v1/documents/templates/address-confirmation/versions")
			.param("scope", "NATIONAL").with(as("dlh.head")))).get(0).get("layoutJson").asString();
		save("dlh.head", "{\"layout\":" + national + ",\"note\":\"恢复\"}");
	}

	@Test
	void aFieldTheTypeDoesNotOfferIsRefusedAndNothingSaved() throws Exception {
		int versions = body(mvc.perform(get("/api/v1/documents/templates/address-confirmation/versions")
			.param("scope", "NATIONAL").with(as("dlh.head")))).size();
		JsonNode problem = body(mvc.perform(put("/api/v1/documents/templates/address-confirmation")
			.param("scope", "BODY").with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"layout\":{\"title\":\"送达地址确认书\",\"blocks\":[{\"kind\":\"line\",\"text\":\"${party.salary}\"}]}}"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(problem.get("code").asString()).isEqualTo("document.template-unknown-placeholder");
		assertThat(problem.get("detail").asString()).contains("party.salary", "送达地址确认书");
		JsonNode english = body(mvc.perform(put("/api/v1/documents/templates/address-confirmation?lang=en")
			.with(as("dlh.head")).with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"layout\":{\"title\":\"x\",\"blocks\":[{\"kind\":\"line\",\"text\":\"${action.amountDue}\"}]}}"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(english.get("detail").asString()).contains("action.amountDue", "is not one the document type");
		mvc.perform(put("/api/v1/documents/templates/address-confirmation").with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"layout\":{\"title\":\"x\",\"blocks\":[{\"kind\":\"poem\"}]}}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/documents/templates/address-confirmation").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(LAYOUT.formatted("", ""))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/documents/templates/address-confirmation").param("scope", "NATIONAL")
			.with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(LAYOUT.formatted("", ""))).andExpect(status().isForbidden());
		assertThat(body(mvc.perform(get("/api/v1/documents/templates/address-confirmation/versions")
			.param("scope", "NATIONAL").with(as("dlh.head"))))).hasSize(versions);
		assertThat(body(mvc.perform(get("/api/v1/documents/templates/demand/fields").with(as("dlh.head")))).toString())
			.contains("action.amountDue", "action.deadline", "decision.number");
	}

	@Test
	void theAdministrationPagesRenderInChineseAndEnglish() throws Exception {
		String list = page("/documents/templates");
		assertThat(list).contains("文书模板", "行政处罚决定书", "催告书", "全国默认").doesNotContain("??");
		assertThat(page("/documents/templates?lang=en")).contains("Document templates", "Demand to perform")
			.doesNotContain("??");
		assertThat(page("/documents/templates/penalty-notice")).contains("行政处罚事先告知书", "{proposed.penalty}",
				"保存为新版本", "&quot;kind&quot;").doesNotContain("??");
		assertThat(page("/documents/templates/penalty-notice?lang=en")).contains("Save as a new version")
			.doesNotContain("??");
		assertThat(page("/documents/codes")).contains("机关代字与文号", "德综执", "罚决", "作废").doesNotContain("??");
		assertThat(page("/documents/codes?lang=en")).contains("Body code and document numbers", "Void")
			.doesNotContain("??");
		String refused = mvc.perform(post("/documents/templates/penalty-notice").with(as("dlh.head")).with(csrf())
			.param("scope", "BODY").param("layout", "{\"title\":\"x\",\"blocks\":[{\"kind\":\"line\",\"text\":\"${nope}\"}]}"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("模板引用了未知字段", "nope", "${nope}");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(as("dlh.head"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
