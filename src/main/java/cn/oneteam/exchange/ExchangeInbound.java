package cn.oneteam.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Sha256;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.LicenceView;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 许可信息推送: an approval department's system pushes the licences it issued (or their revocation), one record through
 * the API or a CSV file all or nothing, each under an idempotency key: the same key with the same body answers the same
 * receipt and writes nothing; with another body it is refused. The issuer of every licence is the caller's partner,
 * and the subject must lie within the caller's jurisdiction (docs/adr/0021-approval-exchange.md).
 */
@Service
public class ExchangeInbound {

	/** The columns of a pushed file; issuer code and name are the partner's own. */
	public static final List<String> COLUMNS = List.of("subjectCode", "kind", "number", "validFrom", "validUntil", "scope",
			"revokedOn", "reason");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private static final int MAX_ROWS = 10_000;

	private final JdbcClient jdbc;

	private final ExchangePartners partners;

	private final Subjects subjects;

	private final Licences licences;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	ExchangeInbound(JdbcClient jdbc, ExchangePartners partners, Subjects subjects, Licences licences, JsonMapper json,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.subjects = subjects;
		this.licences = licences;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	/** One record pushed through the API; 201 for a new receipt, the earlier one (repeated) for a key seen before. */
	@Transactional
	@PreAuthorize("hasAuthority('licence:push')")
	public ExchangeReceipt push(@Nullable String idempotencyKey, LicencePush push, ScopedPrincipal caller) {
		String key = key(idempotencyKey);
		ExchangePartner partner = partnerOf(caller);
		String hash = Sha256.hex("API\n" + json.writeValueAsString(push));
		Optional<ExchangeReceipt> earlier = claim(partner, key, hash, "API", caller);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		ExchangeReceipt.Result result = apply(1, push, partner, caller);
		return complete(partner, key, "API", List.of(result));
	}

	/**
	 * A CSV file of records (header {@link #COLUMNS}; a row with {@code revokedOn} revokes the licence of that number),
	 * all or nothing: one refused row and nothing is stored, the problem naming each refused row.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('licence:push')")
	public ExchangeReceipt pushFile(@Nullable String idempotencyKey, byte[] content, ScopedPrincipal caller) {
		String key = key(idempotencyKey);
		ExchangePartner partner = partnerOf(caller);
		Optional<ExchangeReceipt> earlier = claim(partner, key, Sha256.hex(content), "FILE", caller);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<CSVRecord> rows = parse(content);
		List<ExchangeFileRejected.Refusal> refused = new ArrayList<>();
		List<ExchangeReceipt.Result> results = new ArrayList<>();
		for (CSVRecord row : rows) {
			int number = (int) row.getRecordNumber() + 1;
			String column = "subjectCode";
			try {
				LicencePush push = toPush(row, partner);
				column = push.revocation() == null ? "number" : "revokedOn";
				results.add(apply(number, push, partner, caller));
			}
			catch (RowProblem problem) {
				refused.add(refusal(number, problem.column, locale, problem.violation));
			}
			catch (RuleViolation violation) {
				refused.add(refusal(number, column, locale, violation));
			}
		}
		if (!refused.isEmpty()) {
			throw new ExchangeFileRejected(refused, rows.size());
		}
		return complete(partner, key, "FILE", results);
	}

	/** The receipt, to its partner's accounts and to the administrators; 404 to anyone else. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('licence:push', 'exchange:manage')")
	public ExchangeReceipt receipt(UUID id, ScopedPrincipal caller, boolean manager) {
		ExchangeReceipt receipt = jdbc.sql("""
				select r.*, p.code from exchange_receipt r join exchange_partner p on p.id = r.partner_id where r.id = ?""")
			.param(id)
			.query((rs, n) -> read(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("idempotency_key"),
					rs.getString("channel"), rs.getObject("received_at", OffsetDateTime.class), rs.getString("results")))
			.optional()
			.orElseThrow(() -> new ExchangeViolation(RuleViolation.NOT_FOUND, "exchange.receipt.unknown", id));
		if (!manager && partners.ofOrganization(caller.organizationId())
			.filter(p -> p.code().equals(receipt.partnerCode()))
			.isEmpty()) {
			throw new ExchangeViolation(RuleViolation.NOT_FOUND, "exchange.receipt.unknown", id);
		}
		return receipt;
	}

	/** The latest receipts, newest first (the exchange page). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('exchange:manage')")
	public List<ExchangeReceipt> recent(int limit) {
		return jdbc.sql("""
				select r.*, p.code from exchange_receipt r join exchange_partner p on p.id = r.partner_id
				order by r.received_at desc limit ?""")
			.param(limit)
			.query((rs, n) -> read(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("idempotency_key"),
					rs.getString("channel"), rs.getObject("received_at", OffsetDateTime.class), rs.getString("results")))
			.list();
	}

	private static String key(@Nullable String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.idempotency-key.missing");
		}
		String key = idempotencyKey.strip();
		if (!KEY.matcher(key).matches()) {
			throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.idempotency-key.invalid");
		}
		return key;
	}

	private ExchangePartner partnerOf(ScopedPrincipal caller) {
		return partners.ofOrganization(caller.organizationId())
			.orElseThrow(() -> new ExchangeViolation(RuleViolation.FORBIDDEN, "exchange.not-a-partner"));
	}

	/**
	 * Takes the key for this push, or answers the receipt it had: the insert waits for a concurrent push with the same
	 * key to end, so that two never both write. A key seen with another body is refused (422).
	 */
	private Optional<ExchangeReceipt> claim(ExchangePartner partner, String key, String hash, String channel,
			ScopedPrincipal caller) {
		int inserted = jdbc.sql("""
				insert into exchange_receipt (id, partner_id, idempotency_key, request_sha256, channel, received_at,
				  received_by, results)
				values (?, ?, ?, ?, ?, ?, ?, '[]') on conflict (partner_id, idempotency_key) do nothing""")
			.params(UUID.randomUUID(), partner.id(), key, hash, channel, OffsetDateTime.now(clock), caller.accountId())
			.update();
		if (inserted == 1) {
			return Optional.empty();
		}
		record Earlier(UUID id, String hash, String channel, OffsetDateTime at, String results) {
		}
		Earlier earlier = jdbc.sql("""
				select id, request_sha256, channel, received_at, results from exchange_receipt
				where partner_id = ? and idempotency_key = ?""")
			.params(partner.id(), key)
			.query((rs, n) -> new Earlier(rs.getObject("id", UUID.class), rs.getString("request_sha256"),
					rs.getString("channel"), rs.getObject("received_at", OffsetDateTime.class), rs.getString("results")))
			.single();
		if (!earlier.hash().equals(hash) || !earlier.channel().equals(channel)) {
			throw new ExchangeViolation(RuleViolation.UNPROCESSABLE, "exchange.idempotency-key.reused", key);
		}
		return Optional.of(read(earlier.id(), partner.code(), key, earlier.channel(), earlier.at(), earlier.results())
			.asRepeat());
	}

	private ExchangeReceipt complete(ExchangePartner partner, String key, String channel,
			List<ExchangeReceipt.Result> results) {
		jdbc.sql("update exchange_receipt set results = ? where partner_id = ? and idempotency_key = ?")
			.params(json.writeValueAsString(results), partner.id(), key)
			.update();
		return jdbc.sql("select id, received_at from exchange_receipt where partner_id = ? and idempotency_key = ?")
			.params(partner.id(), key)
			.query((rs, n) -> new ExchangeReceipt(rs.getObject("id", UUID.class), partner.code(), key, channel,
					rs.getObject("received_at", OffsetDateTime.class), results, false))
			.single();
	}

	/** Records or revokes, as the caller (the subject within its jurisdiction, the issuer its partner). */
	private ExchangeReceipt.Result apply(int row, LicencePush push, ExchangePartner partner, ScopedPrincipal caller) {
		if ((push.licence() == null) == (push.revocation() == null)) {
			throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.push.one-of");
		}
		if (push.licence() != null && !CreditCode.of(push.licence().issuerCode()).value().equals(partner.code())) {
			throw new ExchangeViolation(RuleViolation.FORBIDDEN, "exchange.push.foreign-issuer",
					push.licence().issuerCode(), partner.code());
		}
		SubjectView subject = subjects.byCode(push.subjectCode(), caller);
		if (push.licence() != null) {
			LicenceView recorded = licences.recordAsIssuer(partner.code(), subject.id(), push.licence(), caller);
			return new ExchangeReceipt.Result(row, subject.code(), recorded.number(), "RECORDED", recorded.id());
		}
		LicencePush.Revocation revocation = push.revocation();
		LicenceView revoked = licences.revokeAsIssuer(partner.code(), subject.id(), revocation.number(),
				new LicenceInputs.Revocation(revocation.revokedOn(), revocation.reason()), caller);
		return new ExchangeReceipt.Result(row, subject.code(), revoked.number(), "REVOKED", revoked.id());
	}

	private ExchangeReceipt read(UUID id, String partnerCode, String key, String channel, OffsetDateTime at,
			String results) {
		return new ExchangeReceipt(id, partnerCode, key, channel, at,
				json.readValue(results, new TypeReference<List<ExchangeReceipt.Result>>() {
				}), false);
	}

	private static List<CSVRecord> parse(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.file.not-utf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
			.parse(new StringReader(text))) {
			if (!parser.getHeaderNames().equals(COLUMNS)) {
				throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.file.header", String.join(",", COLUMNS));
			}
			List<CSVRecord> rows = parser.getRecords();
			if (rows.isEmpty()) {
				throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.file.empty");
			}
			if (rows.size() > MAX_ROWS) {
				throw new ExchangeViolation(RuleViolation.CONTENT_TOO_LARGE, "exchange.file.too-many-rows", MAX_ROWS);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.file.header", String.join(",", COLUMNS));
		}
	}

	/** A row as a push; a cell that cannot be one is refused with its column. */
	private static LicencePush toPush(CSVRecord row, ExchangePartner partner) {
		String subjectCode = required(row, "subjectCode", 18);
		String number = required(row, "number", 100);
		String revokedOn = row.get("revokedOn");
		if (!revokedOn.isEmpty()) {
			return new LicencePush(subjectCode, null, new LicencePush.Revocation(number, date(row, "revokedOn"),
					required(row, "reason", 500)));
		}
		String scope = optional(row, "scope", 2000);
		String until = row.get("validUntil");
		return new LicencePush(subjectCode, new LicenceInputs.Licence(required(row, "kind", 100), number, partner.code(),
				partner.name(),
				date(row, "validFrom"), until.isEmpty() ? null : date(row, "validUntil"), scope), null);
	}

	private static String required(CSVRecord row, String column, int max) {
		String value = row.get(column);
		if (value.isEmpty()) {
			throw new RowProblem(column, new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.file.cell-empty", column));
		}
		return optional(row, column, max);
	}

	private static String optional(CSVRecord row, String column, int max) {
		String value = row.get(column);
		if (value.length() > max) {
			throw new RowProblem(column, new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.file.cell-too-long",
					column, max));
		}
		return value;
	}

	private static LocalDate date(CSVRecord row, String column) {
		try {
			return LocalDate.parse(row.get(column));
		}
		catch (DateTimeParseException e) {
			throw new RowProblem(column, new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.file.cell-date", column,
					row.get(column)));
		}
	}

	private ExchangeFileRejected.Refusal refusal(int row, String column, Locale locale, RuleViolation violation) {
		return new ExchangeFileRejected.Refusal(row, column, violation.code(), messages.getMessage(
				"problem." + violation.code() + ".detail", violation.arguments(), violation.code(), locale));
	}

	/** A cell refused before any write. */
	private static final class RowProblem extends RuntimeException {

		private final String column;

		private final transient RuleViolation violation;

		RowProblem(String column, RuleViolation violation) {
			super(violation.code(), null, false, false);
			this.column = column;
			this.violation = violation;
		}
	}
}
