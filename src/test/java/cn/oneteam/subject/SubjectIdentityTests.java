package cn.oneteam.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.shared.IdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * 查看完整证件号码: a natural person's ID number is masked on the page and in the API for every role; an officer
 * ({@code case:handle}) may read it whole, and each read is in the subject's full-process record with the reader;
 * an auxiliary and a leader are refused (docs/adr/0019-subject-register.md, the subject's page).
 */
class SubjectIdentityTests extends IntegrationTest {

	private static final String OFFICER = "dlh.officer1";

	/** Readers of 德令哈's subjects: officer, auxiliary, squad head, bureau head, legal reviewer, 海西's leader. */
	private static final List<String> READERS = List.of(OFFICER, "dlh.auxiliary", "dlh.squad", "dlh.head", "dlh.legal",
			"hx.leader");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private FullProcessRecord record;

	private String number;

	private long person() throws Exception {
		number = IdNumber.complete("632802" + "1979" + "0305" + String.format("%03d",
				ThreadLocalRandom.current().nextInt(1000))).value();
		Map<String, Object> body = Map.of("kind", "NATURAL_PERSON", "code", number, "name",
				"证件测试" + number.substring(14), "divisionCode", "632802001", "streetAddress", "祁连路 3 号");
		String answer = mvc.perform(post("/api/v1/subjects").with(as(OFFICER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(answer).get("id").asLong();
	}

	private String masked() {
		return number.charAt(0) + "****************" + number.charAt(17);
	}

	@Test
	void maskedOnThePageAndInTheApiForEveryRole() throws Exception {
		long id = person();
		for (String reader : READERS) {
			String page = mvc.perform(get("/subjects/{id}", id).with(as(reader)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).as(reader).contains(masked()).doesNotContain(number);
			String api = mvc.perform(get("/api/v1/subjects/{id}", id).with(as(reader)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(api).as(reader).contains(masked()).doesNotContain(number);
		}
		// the button only for those who may read the number
		assertThat(mvc.perform(get("/subjects/{id}", id).with(as(OFFICER))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"identity-show\"");
		for (String reader : List.of("dlh.auxiliary", "hx.leader", "dlh.head")) {
			assertThat(mvc.perform(get("/subjects/{id}", id).with(as(reader))).andReturn().getResponse()
				.getContentAsString()).as(reader).doesNotContain("id=\"identity-show\"");
		}
		assertThat(record.entries("market_subject", id)).extracting(RecordEntry::action).containsExactly("registered");
	}

	@Test
	void anOfficerReadsTheWholeNumberAndEachReadIsRecordedOthersAreRefused() throws Exception {
		long id = person();
		mvc.perform(get("/api/v1/subjects/{id}/identity", id).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.idNumber").value(number));
		String fragment = mvc.perform(post("/subjects/{id}/identity", id).with(as(OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"subject-code\"").contains(number);

		for (String refused : List.of("dlh.auxiliary", "hx.leader")) {
			mvc.perform(get("/api/v1/subjects/{id}/identity", id).with(as(refused)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("access.denied"))
				.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(number));
			mvc.perform(post("/subjects/{id}/identity", id).with(as(refused)).with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(number));
		}
		// outside the jurisdiction: not found, nothing recorded
		mvc.perform(get("/api/v1/subjects/{id}/identity", id).with(as("grm.officer1"))).andExpect(status().isNotFound());

		List<RecordEntry> entries = record.entries("market_subject", id);
		assertThat(entries).extracting(RecordEntry::action).containsExactly("registered", "identity-read",
				"identity-read");
		assertThat(entries.get(1).payload()).contains("\"reader\":\"" + OFFICER + "\"").doesNotContain(number);
		assertThat(entries.get(1).actorAccountId()).isEqualTo(entries.get(0).actorAccountId());
		assertThat(record.verify("market_subject", id).intact()).isTrue();
	}

	@Test
	void aSubjectWithACreditCodeHasNoNumberToRead() throws Exception {
		long demo = -1;
		for (var found : json.readTree(mvc.perform(get("/api/v1/subjects").param("name", "（演示）").with(as(OFFICER)))
			.andReturn().getResponse().getContentAsString())) {
			if (!"NATURAL_PERSON".equals(found.get("kind").asString())) {
				demo = found.get("id").asLong();
				break;
			}
		}
		assertThat(demo).isPositive();
		mvc.perform(get("/api/v1/subjects/{id}/identity", demo).with(as(OFFICER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("subject.no-id-number"));
		assertThat(record.entries("market_subject", demo)).extracting(RecordEntry::action)
			.doesNotContain("identity-read");
	}
}
