package cn.oneteam.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Outbound 审管联动 with a real receiving HTTP server (docs/adr/0021-approval-exchange.md): a decision about a subject
 * becomes a message to the department that licensed it, signed with that department's secret; a failing receiver is
 * tried again after the back-off and then delivered; after max attempts the message is dead, and a manual resend
 * delivers it with the same id, which the receiver recognises when it comes again.
 */
class ExchangeOutboundTests extends ExchangeTestSupport {

	private TestReceiver receiver;

	@BeforeEach
	void receiver() throws Exception {
		receiver = new TestReceiver();
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void aDecisionIsSignedWithThePartnersSecretRetriedAfterAFailureAndThenDelivered() throws Exception {
		Partner partner = register(receiver.endpoint());
		Partner other = register(receiver.endpoint());
		receiver.secret(partner.secret());
		long subject = subject();
		licensed(subject, partner);
		receiver.answer(500);

		decide(subject, caseId(), "德市监罚〔2026〕" + (System.nanoTime() % 1000) + "号");
		UUID id = message(partner, "CASE_DECIDED");
		assertThat(count(other, "CASE_DECIDED")).as("a partner that did not license the subject hears nothing").isZero();
		JsonNode payload = json.readTree(jdbc.sql("select payload from exchange_message where id = ?").param(id)
			.query(String.class).single());
		assertThat(payload.get("messageId").asString()).isEqualTo(id.toString());
		assertThat(payload.get("subject").get("code").asString()).hasSize(18);
		assertThat(payload.get("decisionNumber").asString()).startsWith("德市监罚");
		assertThat(payload.get("fine").asString()).isEqualTo("3000.00");

		OffsetDateTime now = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		sender.deliverDue(now);
		assertThat(receiver.received(id.toString())).hasSize(1);
		assertThat(statusOf(id)).isEqualTo("PENDING");
		assertThat(attempts(id)).isEqualTo(1);
		OffsetDateTime next = jdbc.sql("select next_attempt_at from exchange_message where id = ?").param(id)
			.query(OffsetDateTime.class).single();
		assertThat(Duration.between(now, next)).as("the first delay (PT30S)").isEqualTo(Duration.ofSeconds(30));

		sender.deliverDue(now.plusSeconds(10));
		assertThat(receiver.received(id.toString())).as("not due before its back-off").hasSize(1);

		sender.deliverDue(now.plusSeconds(31));
		List<TestReceiver.Received> arrivals = receiver.received(id.toString());
		assertThat(arrivals).hasSize(2);
		assertThat(arrivals).allSatisfy(r -> {
			assertThat(r.validSignature()).as("HMAC-SHA256 over timestamp.body with the partner's secret").isTrue();
			assertThat(r.kind()).isEqualTo("CASE_DECIDED");
			assertThat(r.signature()).startsWith("sha256=");
		});
		assertThat(ExchangeSender.sign(other.secret(), arrivals.get(1).timestamp(),
				arrivals.get(1).body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.as("another partner's secret does not verify").isNotEqualTo(arrivals.get(1).signature());
		assertThat(statusOf(id)).isEqualTo("DELIVERED");
		assertThat(attempts(id)).isEqualTo(2);
		assertThat(jdbc.sql("select acknowledgement from exchange_message where id = ?").param(id).query(String.class)
			.single()).contains("\"received\":true").contains(id.toString());
		assertThat(jdbc.sql("select acknowledged_at is not null from exchange_message where id = ?").param(id)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void afterMaxAttemptsAMessageIsDeadAndAManualResendDeliversItWithTheSameIdWhichTheReceiverRecognises()
			throws Exception {
		Partner partner = register(receiver.endpoint());
		receiver.secret(partner.secret());
		long subject = subject();
		licensed(subject, partner);
		receiver.failWith(503);
		decide(subject, caseId(), "德市监罚〔2026〕死信号");
		UUID id = message(partner, "CASE_DECIDED");

		OffsetDateTime at = OffsetDateTime.now();
		for (int attempt = 1; attempt <= 8; attempt++) {
			sender.deliverDue(at);
			at = at.plusDays(1);
		}
		assertThat(receiver.received(id.toString())).hasSize(8);
		assertThat(statusOf(id)).isEqualTo("DEAD");
		sender.deliverDue(at.plusDays(30));
		assertThat(receiver.received(id.toString())).as("a dead message is not sent again on its own").hasSize(8);
		mvc.perform(get("/api/v1/exchange/messages").param("status", "DEAD").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].lastStatus").value(503));

		receiver.failWith(0);
		mvc.perform(post("/api/v1/exchange/messages/{id}/resend", id).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/exchange/messages/{id}/resend", id).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isConflict());
		sender.deliverDue(OffsetDateTime.now());
		assertThat(statusOf(id)).isEqualTo("DELIVERED");
		assertThat(receiver.processed()).containsExactly(id.toString());

		// the receiver lost its answer, say: resent again, the same id arrives and the receiver recognises it
		mvc.perform(post("/api/v1/exchange/messages/{id}/resend", id).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		sender.deliverDue(OffsetDateTime.now());
		assertThat(receiver.received(id.toString())).hasSize(10).extracting(TestReceiver.Received::messageId).containsOnly(id.toString());
		assertThat(receiver.processed()).as("processed once at the receiver").containsExactly(id.toString());
		assertThat(jdbc.sql("select acknowledgement from exchange_message where id = ?").param(id).query(String.class)
			.single()).contains("\"duplicate\":true");
	}

	@Test
	void aRevokedLicenceIsToldToItsIssuerAndAPartnerWithoutEndpointKeepsItsMessagesWaiting() throws Exception {
		Partner partner = register(receiver.endpoint());
		receiver.secret(partner.secret());
		Partner waiting = register("");
		long subject = subject();
		licensed(subject, partner);
		licensed(subject, waiting);
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		LicenceView licence = actingAs("dlh.officer1", () -> licences.ofSubject(subject, officer)).stream()
			.filter(l -> l.issuerCode().equals(partner.code()))
			.findFirst()
			.orElseThrow();
		actingAs("dlh.officer1", () -> licences.revoke(licence.id(),
				new LicenceInputs.Revocation(LocalDate.now(ChinaTime.ZONE), "以欺骗手段取得许可"), officer));
		UUID id = message(partner, "LICENCE_REVOKED");
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		transactions.executeWithoutResult(s -> publisher.publishEvent(new CaseFiled(caseId(),
				DivisionCode.of("632802003"), 1L, "HX-SJ-005", PartyKind.ORGANISATION, "某商贸有限公司", subject,
				now.toLocalDate(), now)));
		UUID waits = message(waiting, "CASE_FILED");
		assertThat(count(waiting, "LICENCE_REVOKED")).as("only the issuer of the revoked licence").isZero();

		sender.deliverDue(OffsetDateTime.now());
		assertThat(receiver.received(id.toString())).singleElement().satisfies(r -> {
			assertThat(r.validSignature()).isTrue();
			assertThat(r.body()).contains("以欺骗手段取得许可").contains(licence.number());
		});
		assertThat(statusOf(waits)).isEqualTo("PENDING");
		assertThat(attempts(waits)).as("no endpoint: not attempted").isZero();
		mvc.perform(get("/exchange").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(waits.toString())));
		mvc.perform(get("/api/v1/exchange/messages").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(jsonPath("$[?(@.id == '" + waits + "')].waiting").value(true));
	}

	@Test
	void aCaseOfAFreeTextPartyIsToldToNoOne() throws Exception {
		Partner partner = register(receiver.endpoint());
		long subject = subject();
		licensed(subject, partner);
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		transactions.executeWithoutResult(s -> publisher.publishEvent(new CaseFiled(caseId(),
				DivisionCode.of("632802003"), 1L, "HX-SJ-005", PartyKind.ORGANISATION, "某商贸有限公司", null,
				now.toLocalDate(), now)));
		transactions.executeWithoutResult(s -> publisher.publishEvent(new CaseFiled(caseId(),
				DivisionCode.of("632802003"), 1L, "HX-SJ-005", PartyKind.ORGANISATION, "某商贸有限公司", subject,
				now.toLocalDate(), now.plusSeconds(1))));
		message(partner, "CASE_FILED");
		await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> count(partner, "CASE_FILED") == 1);
	}

	@Test
	void partnersAreManagedByTheAdministratorAndTheirSecretIsShownOnceAndStoredEncrypted() throws Exception {
		Partner partner = register("https://approval.example.gov.cn/oneteam");
		String listed = mvc.perform(get("/api/v1/exchange/partners").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(listed).contains(partner.code()).doesNotContain(partner.secret());
		assertThat(jdbc.sql("select secret_cipher from exchange_partner where id = ?").param(partner.id())
			.query(String.class).single()).doesNotContain(partner.secret());
		for (String refused : List.of("http://approval.example.gov.cn/hook", "ftp://127.0.0.1/x", "not a url",
				"https://user:pw@approval.example.gov.cn/")) {
			mvc.perform(put("/api/v1/exchange/partners/{id}", partner.id()).header("Authorization", "Bearer " + ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(java.util.Map.of("endpoint", refused, "active", true))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("exchange.partner.endpoint"));
		}
		String rotated = json.readTree(mvc.perform(post("/api/v1/exchange/partners/{id}/secret", partner.id())
			.header("Authorization", "Bearer " + ADMIN_TOKEN)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).get("secret").asString();
		assertThat(rotated).isNotEqualTo(partner.secret()).hasSizeGreaterThanOrEqualTo(43);
		mvc.perform(post("/api/v1/exchange/partners").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("code", partner.code(), "name", "重复"))))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/exchange/partners").with(as("dlh.officer1"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/exchange/partners").header("Authorization",
				"Bearer ot_demo_dlh_scjg_system_token_for_local_use_only")).andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorRegistersAPartnerOnThePageAndSeesItsSecretOnce() throws Exception {
		String code = freshCode("11");
		String flashed = mvc.perform(post("/exchange/partners").with(as("admin"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("code", code)
			.param("name", "页面登记审批局")
			.param("endpoint", receiver.endpoint()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("secret").toString();
		assertThat(flashed).contains(code);
		String page = mvc.perform(get("/exchange").with(as("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(code).contains("页面登记审批局").contains("id=\"nav-exchange\"");
		mvc.perform(get("/exchange").with(as("dlh.officer1"))).andExpect(status().isForbidden());
	}
}
