package cn.oneteam.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
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
 * and limited: a token per attempt from the client's bucket (kept under the client's keyed hash), and a typed number
 * — of a case or not — refused {@code max-refusals} times to a client, or {@code max-refusals-per-number} times to
 * all, within {@code lock} is locked for that client, or for everyone, until the refusals are older than that. The
 * answer's documents are linked by tokens sealed here (AES-GCM), valid for {@code link-validity} and while the access
 * code they name is in force.
 */
@Service
@EnableConfigurationProperties(MyCaseSettings.class)
class PartyCaseLookup {

	static final String BUCKET = "my-case";

	/** Downloads by valid links: a bucket of their own, larger, so that reading documents never costs a look-up. */
	static final String DOWNLOAD_BUCKET = "my-case-doc";

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
			RANDOM.nextBytes(drawn);
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
	 * empty), 429 {@code disclosure.my-case-locked} (the number typed is locked for this client, or for everyone), 404
	 * {@code disclosure.my-case-refused} (anything else: a number of no case, other digits, another code, an empty
	 * field). A number of no case is counted and locked as one of a case.
	 */
	Found lookUp(Query query, String client, Channel channel) {
		String clientHash = clientHash(client);
		if (!buckets.takeKeyed(BUCKET, clientHash, settings.capacity(), settings.perHour())) {
			record(channel, null, Outcome.RATE_LIMITED, clientHash);
			throw new RuleViolation(429, "disclosure.my-case-rate-limited", settings.capacity(), settings.perHour());
		}
		String numberHash = numberHash(query.number());
		List<Long> named = query.number() == null ? List.of() : cases.casesNamed(query.number());
		Long caseId = named.isEmpty() ? null : named.get(0);
		if (locked(numberHash, clientHash)) {
			record(channel, caseId, Outcome.LOCKED, clientHash);
			throw new RuleViolation(429, "disclosure.my-case-locked", settings.lock().toMinutes());
		}
		Optional<PartyCase> found = query.digits() == null || query.code() == null ? Optional.empty()
				: cases.lookUp(named, query.digits(), query.code());
		if (found.isEmpty()) {
			jdbc.sql("insert into party_case_refusal (at, number_hash, client_hash) values (?, ?, ?)")
				.params(OffsetDateTime.now(clock), numberHash, clientHash)
				.update();
			record(channel, caseId, Outcome.REFUSED, clientHash);
			throw refused();
		}
		long opened = found.get().caseId();
		record(channel, opened, Outcome.FOUND, clientHash);
		Instant until = clock.instant().plus(settings.linkValidity());
		long codeId = cases.accessCodeInForce(opened).orElse(0L);
		List<Link> links = found.get().documents().stream()
			.map(d -> new Link(d, token(opened, d.id(), codeId, until)))
			.toList();
		return new Found(found.get(), links, until);
	}

	/**
	 * A document of the answer by its token: 404 {@code disclosure.my-case-link-invalid} when the token is malformed,
	 * forged, expired, of an access code re-issued since, or names a document the party did not receive. An invalid
	 * token costs a token of the client's look-up bucket (429 as a look-up when empty); a valid one, a token of the
	 * larger download bucket.
	 */
	PartyDocument download(String token, String client) {
		String clientHash = clientHash(client);
		Optional<Named> named = verified(token)
			.filter(n -> cases.accessCodeInForce(n.caseId()).filter(id -> id == n.codeId()).isPresent());
		Optional<PartyDocument> document = named.flatMap(n -> cases.document(n.caseId(), n.documentId()));
		if (document.isEmpty()) {
			if (!buckets.takeKeyed(BUCKET, clientHash, settings.capacity(), settings.perHour())) {
				record(Channel.PAGE, null, Outcome.RATE_LIMITED, clientHash);
				throw new RuleViolation(429, "disclosure.my-case-rate-limited", settings.capacity(), settings.perHour());
			}
			throw invalidLink();
		}
		if (!buckets.takeKeyed(DOWNLOAD_BUCKET, clientHash, settings.downloadCapacity(), settings.downloadsPerHour())) {
			record(Channel.PAGE, named.get().caseId(), Outcome.RATE_LIMITED, clientHash);
			throw new RuleViolation(429, "disclosure.my-case-rate-limited", settings.downloadCapacity(),
					settings.downloadsPerHour());
		}
		record(Channel.PAGE, named.get().caseId(), Outcome.DOWNLOADED, clientHash);
		return document.get();
	}

	/**
	 * The number refused {@code max-refusals} times to this client, or {@code max-refusals-per-number} times to all
	 * clients together, within the lock window.
	 */
	private boolean locked(String numberHash, String clientHash) {
		OffsetDateTime since = OffsetDateTime.now(clock).minus(settings.lock());
		Map<String, Object> counts = jdbc.sql("""
				select count(*) filter (where client_hash = ?) as mine, count(*) as every
				from party_case_refusal where number_hash = ? and at > ?""")
			.params(clientHash, numberHash, since)
			.query()
			.singleRow();
		return ((Number) counts.get("mine")).longValue() >= settings.maxRefusals()
				|| ((Number) counts.get("every")).longValue() >= settings.maxRefusalsPerNumber();
	}

	/** Each attempt on its own (no transaction around it), so that a refusal counts whatever follows. */
	private void record(Channel channel, @Nullable Long caseId, Outcome outcome, String clientHash) {
		jdbc.sql("""
				insert into party_case_lookup (at, channel, case_id, outcome, client_hash) values (?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(clock), channel.name(), caseId, outcome.name(), clientHash)
			.update();
	}

	/** The client address (an IPv6 one by its /64, as the buckets count it), keyed so that it cannot be reversed. */
	String clientHash(String client) {
		return HexFormat.of().formatHex(mac("client:" + ClientAddress.key(client)));
	}

	/** The number as typed, normalised as the look-up reads it, keyed: what refusals are counted by. */
	String numberHash(@Nullable String typed) {
		return HexFormat.of().formatHex(mac("number:" + (typed == null ? "" : PartyCases.normaliseNumber(typed))));
	}

	/** What a link names: the case, the document, the access code in force when it was handed out, until when. */
	record Named(long caseId, long documentId, long codeId, long expiry) {
	}

	private static final int NONCE = 12;

	private static final byte[] LINK_AAD = "oneteam my-case link".getBytes(StandardCharsets.US_ASCII);

	/**
	 * {@code base64url(nonce ‖ AES-256-GCM(caseId, documentId, codeId, expiry))}, 80 characters: opaque to the party
	 * (no id can be read off it), its tag checked here.
	 */
	String token(long caseId, long documentId, long codeId, Instant until) {
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		ByteBuffer plain = ByteBuffer.allocate(32).putLong(caseId).putLong(documentId).putLong(codeId)
			.putLong(until.getEpochSecond());
		byte[] sealed = gcm(Cipher.ENCRYPT_MODE, nonce).apply(plain.array());
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
	}

	/** What a token names, when it is well formed, sealed here and not expired. */
	Optional<Named> verified(String token) {
		try {
			if (token.length() > 120) {
				return Optional.empty();
			}
			byte[] raw = Base64.getUrlDecoder().decode(token);
			if (raw.length != NONCE + 32 + 16) {
				return Optional.empty();
			}
			byte[] nonce = java.util.Arrays.copyOfRange(raw, 0, NONCE);
			byte[] opened = gcm(Cipher.DECRYPT_MODE, nonce).apply(java.util.Arrays.copyOfRange(raw, NONCE, raw.length));
			if (opened == null) {
				return Optional.empty();
			}
			ByteBuffer b = ByteBuffer.wrap(opened);
			Named named = new Named(b.getLong(), b.getLong(), b.getLong(), b.getLong());
			if (clock.instant().isAfter(Instant.ofEpochSecond(named.expiry()))) {
				return Optional.empty();
			}
			return Optional.of(named);
		}
		catch (IllegalArgumentException e) { // not base64
			return Optional.empty();
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	/** AES-256-GCM under a key derived from the secret; the function answers null when the tag does not check. */
	private java.util.function.Function<byte[], byte @Nullable []> gcm(int mode, byte[] nonce) {
		return input -> {
			try {
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(mode, new SecretKeySpec(mac("link-key:aes-256-gcm"), "AES"),
						new GCMParameterSpec(128, nonce));
				cipher.updateAAD(LINK_AAD);
				return cipher.doFinal(input);
			}
			catch (javax.crypto.AEADBadTagException e) {
				return null;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		};
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
