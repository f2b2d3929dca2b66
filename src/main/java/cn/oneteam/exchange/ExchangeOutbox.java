package cn.oneteam.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceRevoked;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审管联动, outbound: a case filed or decided about a registered subject, or a licence revoked, becomes a message to
 * each active partner that licensed the subject (for a revocation: the licence's issuer). The listeners hear the events
 * through the event publication registry, so a message is enqueued even across a crash; each message's id is derived
 * from the partner and the event, so that a publication delivered twice enqueues it once
 * (docs/adr/0021-approval-exchange.md, docs/adr/0014-typed-events.md).
 */
@Component
class ExchangeOutbox {

	private static final Logger log = LoggerFactory.getLogger(ExchangeOutbox.class);

	/** The platform itself reading the subject for a message: nationwide, no account. */
	private static final ScopedPrincipal PLATFORM = ScopedPrincipal.nationwide(0, "system", 0);

	private final JdbcClient jdbc;

	private final ExchangePartners partners;

	private final Licences licences;

	private final Subjects subjects;

	private final JsonMapper json;

	private final Clock clock;

	ExchangeOutbox(JdbcClient jdbc, ExchangePartners partners, Licences licences, Subjects subjects, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.licences = licences;
		this.subjects = subjects;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseFiled filed) {
		if (filed.subjectId() == null) {
			return;
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("caseId", filed.caseId());
		payload.put("matterCode", filed.matterCode());
		payload.put("place", filed.place().value());
		payload.put("filedOn", filed.filedOn().toString());
		enqueue(ExchangeMessage.Kind.CASE_FILED, filed.subjectId(), licences.issuersOf(filed.subjectId()),
				"case:" + filed.caseId() + "@" + filed.occurredAt().toInstant(), filed.occurredAt(), payload);
	}

	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.subjectId() == null) {
			return;
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("caseId", decided.caseId());
		payload.put("matterCode", decided.matterCode());
		payload.put("place", decided.place().value());
		payload.put("procedure", decided.procedure().name());
		payload.put("outcome", decided.outcome().name());
		payload.put("decisionNumber", decided.decisionNumber());
		payload.put("kinds", decided.kinds().stream().map(Enum::name).sorted().toList());
		payload.put("fine", decided.fine() == null ? null : decided.fine().toPlainString());
		payload.put("decidedOn", decided.decidedOn().toString());
		enqueue(ExchangeMessage.Kind.CASE_DECIDED, decided.subjectId(), licences.issuersOf(decided.subjectId()),
				"decision:" + decided.caseId() + "@" + decided.occurredAt().toInstant(), decided.occurredAt(), payload);
	}

	@ApplicationModuleListener
	void on(LicenceRevoked revoked) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("licenceId", revoked.licenceId());
		payload.put("licenceKind", revoked.kind());
		payload.put("licenceNumber", revoked.number());
		payload.put("issuerCode", revoked.issuerCode());
		payload.put("revokedOn", revoked.revokedOn().toString());
		payload.put("reason", revoked.reason());
		enqueue(ExchangeMessage.Kind.LICENCE_REVOKED, revoked.subjectId(), List.of(revoked.issuerCode()),
				"licence:" + revoked.licenceId() + "@" + revoked.occurredAt().toInstant(), revoked.occurredAt(), payload);
	}

	/** One message a partner among the issuers; none when none of them is an active partner. */
	private void enqueue(ExchangeMessage.Kind kind, long subjectId, List<String> issuers, String eventRef,
			OffsetDateTime occurredAt, Map<String, Object> facts) {
		List<ExchangePartner> to = partners.activeAmong(issuers);
		if (to.isEmpty()) {
			return;
		}
		Map<String, Object> subject = subject(subjectId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (ExchangePartner partner : to) {
			UUID id = UUID.nameUUIDFromBytes((partner.id() + "|" + kind + "|" + eventRef).getBytes(StandardCharsets.UTF_8));
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("messageId", id.toString());
			payload.put("kind", kind.name());
			payload.put("occurredAt", occurredAt.toString());
			payload.put("receiver", partner.code());
			payload.put("subject", subject);
			payload.putAll(facts);
			int inserted = jdbc.sql("""
					insert into exchange_message (id, partner_id, kind, subject_id, payload, status, attempts, next_attempt_at,
					  created_at)
					values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) on conflict (id) do nothing""")
				.params(id, partner.id(), kind.name(), subjectId, json.writeValueAsString(payload), now, now)
				.update();
			if (inserted == 1) {
				log.debug("Exchange message {} ({}) enqueued for {}", id, kind, partner.code());
			}
		}
	}

	/**
	 * The subject as the receiver knows it: code, name and kind — a natural person's ID number masked
	 * (docs/adr/0010-personal-data-masking.md).
	 */
	private Map<String, Object> subject(long subjectId) {
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", subjectId);
		SubjectView view = SystemActor.call(() -> subjects.byId(subjectId, PLATFORM));
		boolean person = view.kind() == SubjectKind.NATURAL_PERSON;
		subject.put("code", person ? PersonalData.maskText(view.code()) : view.code());
		subject.put("name", view.name());
		subject.put("kind", view.kind().name());
		return subject;
	}
}
