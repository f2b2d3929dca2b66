package cn.oneteam.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Inbound 审管联动 (docs/adr/0021-approval-exchange.md): 德令哈's 市场监督管理局 system (demo account dlh.scjg.system, by
 * its published token) pushes licences: the idempotency key's boundaries, a licence of another issuer refused, a subject
 * outside its jurisdiction refused without writing, a file stored all or nothing, and receipts only to their partner.
 */
class ExchangeInboundTests extends ExchangeTestSupport {

	private static final String MARKET = "Bearer ot_demo_dlh_scjg_system_token_for_local_use_only";

	private static final String ECOLOGY = "Bearer ot_demo_dlh_sthj_system_token_for_local_use_only";

	private static final String MARKET_CODE = "11632802MB015013XG";

	private String subjectCode(String countyPrefix) {
		return jdbc.sql("""
				select code from market_subject where division_code like ? and kind = 'LEGAL_PERSON' order by id offset ?
				limit 1""")
			.params(countyPrefix + "%", java.util.concurrent.ThreadLocalRandom.current().nextInt(100))
			.query(String.class)
			.single();
	}

	private static String number() {
		return "JY" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(java.util.Locale.ROOT);
	}

	private String licence(String subjectCode, String number, String issuer, String scope) {
		Map<String, Object> licence = new LinkedHashMap<>();
		licence.put("kind", "食品经营许可证");
		licence.put("number", number);
		licence.put("issuerCode", issuer);
		licence.put("issuerName", "德令哈市市场监督管理局");
		licence.put("validFrom", "2025-06-01");
		licence.put("validUntil", "2030-05-31");
		licence.put("scope", scope);
		return json.writeValueAsString(Map.of("subjectCode", subjectCode, "licence", licence));
	}

	private ResultActions push(String token, @Nullable String key, String body) throws Exception {
		var request = post("/api/v1/exchange/licences").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	private ResultActions pushFile(String key, String csv) throws Exception {
		return mvc.perform(post("/api/v1/exchange/licences/file").header("Authorization", MARKET)
			.header("Idempotency-Key", key)
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private long licences(String number) {
		return jdbc.sql("select count(*) from subject_licence where number = ?").param(number).query(Long.class).single();
	}

	private long receipts(String key) {
		return jdbc.sql("select count(*) from exchange_receipt where idempotency_key = ?").param(key).query(Long.class)
			.single();
	}

	@Test
	void theSameKeyAndBodyAnswerTheSameReceiptWithoutASecondWriteAndAnotherBodyIsRefused() throws Exception {
		String subject = subjectCode("632802");
		String number = number();
		String key = "scjg-" + UUID.randomUUID();
		String body = licence(subject, number, MARKET_CODE, "预包装食品销售");

		push(MARKET, null, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("exchange.idempotency-key.missing"));
		push(MARKET, "bad key with spaces", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("exchange.idempotency-key.invalid"));
		assertThat(licences(number)).isZero();

		JsonNode first = json.readTree(push(MARKET, key, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.results[0].action").value("RECORDED"))
			.andExpect(jsonPath("$.results[0].subjectCode").value(subject))
			.andExpect(jsonPath("$.repeated").value(false))
			.andReturn().getResponse().getContentAsString());
		JsonNode again = json.readTree(push(MARKET, key, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.repeated").value(true))
			.andReturn().getResponse().getContentAsString());
		assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(again.get("results")).isEqualTo(first.get("results"));
		assertThat(licences(number)).isEqualTo(1);
		assertThat(jdbc.sql("select source from subject_licence where number = ?").param(number).query(String.class)
			.single()).isEqualTo("PUSH");

		push(MARKET, key, licence(subject, number, MARKET_CODE, "散装食品销售")).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("exchange.idempotency-key.reused"));
		assertThat(licences(number)).isEqualTo(1);
		assertThat(receipts(key)).isEqualTo(1);

		// a new key with a licence number already recorded: the register's conflict, and the key stays free
		String second = "scjg-" + UUID.randomUUID();
		push(MARKET, second, body).andExpect(status().isConflict());
		assertThat(receipts(second)).isZero();

		String receipt = first.get("id").asString();
		mvc.perform(get("/api/v1/exchange/receipts/{id}", receipt).header("Authorization", MARKET))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].licenceId").value(first.get("results").get(0).get("licenceId").asLong()));
		mvc.perform(get("/api/v1/exchange/receipts/{id}", receipt).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/exchange/receipts/{id}", receipt).header("Authorization", ECOLOGY))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPartnerPushingForAnotherIssuerIsRefusedAndNothingIsWritten() throws Exception {
		String number = number();
		String key = "scjg-" + UUID.randomUUID();
		push(MARKET, key, licence(subjectCode("632802"), number, "11632802MB01710458", "排污"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("exchange.push.foreign-issuer"));
		assertThat(licences(number)).isZero();
		assertThat(receipts(key)).isZero();
		push("Bearer " + ADMIN_TOKEN, key, licence(subjectCode("632802"), number, MARKET_CODE, "x"))
			.andExpect(status().isForbidden());
		assertThat(licences(number)).isZero();
	}

	@Test
	void aSubjectOutsideThePartnersJurisdictionIsRefusedWithoutWriting() throws Exception {
		String golmud = subjectCode("632801");
		String number = number();
		String key = "scjg-" + UUID.randomUUID();
		push(MARKET, key, licence(golmud, number, MARKET_CODE, "预包装食品销售")).andExpect(status().isNotFound());
		assertThat(licences(number)).isZero();
		assertThat(receipts(key)).isZero();
	}

	@Test
	void aFileIsStoredAllOrNothingWithARowByRowReportAndARevocationIsToldBack() throws Exception {
		String header = String.join(",", ExchangeInbound.COLUMNS);
		String a = subjectCode("632802");
		String b = subjectCode("632802");
		String[] numbers = { number(), number(), number() };
		String good = header + "\n" + a + ",食品经营许可证," + numbers[0] + ",2025-01-01,,预包装食品,,\n" + b
				+ ",食品经营许可证," + numbers[1] + ",2025-02-01,2030-01-31,,,\n";
		String bad = good + subjectCode("632801") + ",食品经营许可证," + numbers[2] + ",2025-03-01,,,,\n" + a
				+ ",食品经营许可证," + number() + ",2025-13-01,,,,\n";
		String key = "scjg-file-" + UUID.randomUUID();
		String report = pushFile(key, bad).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("exchange.file.rows-rejected"))
			.andExpect(jsonPath("$.rowsRead").value(4))
			.andExpect(jsonPath("$.refused.length()").value(2))
			.andExpect(jsonPath("$.refused[0].row").value(4))
			.andExpect(jsonPath("$.refused[1].row").value(5))
			.andExpect(jsonPath("$.refused[1].column").value("validFrom"))
			.andReturn().getResponse().getContentAsString();
		assertThat(report).contains("exchange.file.cell-date");
		for (String n : numbers) {
			assertThat(licences(n)).as("nothing of a refused file is stored").isZero();
		}
		assertThat(receipts(key)).isZero();

		pushFile(key, good).andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value("FILE"))
			.andExpect(jsonPath("$.results.length()").value(2))
			.andExpect(jsonPath("$.results[1].row").value(3));
		pushFile(key, good).andExpect(status().isOk()).andExpect(jsonPath("$.repeated").value(true));
		assertThat(licences(numbers[0])).isEqualTo(1);
		assertThat(licences(numbers[1])).isEqualTo(1);

		String revoke = header + "\n" + a + ",," + numbers[0] + ",,,,2026-01-15,以欺骗手段取得许可\n";
		pushFile("scjg-revoke-" + UUID.randomUUID(), revoke).andExpect(status().isCreated())
			.andExpect(jsonPath("$.results[0].action").value("REVOKED"));
		assertThat(jdbc.sql("select revoked_on::text from subject_licence where number = ?").param(numbers[0])
			.query(String.class).single()).isEqualTo("2026-01-15");
		long partner = jdbc.sql("select id from exchange_partner where code = ?").param(MARKET_CODE).query(Long.class)
			.single();
		await().atMost(PATIENCE).until(() -> jdbc.sql("""
				select count(*) from exchange_message where partner_id = ? and kind = 'LICENCE_REVOKED' and payload like ?""")
			.params(partner, "%" + numbers[0] + "%").query(Long.class).single() == 1);
		assertThat(List.of(jdbc.sql("""
				select status from exchange_message where partner_id = ? and payload like ?""")
			.params(partner, "%" + numbers[0] + "%").query(String.class).single())).containsExactly("PENDING");
	}

	@Test
	void anApprovalSystemReachesLicencesOnlyThroughTheExchangeAndOnlyItsOwn() throws Exception {
		String code = subjectCode("632802");
		long subject = jdbc.sql("select id from market_subject where code = ?").param(code).query(Long.class).single();
		long ecologyLicence = jdbc.sql("""
				insert into subject_licence (subject_id, kind, number, issuer_code, issuer_name, valid_from, source,
				  recorded_at)
				values (?, '排污许可证', ?, ?, '另一审批部门（测试）', date '2024-01-01', 'MANUAL', now())
				returning id""")
			.params(subject, number(), cn.oneteam.shared.CreditCode.complete("11632802" + String.format("%08d",
					java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000))).value())
			.query(Long.class)
			.single();
		String ecologyNumber = jdbc.sql("select number from subject_licence where id = ?").param(ecologyLicence)
			.query(String.class).single();
		// the register's own licence endpoints are for officers: the market system may neither revoke nor record there
		mvc.perform(post("/api/v1/licences/{id}/revocation", ecologyLicence).header("Authorization", MARKET)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revokedOn\":\"2026-01-05\",\"reason\":\"以欺骗手段取得许可\"}"))
			.andExpect(status().isForbidden());
		String own = licence(code, number(), MARKET_CODE, "预包装食品销售");
		mvc.perform(post("/api/v1/subjects/{id}/licences", subject).header("Authorization", MARKET)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(json.readTree(own).get("licence"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/subjects/{id}/licences", subject).header("Authorization", MARKET))
			.andExpect(status().isForbidden());
		// through the exchange, another department's licence is not found by its number, and nothing changes
		push(MARKET, UUID.randomUUID().toString(), json.writeValueAsString(Map.of("subjectCode", code, "revocation",
				Map.of("number", ecologyNumber, "revokedOn", "2026-01-05", "reason", "以欺骗手段取得许可"))))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select revoked_on is null from subject_licence where id = ?").param(ecologyLicence)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
		String key = UUID.randomUUID().toString();
		byte[] huge = new byte[ExchangeApiController.MAX_FILE_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) 'x');
		mvc.perform(post("/api/v1/exchange/licences/file").header("Authorization", MARKET).header("Idempotency-Key", key)
			.contentType("text/csv").content(huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("exchange.file.too-large"));
		assertThat(jdbc.sql("select count(*) from exchange_receipt where idempotency_key = ?").param(key)
			.query(Long.class).single()).isZero();
	}
}
