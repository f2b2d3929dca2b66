package cn.oneteam.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register through the API as 德令哈's officer (jurisdiction 632802) and 格尔木's (632801): register, find, search,
 * close; bad and duplicate codes refused; another jurisdiction sees nothing; ID numbers masked
 * (docs/adr/0019-subject-register.md).
 */
class SubjectRegisterTests extends IntegrationTest {

	private static final String DELINGHA = "dlh.officer1";

	private static final String GOLMUD = "grm.officer1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FullProcessRecord record;

	/** A fresh valid code of a 德令哈 enterprise (both check characters computed). */
	private static String freshCreditCode(String prefix) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(prefix + "632802" + body).value();
	}

	private static String freshIdNumber() {
		return IdNumber.complete("632802" + "1985" + "0612" + String.format("%03d",
				ThreadLocalRandom.current().nextInt(1000))).value();
	}

	private ResultActions register(String user, String kind, String code, String name, String division)
			throws Exception {
		Map<String, Object> body = Map.of("kind", kind, "code", code, "name", name, "divisionCode", division,
				"streetAddress", "长江路 1 号", "representative", "王某", "industryCode", "F5211");
		return mvc.perform(post("/api/v1/subjects").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private long stored(String code) {
		return jdbc.sql("select count(*) from market_subject where code = ?").param(code).query(Long.class).single();
	}

	@Test
	void registersFindsSearchesAndClosesAndRecordsEachChange() throws Exception {
		String code = freshCreditCode("91");
		String name = "德令哈演示商贸有限公司" + code.substring(10, 16);
		JsonNode subject = body(register(DELINGHA, "LEGAL_PERSON", code.toLowerCase(), name, "632802001")
			.andExpect(status().isCreated()));
		long id = subject.get("id").asLong();
		assertThat(subject.get("code").asString()).isEqualTo(code);
		assertThat(subject.get("status").asString()).isEqualTo("ACTIVE");

		mvc.perform(get("/api/v1/subjects").param("code", code).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		// fuzzy: a part of the name
		mvc.perform(get("/api/v1/subjects").param("name", "商贸有限公司" + code.substring(10, 16)).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$.length()").value(1));

		mvc.perform(post("/api/v1/subjects/{id}/close", id).with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DEREGISTERED\",\"closedOn\":\"2026-01-15\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEREGISTERED"))
			.andExpect(jsonPath("$.closedOn").value("2026-01-15"));
		mvc.perform(post("/api/v1/subjects/{id}/close", id).with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"REVOKED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("subject.already-closed"));
		// never deleted: still found, closed
		mvc.perform(get("/api/v1/subjects/{id}", id).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEREGISTERED"));

		List<RecordEntry> entries = record.entries("market_subject", id);
		assertThat(entries).extracting(RecordEntry::action).containsExactly("registered", "closed");
		assertThat(record.verify("market_subject", id).intact()).isTrue();
	}

	@Test
	void refusesAnInvalidCodeWithTheCheckCharacterExpectedAndStoresNothing() throws Exception {
		String valid = freshCreditCode("91");
		char wrong = valid.charAt(17) == '0' ? '1' : '0';
		String invalid = valid.substring(0, 17) + wrong;
		register(DELINGHA, "LEGAL_PERSON", invalid, "错码公司", "632802").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("creditcode.check"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("“" + valid.charAt(17) + "”")));
		assertThat(stored(invalid)).isZero();

		register(DELINGHA, "NATURAL_PERSON", "36042619910102009X", "张三", "632802").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("idnumber.check"));
		assertThat(stored("36042619910102009X")).isZero();

		// a 个体工商户 code registered as a legal person
		String individual = freshCreditCode("92");
		register(DELINGHA, "LEGAL_PERSON", individual, "个体户", "632802").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("subject.kind-code-mismatch"));
		assertThat(stored(individual)).isZero();
	}

	@Test
	void refusesADuplicateCodeWith409() throws Exception {
		String code = freshCreditCode("92");
		register(DELINGHA, "INDIVIDUAL_BUSINESS", code, "德令哈演示小吃店", "632802").andExpect(status().isCreated());
		register(DELINGHA, "INDIVIDUAL_BUSINESS", code, "另一家小吃店", "632802").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("subject.duplicate-code"));
		assertThat(stored(code)).isEqualTo(1);
	}

	@Test
	void anotherJurisdictionNeitherSeesNorRegistersIt() throws Exception {
		String code = freshCreditCode("91");
		String name = "德令哈辖区演示企业" + code.substring(10, 16);
		long id = body(register(DELINGHA, "LEGAL_PERSON", code, name, "632802").andExpect(status().isCreated()))
			.get("id")
			.asLong();
		mvc.perform(get("/api/v1/subjects").param("code", code).with(as(GOLMUD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("subject.unknown-code"));
		mvc.perform(get("/api/v1/subjects/{id}", id).with(as(GOLMUD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/subjects").param("name", name).with(as(GOLMUD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(post("/api/v1/subjects/{id}/close", id).with(as(GOLMUD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"REVOKED\"}")).andExpect(status().isNotFound());
		register(GOLMUD, "LEGAL_PERSON", freshCreditCode("91"), "越界企业", "632802").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("subject.outside-jurisdiction"));
	}

	@Test
	void aNaturalPersonsIdNumberIsMaskedInEveryAnswer() throws Exception {
		String number = freshIdNumber();
		ResultActions registered = register(DELINGHA, "NATURAL_PERSON", number, "李某某", "632802001")
			.andExpect(status().isCreated());
		String answer = registered.andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain(number).contains(number.charAt(0) + "****************" + number.charAt(17));
		long id = body(registered).get("id").asLong();
		assertThat(stored(number)).isEqualTo(1);

		String found = mvc.perform(get("/api/v1/subjects").param("code", number).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(found).doesNotContain(number).contains("\"id\":" + id);
		assertThat(mvc.perform(get("/api/v1/subjects/{id}", id).with(as(DELINGHA))).andReturn().getResponse()
			.getContentAsString()).doesNotContain(number);
		assertThat(record.entries("market_subject", id).get(0).toString()).doesNotContain(number);
	}

	@Test
	void thePageRegistersSearchesAndShowsTheReasonOfARefusal() throws Exception {
		String number = freshIdNumber();
		String name = "页面演示" + number.substring(14);
		String location = mvc.perform(post("/subjects").with(as(DELINGHA)).with(csrf())
			.param("kind", "NATURAL_PERSON")
			.param("code", number)
			.param("name", name)
			.param("divisionCode", "632802")
			.param("streetAddress", "柴达木路 2 号"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("registered"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/subjects?q=");
		String page = mvc.perform(get("/subjects").param("q", name).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(name).contains(number.charAt(0) + "****************" + number.charAt(17))
			.doesNotContain(number).contains("id=\"nav-subjects\"");
		assertThat(mvc.perform(get("/subjects").param("q", name).with(as(GOLMUD))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"subject-results\"").contains("没有符合条件的监管对象").doesNotContain(number.charAt(0) + "****************" + number.charAt(17));

		mvc.perform(post("/subjects").with(as(DELINGHA)).with(csrf())
			.param("kind", "LEGAL_PERSON")
			.param("code", "91350100M000100Y4Z")
			.param("name", "错码公司")
			.param("divisionCode", "632802")
			.param("streetAddress", "柴达木路 3 号"))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(((cn.oneteam.platform.FlashMessage) result.getFlashMap().get("error"))
				.code()).isEqualTo("creditcode.check"));
		assertThat(stored("91350100M000100Y4Z")).isZero();
	}

	@Test
	void searchesNamesWhateverTheCaseAndClosesOnlyWithAClosingStatusAndAPastDay() throws Exception {
		String code = freshCreditCode("91");
		String name = "Delingha Demo Trading " + code.substring(10, 16);
		long id = body(register(DELINGHA, "LEGAL_PERSON", code, name, "632802").andExpect(status().isCreated()))
			.get("id")
			.asLong();
		mvc.perform(get("/api/v1/subjects").param("name", "demo trading " + code.substring(10, 16)).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get("/api/v1/subjects").param("name", "x").param("code", code).with(as(DELINGHA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("subject.code-or-name"));
		mvc.perform(post("/api/v1/subjects/{id}/close", id).with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"ACTIVE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("subject.not-a-closing-status"));
		mvc.perform(post("/api/v1/subjects/{id}/close", id).with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"REVOKED\",\"closedOn\":\""
					+ java.time.LocalDate.now(cn.oneteam.shared.ChinaTime.ZONE).plusDays(10) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("subject.closed-in-future"));
		mvc.perform(get("/api/v1/subjects/{id}", id).with(as(DELINGHA)))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.closedOn").doesNotExist());
		assertThat(record.entries("market_subject", id)).extracting(RecordEntry::action).containsExactly("registered");
	}
}
