package cn.oneteam.casehandling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 查询码: the access code a case's party looks its case up with on the public portal, printed on every document the
 * party receives (docs/adr/0044-party-case-look-up.md). Issued once per case, with the first document for the party;
 * the same code is printed on the later ones; the head may re-issue it, which voids the one before. Eight characters of
 * an alphabet without look-alikes (no 0/O, 1/I/L), printed {@code XXXX-XXXX}: 31⁸ ≈ 8.5 × 10¹¹ codes, against a
 * look-up that locks a case after a few refusals.
 */
@Service
public class PartyAccessCodes {

	/** Digits and capitals without 0, 1, I, L and O: what a party can read off paper and type without doubt. */
	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CaseFiles files;

	private final String publicBase;

	private final String serverPort;

	PartyAccessCodes(JdbcClient jdbc, Clock clock, CaseFiles files,
			@Value("${oneteam.disclosure.public-base-url:}") @Nullable String publicBase,
			@Value("${server.port:8080}") String serverPort) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.files = files;
		this.publicBase = publicBase == null ? "" : publicBase.strip().replaceAll("/+$", "");
		this.serverPort = serverPort;
	}

	/**
	 * The absolute address of the look-up page a document prints: {@code oneteam.disclosure.public-base-url} when set,
	 * else — as the officer's QR (docs/adr/0040-public-portal-and-officer-verification.md) — the address of the request
	 * that issues the document, else (a document issued by a scan or at start) this server's own address.
	 */
	String lookupAddress() {
		String base = publicBase;
		if (base.isEmpty()) {
			base = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
					? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
					: "http://localhost:" + serverPort;
		}
		return base + "/public/my-case";
	}

	/**
	 * The line a document for the party prints: {@code 查询码 XXXX-XXXX · 查询网址 …/public/my-case}, the case's code
	 * issued now if it has none (in the transaction that issues the document).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	String printedLine(long caseId) {
		return "查询码 " + formatted(inForce(caseId)) + " · 查询网址 " + lookupAddress();
	}

	/** The case's code in force, issued now when there is none. */
	@Transactional(propagation = Propagation.MANDATORY)
	String inForce(long caseId) {
		String drawn = draw();
		jdbc.sql("""
				insert into case_access_code (case_id, code, code_sha256, issued_at)
				values (?, ?, ?, ?) on conflict (case_id) where voided_at is null do nothing""")
			.params(caseId, drawn, hash(caseId, drawn), OffsetDateTime.now(clock))
			.update();
		return current(caseId).orElseThrow();
	}

	/**
	 * The head of the case's body re-issues the code (lost, or seen by someone else): the old one is void at once, the
	 * new one is printed on the documents issued from now on. Returns it, formatted, for the head to hand over.
	 */
	@Transactional
	public String reissue(long caseId, ScopedPrincipal caller) {
		CaseFile c = files.lock(caseId, caller.jurisdiction());
		if (caller.organizationId() != c.actingOrgId() || !CaseProcedure.hasAuthority("ROLE_BUREAU_HEAD")) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.access-code-head-only", List.of(), caseId);
		}
		return formatted(replace(caseId, draw(), caller.accountId()));
	}

	/**
	 * The case's code in force as printed, for a reader of the case in the caller's jurisdiction (an officer telling
	 * the party at the counter); empty while no document for the party was issued.
	 */
	@Transactional(readOnly = true)
	public Optional<String> printed(long caseId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
		return printed(caseId);
	}

	/**
	 * For the demo data only: the case's code set to a known value, so that the README can name it (the old one void,
	 * as by a re-issue).
	 */
	@Transactional
	public void assignKnown(long caseId, String code, long by) {
		String normalised = normalise(code);
		if (normalised.length() != LENGTH || normalised.chars().anyMatch(ch -> ALPHABET.indexOf(ch) < 0)) {
			throw new IllegalArgumentException("an access code is " + LENGTH + " characters of " + ALPHABET);
		}
		replace(caseId, normalised, by);
	}

	private String replace(long caseId, String code, long by) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("update case_access_code set voided_at = ?, voided_by = ? where case_id = ? and voided_at is null")
			.params(now, by, caseId)
			.update();
		jdbc.sql("""
				insert into case_access_code (case_id, code, code_sha256, issued_at, issued_by)
				values (?, ?, ?, ?, ?)""")
			.params(caseId, code, hash(caseId, code), now, by)
			.update();
		return code;
	}

	/** Whether the code typed is the case's code in force, compared by its hash in constant time. */
	@Transactional(readOnly = true)
	public boolean matches(long caseId, String typed) {
		String normalised = normalise(typed);
		String expected = jdbc.sql("select code_sha256 from case_access_code where case_id = ? and voided_at is null")
			.param(caseId)
			.query(String.class)
			.optional()
			.orElse("");
		byte[] given = hash(caseId, normalised).getBytes(StandardCharsets.US_ASCII);
		return !expected.isBlank() && normalised.length() == LENGTH
				&& MessageDigest.isEqual(expected.strip().getBytes(StandardCharsets.US_ASCII), given);
	}

	/** The case's code in force as printed, if it has one. */
	@Transactional(readOnly = true)
	public Optional<String> printed(long caseId) {
		return current(caseId).map(PartyAccessCodes::formatted);
	}

	/** The id of the case's code in force, if it has one (a document link names it: docs/adr/0044). */
	@Transactional(readOnly = true)
	public Optional<Long> idInForce(long caseId) {
		return jdbc.sql("select id from case_access_code where case_id = ? and voided_at is null")
			.param(caseId)
			.query(Long.class)
			.optional();
	}

	private Optional<String> current(long caseId) {
		return jdbc.sql("select code from case_access_code where case_id = ? and voided_at is null")
			.param(caseId)
			.query(String.class)
			.optional();
	}

	/** As typed on paper or phone: spaces and hyphens dropped, capitals. */
	public static String normalise(String typed) {
		return typed.replaceAll("[\\s\\-－—_·]", "").toUpperCase(Locale.ROOT);
	}

	static String formatted(String code) {
		return code.length() == LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
	}

	private static String draw() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** Salted by the case, so that one code's hash says nothing about another case's. */
	static String hash(long caseId, String code) {
		return Sha256.hex(caseId + ":" + code);
	}
}
