package cn.oneteam.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the due messages to the partners' endpoints (docs/adr/0021-approval-exchange.md): a scheduled scan under its
 * advisory lock (docs/adr/0017-scheduled-scans.md) takes the pending messages whose time has come (rows locked, skipped
 * when another sender holds them), POSTs each signed with the partner's secret, and records the answer: 2xx delivered
 * (a JSON body kept as the acknowledgement); anything else, or no answer within the timeouts, another attempt after
 * first-delay × factor^(attempts − 1), and dead after max-attempts. A dead (or delivered) message is resent by hand
 * with the same id, so that the receiver recognises a repeat.
 */
@Service
@EnableConfigurationProperties(ExchangeProperties.class)
public class ExchangeSender {

	/** The headers of a message; the scheme is in docs/adr/0021-approval-exchange.md. */
	public static final String MESSAGE_ID = "X-OneTeam-Message-Id";

	public static final String KIND = "X-OneTeam-Kind";

	public static final String TIMESTAMP = "X-OneTeam-Timestamp";

	public static final String SIGNATURE = "X-Signature";

	private static final Logger log = LoggerFactory.getLogger(ExchangeSender.class);

	private static final long SCAN_LOCK = 7_300_021L;

	private final JdbcClient jdbc;

	private final ExchangePartners partners;

	private final ExchangeProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http;

	private final ScheduledScans.Scan scan;

	ExchangeSender(JdbcClient jdbc, ExchangePartners partners, ExchangeProperties properties, JsonMapper json, Clock clock,
			ScheduledScans scans) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.scan = scans.declare("exchange-sender", SCAN_LOCK);
	}

	/** Every instance schedules the scan; one at a time runs it. */
	@Scheduled(fixedDelayString = "${oneteam.exchange.scan-interval:PT5S}",
			initialDelayString = "${oneteam.exchange.initial-delay:PT45S}")
	public void scheduledScan() {
		scan.runScheduled(() -> send(OffsetDateTime.now(clock)), sent -> {
			if (sent > 0) {
				log.info("Exchange: {} messages attempted", sent);
			}
		});
	}

	/**
	 * One scan as of {@code now}: the messages due then are attempted; answers how many. Another instance scanning at
	 * the same moment skips (answers 0).
	 */
	public int deliverDue(OffsetDateTime now) {
		return scan.run(() -> send(now)).orElse(0);
	}

	/**
	 * Resends a dead or delivered message with the same id (the receiver's idempotency key): pending again, attempts
	 * from zero, due now. 409 when it is pending already.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('exchange:manage')")
	public void resend(UUID id) {
		int changed = jdbc.sql("""
				update exchange_message set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null,
				  last_status = null, delivered_at = null, acknowledged_at = null, acknowledgement = null
				where id = ? and status in ('DEAD', 'DELIVERED')""")
			.params(OffsetDateTime.now(clock), id)
			.update();
		if (changed == 0) {
			boolean exists = jdbc.sql("select count(*) from exchange_message where id = ?").param(id).query(Long.class)
				.single() > 0;
			throw exists ? new ExchangeViolation(RuleViolation.CONFLICT, "exchange.message.pending", id)
					: new ExchangeViolation(RuleViolation.NOT_FOUND, "exchange.message.unknown", id);
		}
	}

	/** The latest messages, newest first, of one status or all (the exchange page and API). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('exchange:manage')")
	public List<ExchangeMessage> messages(ExchangeMessage.@Nullable Status status, int limit) {
		return jdbc.sql("""
				select m.*, p.code, p.name, p.endpoint, p.active from exchange_message m
				join exchange_partner p on p.id = m.partner_id
				where (cast(? as varchar) is null or m.status = ?) order by m.created_at desc, m.id limit ?""")
			.params(status == null ? null : status.name(), status == null ? null : status.name(), limit)
			.query(ExchangeSender::map)
			.list();
	}

	/**
	 * The signature of a message: HMAC-SHA256 with the partner's secret (its UTF-8 bytes) over the timestamp, a full
	 * stop and the body, in lower-case hex after {@code sha256=} (docs/adr/0021-approval-exchange.md).
	 */
	public static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) '.');
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	private record Due(UUID id, long partnerId, String endpoint, String kind, String payload, int attempts) {
	}

	private int send(OffsetDateTime now) {
		List<Due> due = jdbc.sql("""
				select m.id, m.partner_id, p.endpoint, m.kind, m.payload, m.attempts from exchange_message m
				join exchange_partner p on p.id = m.partner_id
				where m.status = 'PENDING' and m.next_attempt_at <= ? and p.active and p.endpoint is not null
				order by m.next_attempt_at, m.id limit ? for update of m skip locked""")
			.params(now, properties.batch())
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getLong("partner_id"), rs.getString("endpoint"),
					rs.getString("kind"), rs.getString("payload"), rs.getInt("attempts")))
			.list();
		for (Due message : due) {
			attempt(message, now);
		}
		return due.size();
	}

	private void attempt(Due message, OffsetDateTime now) {
		byte[] body = message.payload().getBytes(StandardCharsets.UTF_8);
		String timestamp = String.valueOf(clock.instant().getEpochSecond());
		int attempts = message.attempts() + 1;
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(message.endpoint()))
				.timeout(properties.requestTimeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.header(MESSAGE_ID, message.id().toString())
				.header(KIND, message.kind())
				.header(TIMESTAMP, timestamp)
				.header(SIGNATURE, sign(partners.secretOf(message.partnerId()), timestamp, body))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() / 100 == 2) {
				delivered(message, attempts, response.statusCode(), acknowledgement(response.body()));
			}
			else {
				failed(message, attempts, now, response.statusCode(), "HTTP " + response.statusCode());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failed(message, attempts, now, null, "interrupted");
		}
		catch (Exception e) {
			failed(message, attempts, now, null, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	/** The receiver's JSON answer, if it gave one (at most 2,000 characters), as its acknowledgement. */
	private @Nullable String acknowledgement(@Nullable String body) {
		if (body == null || body.isBlank() || body.length() > 2000) {
			return null;
		}
		try {
			json.readTree(body);
			return body.strip();
		}
		catch (RuntimeException notJson) {
			return null;
		}
	}

	private void delivered(Due message, int attempts, int status, @Nullable String acknowledgement) {
		OffsetDateTime at = OffsetDateTime.now(clock);
		jdbc.sql("""
				update exchange_message set status = 'DELIVERED', attempts = ?, last_status = ?, last_error = null,
				  delivered_at = ?, acknowledged_at = ?, acknowledgement = ? where id = ?""")
			.params(attempts, status, at, acknowledgement == null ? null : at, acknowledgement, message.id())
			.update();
	}

	private void failed(Due message, int attempts, OffsetDateTime now, @Nullable Integer status, String error) {
		boolean dead = attempts >= properties.maxAttempts();
		String trimmed = error.length() > 1000 ? error.substring(0, 1000) : error;
		jdbc.sql("""
				update exchange_message set status = ?, attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?
				where id = ?""")
			.params(dead ? "DEAD" : "PENDING", attempts, status, trimmed,
					dead ? now : now.plus(properties.delayAfter(attempts)), message.id())
			.update();
		if (dead) {
			log.warn("Exchange message {} is dead after {} attempts: {}", message.id(), attempts, trimmed);
		}
	}

	private static ExchangeMessage map(ResultSet rs, int n) throws SQLException {
		int lastStatus = rs.getInt("last_status");
		Integer last = rs.wasNull() ? null : lastStatus;
		long subject = rs.getLong("subject_id");
		Long subjectId = rs.wasNull() ? null : subject;
		ExchangeMessage.Status status = ExchangeMessage.Status.valueOf(rs.getString("status"));
		return new ExchangeMessage(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				ExchangeMessage.Kind.valueOf(rs.getString("kind")), subjectId, rs.getString("payload"), status,
				rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class), last,
				rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("delivered_at", OffsetDateTime.class), rs.getObject("acknowledged_at", OffsetDateTime.class),
				rs.getString("acknowledgement"),
				status == ExchangeMessage.Status.PENDING && rs.getString("endpoint") == null);
	}
}
