package cn.oneteam.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 行政许可 through the API and the subject's page as 德令哈's officer (jurisdiction 632802) and 格尔木's (632801): record,
 * list, revoke; bad input refused with its reason and nothing stored; another jurisdiction neither sees nor changes a
 * licence; every change in the subject's full-process record; a revocation published as {@link LicenceRevoked}; the
 * page's licences, standing and timeline, newest first (docs/adr/0019-subject-register.md, licences).
 */
@ExtendWith(PublishedEventsExtension.class)
class LicenceTests extends IntegrationTest {

	private static final String DELINGHA = "dlh.officer1";

	private static final String GOLMUD = "grm.officer1";

	private static final String MARKET = "11632802MB015013XG";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FullProcessRecord record;

	private long subject() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		String code = CreditCode.complete("92632802" + body).value();
		Map<String, Object> input = Map.of("kind", "INDIVIDUAL_BUSINESS", "code", code, "name",
				"德令哈许可测试小吃店" + code.substring(10, 16), "divisionCode", "632802001", "streetAddress", "长江路 8 号",
				"representative", "马某", "industryCode", "H6291");
		return body(mvc.perform(post("/api/v1/subjects").with(as(DELINGHA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(input))).andExpect(status().isCreated())).get("id").asLong();
	}

	private static String number() {
		return "JY2632802" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	private static Map<String, Object> licence(String number, String issuer, String from, String until) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "食品经营许可证");
		body.put("number", number);
		body.put("issuerCode", issuer);
		body.put("issuerName", "德令哈市市场监督管理局");
		body.put("validFrom", from);
		body.put("validUntil", until);
		body.put("scope", "热食类食品制售");
		return body;
	}

	private ResultActions recordLicence(String user, long subject, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/subjects/{id}/licences", subject).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions revoke(String user, long licence, LocalDate on, String reason) throws Exception {
		return mvc.perform(post("/api/v1/licences/{id}/revocation", licence).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("revokedOn", on.toString(), "reason", reason))));
	}

	private long licencesOf(long subject) {
		return jdbc.sql("select count(*) from subject_licence where subject_id = ?").param(subject).query(Long.class)
			.single();
	}

	private static LocalDate today() {
		return LocalDate.now(ChinaTime.ZONE);
	}

	@Test
	void recordsListsAndRevokesEachChangeRecordedAndTheRevocationPublished(AssertablePublishedEvents published)
			throws Exception {
		long subject = subject();
		String number = number();
		JsonNode recorded = body(recordLicence(DELINGHA, subject,
				licence(" " + number + " ", MARKET.toLowerCase(), today().minusYears(1).toString(),
						today().plusYears(4).toString()))
			.andExpect(status().isCreated()));
		long id = recorded.get("id").asLong();
		assertThat(recorded.get("number").asString()).isEqualTo(number);
		assertThat(recorded.get("issuerCode").asString()).isEqualTo(MARKET);
		assertThat(recorded.get("source").asString()).isEqualTo("MANUAL");
		assertThat(recorded.get("standing").asString()).isEqualTo("VALID");

		mvc.perform(get("/api/v1/subjects/{id}/licences", subject).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].standing").value("VALID"));

		revoke(DELINGHA, id, today().minusDays(2), "超范围经营，情节严重").andExpect(status().isOk())
			.andExpect(jsonPath("$.standing").value("REVOKED"))
			.andExpect(jsonPath("$.revokedOn").value(today().minusDays(2).toString()));
		revoke(DELINGHA, id, today(), "再次吊销").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("licence.already-revoked"));

		assertThat(published.ofType(LicenceRevoked.class).matching(LicenceRevoked::licenceId, id))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.subjectId()).isEqualTo(subject);
				assertThat(r.number()).isEqualTo(number);
				assertThat(r.issuerCode()).isEqualTo(MARKET);
				assertThat(r.revokedOn()).isEqualTo(today().minusDays(2));
				assertThat(r.reason()).isEqualTo("超范围经营，情节严重");
			});

		List<RecordEntry> entries = record.entries("market_subject", subject);
		assertThat(entries).extracting(RecordEntry::action)
			.containsExactly("registered", "licence-recorded", "licence-revoked");
		assertThat(entries.get(1).payload()).contains(number).contains("MANUAL");
		assertThat(entries.get(2).payload()).contains("超范围经营，情节严重");
		assertThat(record.verify("market_subject", subject).intact()).isTrue();
	}

	@Test
	void refusesBadLicencesWithTheReasonAndStoresNothing() throws Exception {
		long subject = subject();
		String number = number();
		recordLicence(DELINGHA, subject, licence(number, MARKET, "2024-01-01", null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.validUntil").doesNotExist());
		// the same issuer's number again, even on another subject
		recordLicence(DELINGHA, subject(), licence(number, MARKET, "2025-01-01", null)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("licence.duplicate-number"));

		char wrong = MARKET.charAt(17) == '0' ? '1' : '0';
		recordLicence(DELINGHA, subject, licence(number(), MARKET.substring(0, 17) + wrong, "2024-01-01", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("creditcode.check"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("“" + MARKET.charAt(17) + "”")));
		recordLicence(DELINGHA, subject, licence(number(), MARKET, "2024-06-01", "2024-05-31"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("licence.ends-before-start"));
		assertThat(licencesOf(subject)).isEqualTo(1);

		long id = jdbc.sql("select id from subject_licence where subject_id = ?").param(subject).query(Long.class)
			.single();
		revoke(DELINGHA, id, today().plusDays(1), "未来吊销").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("licence.revoked-in-future"));
		mvc.perform(get("/api/v1/subjects/{id}/licences", subject).with(as(DELINGHA)))
			.andExpect(jsonPath("$[0].standing").value("VALID"))
			.andExpect(jsonPath("$[0].revokedOn").doesNotExist());
		assertThat(record.entries("market_subject", subject)).extracting(RecordEntry::action)
			.containsExactly("registered", "licence-recorded");
	}

	@Test
	void anotherJurisdictionNeitherSeesNorChangesALicence() throws Exception {
		long subject = subject();
		long id = body(recordLicence(DELINGHA, subject, licence(number(), MARKET, "2024-01-01", "2028-12-31"))
			.andExpect(status().isCreated())).get("id").asLong();

		mvc.perform(get("/api/v1/subjects/{id}/licences", subject).with(as(GOLMUD))).andExpect(status().isNotFound());
		recordLicence(GOLMUD, subject, licence(number(), MARKET, "2024-01-01", null)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("subject.unknown"));
		revoke(GOLMUD, id, today(), "越界吊销").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("licence.unknown"));
		mvc.perform(get("/subjects/{id}", subject).with(as(GOLMUD))).andExpect(status().isNotFound());
		mvc.perform(post("/subjects/{id}/licences/{l}/revocation", subject, id).with(as(GOLMUD)).with(csrf())
			.param("revokedOn", today().toString())
			.param("reason", "越界吊销")).andExpect(status().isNotFound());

		assertThat(licencesOf(subject)).isEqualTo(1);
		assertThat(jdbc.sql("select revoked_on from subject_licence where id = ?").param(id).query(LocalDate.class)
			.optional()).isEmpty();
		assertThat(record.entries("market_subject", subject)).extracting(RecordEntry::action)
			.containsExactly("registered", "licence-recorded");
	}

	@Test
	void thePageRecordsAndRevokesAndShowsStandingAndTheTimelineNewestFirst() throws Exception {
		long subject = subject();
		String expired = number();
		recordLicence(DELINGHA, subject, licence(expired, MARKET, "2018-01-01", "2022-12-31"))
			.andExpect(status().isCreated());
		String pending = number();
		recordLicence(DELINGHA, subject, licence(pending, MARKET, today().plusMonths(1).toString(), null))
			.andExpect(status().isCreated());

		String number = number();
		mvc.perform(post("/subjects/{id}/licences", subject).with(as(DELINGHA)).with(csrf())
			.param("kind", "食品经营许可证")
			.param("number", number)
			.param("issuerCode", MARKET)
			.param("issuerName", "德令哈市市场监督管理局")
			.param("validFrom", today().minusYears(2).toString())
			.param("validUntil", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("licenceRecorded"));
		long id = jdbc.sql("select id from subject_licence where number = ?").param(number).query(Long.class).single();
		mvc.perform(post("/subjects/{id}/licences/{l}/revocation", subject, id).with(as(DELINGHA)).with(csrf())
			.param("revokedOn", today().toString())
			.param("reason", "以欺骗手段取得许可"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("licenceRevoked"));
		// a refusal comes back with its reason, nothing stored
		mvc.perform(post("/subjects/{id}/licences", subject).with(as(DELINGHA)).with(csrf())
			.param("kind", "食品经营许可证")
			.param("number", number)
			.param("issuerCode", MARKET)
			.param("issuerName", "德令哈市市场监督管理局")
			.param("validFrom", "2024-01-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(((cn.oneteam.platform.FlashMessage) result.getFlashMap().get("error"))
				.code()).isEqualTo("licence.duplicate-number"));
		assertThat(licencesOf(subject)).isEqualTo(3);

		String page = mvc.perform(get("/subjects/{id}", subject).with(as(DELINGHA)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"licence-" + id + "\" data-standing=\"REVOKED\"")
			.contains(">已吊销<")
			.contains(">已过期<")
			.contains(">未生效<")
			.contains("href=\"/credit/subjects/" + subject + "\"")
			.contains("id=\"licence-form\"");
		int revoked = page.indexOf(number + "）于 " + today() + " 吊销：以欺骗手段取得许可");
		int recorded = page.indexOf("登记食品经营许可证（编号 " + number + "）");
		int first = page.indexOf("登记食品经营许可证（编号 " + expired + "）");
		assertThat(revoked).isPositive();
		assertThat(recorded).isGreaterThan(revoked);
		assertThat(first).isGreaterThan(recorded);
		assertThat(page).contains("href=\"/subjects/" + subject + "#licence-" + id + "\"");

		// a reader without case:handle sees the licences but no forms
		String auxiliary = mvc.perform(get("/subjects/{id}", subject).with(as("dlh.auxiliary")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(auxiliary).contains(number).doesNotContain("id=\"licence-form\"").doesNotContain("revocation");

		// the search links each subject to its page
		String name = jdbc.sql("select name from market_subject where id = ?").param(subject).query(String.class)
			.single();
		assertThat(mvc.perform(get("/subjects").param("q", name).with(as(DELINGHA))).andReturn().getResponse()
			.getContentAsString()).contains("href=\"/subjects/" + subject + "\"");
	}
}
