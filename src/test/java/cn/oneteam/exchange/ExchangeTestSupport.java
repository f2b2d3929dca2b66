package cn.oneteam.exchange;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the exchange tests share: a partner registered through the API, a licensed subject, a published decision. */
abstract class ExchangeTestSupport extends IntegrationTest {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ExchangeSender sender;

	@Autowired
	Licences licences;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	record Partner(long id, String code, String secret) {
	}

	static String freshCode(String prefix) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(prefix + "632802" + body).value();
	}

	/** A partner registered by the administrator through the API; its secret from the one answer that shows it. */
	Partner register(String endpoint) throws Exception {
		String code = freshCode("11");
		String body = json.writeValueAsString(java.util.Map.of("code", code, "name", "测试审批局" + code.substring(10),
				"endpoint", endpoint));
		JsonNode answer = json.readTree(mvc.perform(post("/api/v1/exchange/partners")
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		return new Partner(answer.get("partner").get("id").asLong(), code, answer.get("secret").asString());
	}

	/** A legal person of 德令哈 from the demo register. */
	long subject() {
		return jdbc.sql("""
				select id from market_subject where division_code like '632802%' and kind = 'LEGAL_PERSON'
				order by id offset ? limit 1""")
			.param(ThreadLocalRandom.current().nextInt(200))
			.query(Long.class)
			.single();
	}

	/** The subject gets a licence from the partner, recorded by 德令哈's officer. */
	void licensed(long subjectId, Partner partner) {
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		actingAs("dlh.officer1", () -> licences.record(subjectId, new LicenceInputs.Licence("食品经营许可证",
				"T" + UUID.randomUUID().toString().substring(0, 12), partner.code(), "测试审批局", LocalDate.of(2025, 1, 1),
				null, null), LicenceSource.MANUAL, officer));
	}

	/** Publishes a decision about the subject as the case module does (in a transaction that commits). */
	CaseDecided decide(long subjectId, long caseId, String decisionNumber) {
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		CaseDecided decided = new CaseDecided(caseId, PenaltyCase.Procedure.GENERAL, DivisionCode.of("632802003"), 1L,
				"HX-SJ-005", PartyKind.ORGANISATION, "某商贸有限公司", subjectId, CaseOutcome.PENALTY,
				Set.of(PenaltyKind.FINE, PenaltyKind.WARNING), new BigDecimal("3000.00"), decisionNumber, now.toLocalDate(),
				now);
		transactions.executeWithoutResult(s -> publisher.publishEvent(decided));
		return decided;
	}

	/** The message enqueued for the partner of this kind, once the listener has run. */
	UUID message(Partner partner, String kind) {
		await().atMost(PATIENCE).until(() -> count(partner, kind) > 0);
		return jdbc.sql("select id from exchange_message where partner_id = ? and kind = ? order by created_at desc limit 1")
			.params(partner.id(), kind)
			.query(UUID.class)
			.single();
	}

	long count(Partner partner, String kind) {
		return jdbc.sql("select count(*) from exchange_message where partner_id = ? and kind = ?")
			.params(partner.id(), kind)
			.query(Long.class)
			.single();
	}

	String statusOf(UUID message) {
		return jdbc.sql("select status from exchange_message where id = ?").param(message).query(String.class).single();
	}

	int attempts(UUID message) {
		return jdbc.sql("select attempts from exchange_message where id = ?").param(message).query(Integer.class).single();
	}

	static long caseId() {
		return 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
	}
}
