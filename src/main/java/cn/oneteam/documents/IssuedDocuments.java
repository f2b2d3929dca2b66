package cn.oneteam.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

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

	/** Keeps the document as issued, in the transaction that issues it; replaces the case's previous one of the type. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Issued issue(long organizationId, @Nullable Long caseId, DocumentType type, String number, byte[] content,
			long issuedBy) {
		Long previous = caseId == null ? null : latestId(caseId, type).orElse(null);
		String sha256 = Sha256.hex(content);
		long id = jdbc.sql("""
				insert into issued_document (organization_id, case_id, doc_type, number_text, sha256, content, issued_at,
				  issued_by, supersedes) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organizationId, caseId, type.name(), number, sha256, content, OffsetDateTime.now(clock), issuedBy,
					previous)
			.query(Long.class)
			.single();
		return new Issued(id, number, sha256, content);
	}

	/** The case's latest document of the type, its digest checked. */
	@Transactional(readOnly = true)
	public Optional<Issued> latest(long caseId, DocumentType type) {
		return latestId(caseId, type).map(id -> jdbc.sql("select * from issued_document where id = ?")
			.param(id)
			.query((rs, n) -> new Issued(rs.getLong("id"), rs.getString("number_text"), rs.getString("sha256"),
					rs.getBytes("content")))
			.single())
			.map(IssuedDocuments::checked);
	}

	private Optional<Long> latestId(long caseId, DocumentType type) {
		return jdbc.sql("select id from issued_document where case_id = ? and doc_type = ? order by id desc limit 1")
			.params(caseId, type.name())
			.query(Long.class)
			.optional();
	}

	private static Issued checked(Issued document) {
		if (!Sha256.hex(document.content()).equals(document.sha256())) {
			throw new DocumentViolation(RuleViolation.CONFLICT, "document.integrity-failed", document.number());
		}
		return document;
	}

	/** An issued document: its number, digest and bytes. */
	public record Issued(long id, String number, String sha256, byte[] content) {
	}
}
