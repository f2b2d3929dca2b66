package cn.oneteam.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.ChinaTime;
import com.fasterxml.jackson.annotation.JsonProperty;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 已签发文书: documents kept exactly as issued, with their SHA-256 (the database refuses to change them). A later
 * template or data change never alters an issued document; a correction is issued anew and refers to the old. Every
 * read recomputes the digest, so a document changed behind the system's back is refused, never served.
 */
@Service
public class IssuedDocuments {

	private final JdbcClient jdbc;

	private final Clock clock;

	IssuedDocuments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps the document as issued, in the transaction that issues it. A correction names the document it supersedes
	 * (of the same case and type, not superseded yet: 409 otherwise) and the reason.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Issued issue(NewDocument d) {
		if (d.supersedes() != null) {
			Summary old = summary(d.supersedes())
				.filter(s -> java.util.Objects.equals(s.caseId(), d.caseId()) && s.type() == d.type())
				.orElseThrow(() -> new DocumentViolation(RuleViolation.NOT_FOUND, "document.unknown", d.supersedes()));
			if (old.supersededBy() != null) {
				throw new DocumentViolation(RuleViolation.CONFLICT, "document.already-superseded", old.id(),
						old.supersededBy());
			}
		}
		String sha256 = Sha256.hex(d.content());
		long id = jdbc.sql("""
				insert into issued_document (organization_id, case_id, doc_type, number_text, sha256, content, issued_at,
				  issued_by, supersedes, template_id, correction_reason, refers_to)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(d.organizationId(), d.caseId(), d.type().name(), d.number(), sha256, d.content(),
					OffsetDateTime.now(clock), d.issuedBy(), d.supersedes(), d.templateId(), d.correctionReason(),
					d.refersTo())
			.query(Long.class)
			.single();
		return new Issued(id, d.number(), sha256, d.content());
	}

	/** The case's latest document of the type not superseded, its digest checked. */
	@Transactional(readOnly = true)
	public Optional<Issued> latest(long caseId, DocumentType type) {
		return jdbc.sql("""
				select id from issued_document d where case_id = ? and doc_type = ?
				  and not exists (select 1 from issued_document n where n.supersedes = d.id)
				order by id desc limit 1""")
			.params(caseId, type.name())
			.query(Long.class)
			.optional()
			.map(this::content);
	}

	/** An issued document's bytes, its digest checked. */
	@Transactional(readOnly = true)
	public Issued content(long id) {
		return jdbc.sql("select id, number_text, sha256, content from issued_document where id = ?")
			.param(id)
			.query((rs, n) -> new Issued(rs.getLong("id"), rs.getString("number_text"), rs.getString("sha256"),
					rs.getBytes("content")))
			.optional()
			.map(IssuedDocuments::checked)
			.orElseThrow(() -> new DocumentViolation(RuleViolation.NOT_FOUND, "document.unknown", id));
	}

	/** The documents issued for a case, oldest first, each with what superseded it, without their bytes. */
	@Transactional(readOnly = true)
	public List<Summary> ofCase(long caseId) {
		return jdbc.sql(SUMMARY + " where d.case_id = ? order by d.id").param(caseId).query(IssuedDocuments::summary)
			.list();
	}

	/**
	 * The SHA-256 of each of the case's documents as its bytes read now (computed by the database, not the column
	 * beside them), by document id: for the case's record to check them against the digests it recorded
	 * (docs/adr/0007-tamper-evidence.md).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> contentDigests(long caseId) {
		java.util.Map<Long, String> digests = new java.util.LinkedHashMap<>();
		jdbc.sql("select id, encode(sha256(content), 'hex') as actual from issued_document where case_id = ? order by id")
			.param(caseId)
			.query(rs -> {
				digests.put(rs.getLong("id"), rs.getString("actual"));
			});
		return digests;
	}

	/**
	 * The cases a document of one of the types was issued for under the number, newest first: how a party names its
	 * case by a number printed on its documents (docs/adr/0044-party-case-look-up.md).
	 */
	@Transactional(readOnly = true)
	public List<Long> casesNumbered(String number, java.util.Collection<DocumentType> types) {
		return jdbc.sql("""
				select case_id from issued_document where number_text = :number and case_id is not null
				  and doc_type in (:types) group by case_id order by max(id) desc""")
			.param("number", number)
			.param("types", types.stream().map(DocumentType::name).toList())
			.query(Long.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Summary> summary(long id) {
		return jdbc.sql(SUMMARY + " where d.id = ?").param(id).query(IssuedDocuments::summary).optional();
	}

	private static final String SUMMARY = """
			select d.id, d.organization_id, d.case_id, d.doc_type, d.number_text, d.sha256, d.issued_at, d.issued_by,
			  d.supersedes, d.correction_reason, d.refers_to, d.template_id, t.version as template_version,
			  length(d.content) as size, (select n.id from issued_document n where n.supersedes = d.id) as superseded_by
			from issued_document d left join document_template t on t.id = d.template_id""";

	private static Summary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Summary(rs.getLong("id"), rs.getLong("organization_id"), (Long) rs.getObject("case_id"),
				DocumentType.valueOf(rs.getString("doc_type")), rs.getString("number_text"), rs.getString("sha256"),
				ChinaTime.local(rs.getObject("issued_at", OffsetDateTime.class)), rs.getLong("issued_by"),
				(Long) rs.getObject("supersedes"), (Long) rs.getObject("superseded_by"),
				rs.getString("correction_reason"), (Long) rs.getObject("refers_to"), (Long) rs.getObject("template_id"),
				(Integer) rs.getObject("template_version"), rs.getInt("size"));
	}

	private static Issued checked(Issued document) {
		if (!Sha256.hex(document.content()).equals(document.sha256())) {
			throw new DocumentViolation(RuleViolation.CONFLICT, "document.integrity-failed", document.id());
		}
		return document;
	}

	/** An issued document: its number (none for a record or form without one), digest and bytes. */
	public record Issued(long id, @Nullable String number, String sha256, byte[] content) {
	}

	/**
	 * A document to keep: whose, of which case and type, its number, bytes, issuer, the template version rendered,
	 * the document it corrects with the reason, and the document it refers to (the one a 送达回证 proves served).
	 */
	public record NewDocument(long organizationId, @Nullable Long caseId, DocumentType type, @Nullable String number,
			byte[] content, long issuedBy, @Nullable Long templateId, @Nullable Long supersedes,
			@Nullable String correctionReason, @Nullable Long refersTo) {
	}

	/** An issued document as listed: everything but its bytes. */
	public record Summary(long id, long organizationId, @Nullable Long caseId, DocumentType type, @Nullable String number,
			String sha256, OffsetDateTime issuedAt, long issuedBy, @Nullable Long supersedes, @Nullable Long supersededBy,
			@Nullable String correctionReason, @Nullable Long refersTo, @Nullable Long templateId,
			@Nullable Integer templateVersion, int size) {

		@JsonProperty
		public String title() {
			return type.title();
		}

		@JsonProperty
		public boolean superseded() {
			return supersededBy != null;
		}
	}
}
