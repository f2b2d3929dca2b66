package cn.oneteam.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;

/**
 * An entry as stored, with its partition ({@code chain}, null for the legacy chain) and its legacy global link (null
 * for entries of a partition), and the text every hash of it covers (docs/adr/0053-record-chains-per-partition.md).
 */
record StoredEntry(long id, String subjectType, long subjectId, int seq, String action, long actor,
		String certificates, OffsetDateTime occurredAt, String payload, String payloadDigest, String prevHash,
		String hash, @Nullable String chain, @Nullable String globalPrevHash, @Nullable String globalHash) {

	/** The columns {@link #map} reads, for a select list on {@code execution_record e} (a space after them). */
	static final String COLUMNS = """
			e.id, e.subject_type, e.subject_id, e.seq, e.action, e.actor_account_id, e.certificates, e.occurred_at,
			e.payload, e.payload_digest, e.prev_hash, e.hash, e.chain, e.global_prev_hash, e.global_hash""" + " ";

	static StoredEntry map(ResultSet rs, int row) throws SQLException {
		return new StoredEntry(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
				rs.getInt("seq"), rs.getString("action"), rs.getLong("actor_account_id"), rs.getString("certificates"),
				ChinaTime.local(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("payload"),
				rs.getString("payload_digest"), rs.getString("prev_hash"), rs.getString("hash"), rs.getString("chain"),
				rs.getString("global_prev_hash"), rs.getString("global_hash"));
	}

	boolean legacy() {
		return globalHash != null;
	}

	String content() {
		return content(subjectType, subjectId, seq, action, actor, certificates,
				occurredAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), payloadDigest);
	}

	/** The text the subject's hash, the legacy global hash and a seal's hash cover after their previous hash. */
	static String content(String subjectType, long subjectId, int seq, String action, long actor,
			String certificates, String occurredAt, String digest) {
		return String.join("|", subjectType, String.valueOf(subjectId), String.valueOf(seq), action,
				String.valueOf(actor), certificates, occurredAt, digest);
	}
}
