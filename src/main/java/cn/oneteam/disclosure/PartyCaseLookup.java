package cn.oneteam.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.oneteam.casehandling.PartyCases;
import cn.oneteam.casehandling.PartyCases.PartyCase;
import cn.oneteam.casehandling.PartyCases.PartyDocument;
import cn.oneteam.platform.ClientRateBuckets;
import cn.oneteam.shared.ClientAddress;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A party looks its own case up (docs/adr/0044-party-case-look-up.md): by a number printed on its documents, the last
 * characters of its code and the case's access code — all three or nothing, one refusal whichever was wrong. Every
 * attempt is recorded (when, the channel, the case the number named, the outcome, a keyed hash of the client address)
 * and limited: a token per attempt from the client's bucket, and a case refused {@code max-refusals} times within
 * {@code lock} refuses every further attempt until the refusals are older than that. The answer's documents are
 * linked by tokens signed here, valid for {@code link-validity}, each naming the case and the document.
 */
@Service
@EnableConfigurationProperties(MyCaseSettings.class)
class PartyCaseLookup {

	static final String BUCKET = "my-case";

	enum Channel {
		PAGE, API
	}

	enum Outcome {
		FOUND, REFUSED, LOCKED, RATE_LIMITED, DOWNLOADED
	}

	/** What the party typed. */
	record Query(@Nullable String number, @Nullable String digits, @Nullable String code) {
	}

	/** The case found, and until when the links to its documents hold. */
	record Found(PartyCase view, List<Link> links, Instant linksValidUntil) {
	}

	/** A document of the answer with the token that downloads it. */
	record Link(PartyCases.Document document, String token) {
	}

	private final PartyCases cases;

	private final ClientRateBuckets buckets;

	private final MyCaseSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The configured key, or null until the generated one is read from the database (on first use). */
	private volatile byte @Nullable [] secret;

	PartyCaseLookup(PartyCases cases, ClientRateBuckets buckets, MyCaseSettings settings, JdbcClient jdbc,
			Clock clock) {
		this.cases = cases;
		this.buckets = buckets;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
		if (settings.secret() != null && !settings.secret().isBlank()) {
			byte[] configured = settings.secret().strip().getBytes(StandardCharsets.UTF_8);
			if (configured.length < MIN_SECRET_BYTES) {
				throw new IllegalStateException("oneteam.disclosure.my-case.secret (ONETEAM_MY_CASE_SECRET) must be at "
						+ "least " + MIN_SECRET_BYTES + " bytes");
			}
			this.secret = configured;
		}
	}

	static final int MIN_SECRET_BYTES = 32;

	/**
	 * The key: the configured one, else the one generated once and kept in {@code disclosure_key} (V0120), so that
	 * every instance signs and hashes alike and a restart voids nothing.
	 */
	private byte[] secret() {
		byte[] key = secret;
		if (key == null) {
			byte[] drawn = new byte[32];
			new SecureRandom().nextBytes(drawn);
			jdbc.sql("""
					insert into disclosure_key (name, key_bytes, created_at) values ('my-case', ?, ?)
					on conflict (name) do nothing""")
				.params(drawn, OffsetDateTime.now(clock))
				.update();
			key = jdbc.sql("select key_bytes from disclosure_key where name = 'my-case'").query(byte[].class).single();
			secret = key;
		}
		return key;
	}

	/**
	 * The case, when all three match. Refused: 429 {@code disclosure.my-case-rate-limited} (the client's bucket is
	 * empty), 429 {@code disclosure.my-case-locked} (the case is locked), 404 {@code disclosure.my-case-refused}
	 * (anything else: a number of no case, other digits, another code, an empty field).
	 */
	Found lookUp(Query query, String client, Channel channel) {
		if (!buckets.takeKeyed(BUCKET, clientHash(client), settings.capacity(), settings.perHour())) {
			record(channel, null, Outcome.RATE_LIMITED, client);
			throw new RuleViolation(429, "disclosure.my-case-rate-limited", settings.capacity(), settings.perHour());
		}
		Optional<Long> named = query.number() == null ? Optional.empty() : cases.caseNamed(query.number());
		Long caseId = named.orElse(null);
		if (caseId != null && locked(caseId)) {
			record(channel, caseId, Outcome.LOCKED, client);
			throw new RuleViolation(429, "disclosure.my-case-locked", settings.lock().toMinutes());
		}
		Optional<PartyCase> found = caseId == null || query.digits() == null || query.code() == null ? Optional.empty()
				: cases.lookUp(caseId, query.digits(), query.code());
		if (found.isEmpty()) {
			record(channel, caseId, Outcome.REFUSED, client);
			throw refused();
		}
		record(channel, caseId, Outcome.FOUND, client);
		Instant until = clock.instant().plus(settings.linkValidity());
		List<Link> links = found.get().documents().stream()
			.map(d -> new Link(d, token(caseId, d.id(), until)))
			.toList();
		return new Found(found.get(), links, until);
	}

	/**
	 * A document of the answer by its token: 404 {@code disclosure.my-case-link-invalid} when the token is malformed,
	 * forged, expired or names a document the party did not receive; 429 as a look-up when the client's bucket is
	 * empty.
	 */
	PartyDocument download(String token, String client) {
		if (!buckets.takeKeyed(BUCKET, clientHash(client), settings.capacity(), settings.perHour())) {
			record(Channel.PAGE, null, Outcome.RATE_LIMITED, client);
			throw new RuleViolation(429, "disclosure.my-case-rate-limited", settings.capacity(), settings.perHour());
		}
		long[] named = verified(token).orElseThrow(PartyCaseLookup::invalidLink);
		PartyDocument document = cases.document(named[0], named[1]).orElseThrow(PartyCaseLookup::invalidLink);
		record(Channel.PAGE, named[0], Outcome.DOWNLOADED, client);
		return document;
	}

	/** Refused {@code max-refusals} times within the lock window. */
	private boolean locked(long caseId) {
		OffsetDateTime since = OffsetDateTime.now(clock).minus(settings.lock());
		long refusals = jdbc.sql("""
				select count(*) from party_case_lookup where case_id = ? and outcome = 'REFUSED' and at > ?""")
			.params(caseId, since)
			.query(Long.class)
			.single();
		return refusals >= settings.maxRefusals();
	}

	/** Each attempt on its own (no transaction around it), so that a refusal counts whatever follows. */
	private void record(Channel channel, @Nullable Long caseId, Outcome outcome, String client) {
		jdbc.sql("""
				insert into party_case_lookup (at, channel, case_id, outcome, client_hash) values (?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(clock), channel.name(), caseId, outcome.name(), clientHash(client))
			.update();
	}

	/** The client address (an IPv6 one by its /64, as the buckets count it), keyed so that it cannot be reversed. */
	String clientHash(String client) {
		return HexFormat.of().formatHex(mac("client:" + ClientAddress.key(client)));
	}

	/** {@code case.document.expiry} and its signature, both base64url: opaque to the party, checked here. */
	String token(long caseId, long documentId, Instant until) {
		String payload = caseId + "." + documentId + "." + until.getEpochSecond();
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return b64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
				+ b64.encodeToString(mac("link:" + payload));
	}

	/** The case and document a token names, when it is well formed, signed here and not expired. */
	Optional<long[]> verified(String token) {
		try {
			String[] parts = token.split("\\.");
			if (parts.length != 2 || token.length() > 200) {
				return Optional.empty();
			}
			String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII);
			byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
			if (!MessageDigest.isEqual(signature, mac("link:" + payload))) {
				return Optional.empty();
			}
			String[] fields = payload.split("\\.");
			if (fields.length != 3 || clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
				return Optional.empty();
			}
			return Optional.of(new long[] { Long.parseLong(fields[0]), Long.parseLong(fields[1]) });
		}
		catch (IllegalArgumentException e) { // not base64, not numbers
			return Optional.empty();
		}
	}

	private byte[] mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static RuleViolation refused() {
		return new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.my-case-refused");
	}

	private static RuleViolation invalidLink() {
		return new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.my-case-link-invalid");
	}
}
