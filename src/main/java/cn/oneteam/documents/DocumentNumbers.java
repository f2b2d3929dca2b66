package cn.oneteam.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文号: numbers per body, document type and calendar year from the body's template, by default
 * {@code {机关代字}{文书代字}〔{年}〕{序号}号} (docs/legal/records.md#document-numbers: hexagonal brackets, no zero padding). A number is taken
 * in the transaction that issues the document, under a row lock on the series, so numbers are never skipped (a rolled
 * back document gives its number back) nor issued twice; a voided number stays recorded and is never reused.
 */
@Service
public class DocumentNumbers {

	static final String DEFAULT_TEMPLATE = "{机关代字}{文书代字}〔{年}〕{序号}号";

	private final JdbcClient jdbc;

	private final Clock clock;

	DocumentNumbers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The next number of the body's series for the type and the year of {@code issuedOn}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public DocumentNumber issue(long organizationId, DocumentType type, LocalDate issuedOn, @Nullable Long caseId,
			long issuedBy) {
		Codes codes = codes(organizationId)
			.orElseThrow(() -> new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.codes-missing", organizationId));
		int year = issuedOn.getYear();
		// the series' row stays locked until the action commits (the series has no gaps); the update comes first
		// because an insert that meets a row another transaction holds waits for that transaction even when it does
		// nothing: the row is made once a year, the first time only
		int sequence = nextInSeries(organizationId, type, year).orElseGet(() -> {
			jdbc.sql("""
					insert into document_series (organization_id, doc_type, year, last_sequence) values (?, ?, ?, 0)
					on conflict do nothing""")
				.params(organizationId, type.name(), year)
				.update();
			return nextInSeries(organizationId, type, year).orElseThrow();
		});
		String text = codes.template()
			.replace("{机关代字}", codes.bodyCode())
			.replace("{文书代字}", typeCode(organizationId, type))
			.replace("{年}", String.valueOf(year))
			.replace("{序号}", String.valueOf(sequence));
		long id = jdbc.sql("""
				insert into document_number (organization_id, doc_type, year, sequence, number_text, case_id, issued_on,
				  issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organizationId, type.name(), year, sequence, text, caseId, issuedOn, issuedBy,
					OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		return new DocumentNumber(id, organizationId, type, year, sequence, text, issuedOn, false);
	}

	private Optional<Integer> nextInSeries(long organizationId, DocumentType type, int year) {
		return jdbc.sql("""
				update document_series set last_sequence = last_sequence + 1
				where organization_id = ? and doc_type = ? and year = ? returning last_sequence""")
			.params(organizationId, type.name(), year)
			.query(Integer.class)
			.optional();
	}

	/** Voids a number with the reason; it stays in the series and is never issued again. */
	@Transactional
	@PreAuthorize("hasAuthority('case:approve')")
	public DocumentNumber voidNumber(long id, String reason, ScopedPrincipal caller) {
		if (reason.isBlank() || reason.length() > 500) {
			throw new DocumentViolation(RuleViolation.BAD_REQUEST, "document.void-reason-required", id);
		}
		int voided = jdbc.sql("""
				update document_number set voided_at = ?, void_reason = ?, voided_by = ?
				where id = ? and organization_id = ? and voided_at is null""")
			.params(OffsetDateTime.now(clock), reason.trim(), caller.accountId(), id, caller.organizationId())
			.update();
		if (voided != 1) {
			throw new DocumentViolation(RuleViolation.CONFLICT, "document.not-voidable", id);
		}
		return numbers(caller.organizationId(), null).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
	}

	/** The body's numbers, newest first, optionally of one type. */
	@Transactional(readOnly = true)
	public List<DocumentNumber> numbers(long organizationId, @Nullable DocumentType type) {
		return jdbc.sql("""
				select * from document_number where organization_id = ? and (cast(? as varchar) is null or doc_type = ?)
				order by year desc, doc_type, sequence desc limit 1000""")
			.params(organizationId, type == null ? null : type.name(), type == null ? null : type.name())
			.query((rs, n) -> new DocumentNumber(rs.getLong("id"), rs.getLong("organization_id"),
					DocumentType.valueOf(rs.getString("doc_type")), rs.getInt("year"), rs.getInt("sequence"),
					rs.getString("number_text"), rs.getObject("issued_on", LocalDate.class),
					rs.getObject("voided_at") != null))
			.list();
	}

	/** The body's 机关代字 and template; a head of the body or an administrator sets them. */
	@Transactional
	@PreAuthorize("hasRole('BUREAU_HEAD') or hasAuthority('organization:register')")
	public Codes setCodes(long organizationId, String bodyCode, @Nullable String template, ScopedPrincipal caller) {
		String code = bodyCode.trim();
		String form = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template.trim();
		if (code.isEmpty() || code.length() > 20 || form.length() > 100 || !form.contains("{序号}")
				|| !form.contains("{年}")) {
			throw new DocumentViolation(RuleViolation.BAD_REQUEST, "document.codes-invalid", code, form);
		}
		if (caller.organizationId() != organizationId && !caller.jurisdiction().isNationwide()) {
			throw new DocumentViolation(RuleViolation.FORBIDDEN, "document.codes-not-yours", organizationId);
		}
		jdbc.sql("""
				insert into document_codes (organization_id, body_code, template) values (?, ?, ?)
				on conflict (organization_id) do update set body_code = excluded.body_code, template = excluded.template""")
			.params(organizationId, code, form)
			.update();
		return codes(organizationId).orElseThrow();
	}

	/**
	 * Sets the body's 文书代字 for a numbered type (blank: back to the default); its head or an administrator, as for
	 * the 机关代字.
	 */
	@Transactional
	@PreAuthorize("hasRole('BUREAU_HEAD') or hasAuthority('organization:register')")
	public Map<DocumentType, String> setTypeCode(long organizationId, DocumentType type, @Nullable String code,
			ScopedPrincipal caller) {
		String text = code == null ? "" : code.trim();
		if (!type.numbered() || text.length() > 20) {
			throw new DocumentViolation(RuleViolation.BAD_REQUEST, "document.type-code-invalid", type.title(), text);
		}
		if (caller.organizationId() != organizationId && !caller.jurisdiction().isNationwide()) {
			throw new DocumentViolation(RuleViolation.FORBIDDEN, "document.codes-not-yours", organizationId);
		}
		if (text.isEmpty()) {
			jdbc.sql("delete from document_type_code where organization_id = ? and doc_type = ?")
				.params(organizationId, type.name())
				.update();
		}
		else {
			jdbc.sql("""
					insert into document_type_code (organization_id, doc_type, code) values (?, ?, ?)
					on conflict (organization_id, doc_type) do update set code = excluded.code""")
				.params(organizationId, type.name(), text)
				.update();
		}
		return typeCodes(organizationId);
	}

	/** The body's 文书代字 of every numbered type: its own where set, else the default. */
	@Transactional(readOnly = true)
	public Map<DocumentType, String> typeCodes(long organizationId) {
		Map<DocumentType, String> codes = new EnumMap<>(DocumentType.class);
		for (DocumentType type : DocumentType.values()) {
			if (type.numbered()) {
				codes.put(type, type.defaultCode());
			}
		}
		jdbc.sql("select doc_type, code from document_type_code where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> Map.entry(DocumentType.valueOf(rs.getString("doc_type")), rs.getString("code")))
			.list()
			.forEach(e -> codes.put(e.getKey(), e.getValue()));
		return codes;
	}

	private String typeCode(long organizationId, DocumentType type) {
		return jdbc.sql("select code from document_type_code where organization_id = ? and doc_type = ?")
			.params(organizationId, type.name())
			.query(String.class)
			.optional()
			.orElseGet(type::defaultCode);
	}

	@Transactional(readOnly = true)
	public Optional<Codes> codes(long organizationId) {
		return jdbc.sql("select body_code, template from document_codes where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> new Codes(rs.getString("body_code"), rs.getString("template")))
			.optional();
	}

	/** A body's 机关代字 and numbering template; its 文书代字 per type are {@link #typeCodes}. */
	public record Codes(String bodyCode, String template) {
	}
}
