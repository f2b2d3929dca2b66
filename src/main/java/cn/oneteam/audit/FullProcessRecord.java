package cn.oneteam.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RecordedFact;
import cn.oneteam.shared.Sha256;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 执法全过程记录: appends every {@link RecordedFact} to its subject's hash chain and to the global chain, in the
 * transaction that published it, and verifies chains end to end. Each hash covers the previous hash and the entry's
 * content, so changing, removing or reordering an entry breaks every hash after it.
 */
@Service
public class FullProcessRecord {

	static final String GENESIS = "0".repeat(64);

	private static final long GLOBAL_CHAIN_LOCK = 7_100_001L;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FullProcessRecord(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Synchronous, inside the publisher's transaction: the action and its record commit or roll back together. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(RecordedFact fact) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(GLOBAL_CHAIN_LOCK).query(Object.class).single();
		String payload = json.writeValueAsString(new TreeMap<>(fact.facts()));
		String digest = Sha256.hex(payload);
		String certificates = String.join(",", fact.certificateNumbers());
		// to the microsecond the database keeps, so that verification recomputes the same text
		String occurredAt = ChinaTime.local(fact.occurredAt().truncatedTo(ChronoUnit.MILLIS))
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		List<Object[]> last = jdbc.sql("""
				select seq, hash from execution_record where subject_type = ? and subject_id = ?
				order by seq desc limit 1""")
			.params(fact.subjectType(), fact.subjectId())
			.query((rs, n) -> new Object[] { rs.getInt("seq"), rs.getString("hash") })
			.list();
		int seq = last.isEmpty() ? 1 : (Integer) last.get(0)[0] + 1;
		String prev = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
		String globalPrev = jdbc.sql("select global_hash from execution_record order by id desc limit 1")
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		String content = content(fact.subjectType(), fact.subjectId(), seq, fact.action(), fact.actorAccountId(),
				certificates, occurredAt, digest);
		jdbc.sql("""
				insert into execution_record (subject_type, subject_id, seq, action, actor_account_id, certificates,
				  occurred_at, payload, payload_digest, prev_hash, hash, global_prev_hash, global_hash)
				values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?)""")
			.params(fact.subjectType(), fact.subjectId(), seq, fact.action(), fact.actorAccountId(), certificates,
					occurredAt, payload, digest, prev, Sha256.hex(prev + "|" + content), globalPrev,
					Sha256.hex(globalPrev + "|" + content))
			.update();
	}

	@Transactional(readOnly = true)
	public List<RecordEntry> entries(String subjectType, long subjectId) {
		return jdbc.sql("""
				select * from execution_record where subject_type = ? and subject_id = ? order by seq""")
			.params(subjectType, subjectId)
			.query((rs, n) -> new RecordEntry(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
					rs.getInt("seq"), rs.getString("action"), rs.getLong("actor_account_id"),
					rs.getString("certificates"),
					ChinaTime.local(rs.getObject("occurred_at", OffsetDateTime.class)),
					rs.getString("payload"), rs.getString("payload_digest"), rs.getString("prev_hash"),
					rs.getString("hash")))
			.list();
	}

	/**
	 * Recomputes the subject's chain from its first entry (content digests, links and hashes) and checks that each
	 * entry is still followed in the global chain by the record written after it, so that cutting entries off the end
	 * of a subject's chain shows too. A subject that should have a record and has none is broken.
	 */
	@Transactional(readOnly = true)
	public Verification verify(String subjectType, long subjectId) {
		List<RecordEntry> entries = entries(subjectType, subjectId);
		if (entries.isEmpty()) {
			return Verification.broken(0, 1, "missing");
		}
		String prev = GENESIS;
		int expectedSeq = 1;
		for (RecordEntry e : entries) {
			if (e.seq() != expectedSeq) {
				return Verification.broken(entries.size(), expectedSeq, "missing");
			}
			if (!Sha256.hex(e.payload()).equals(e.payloadDigest())) {
				return Verification.broken(entries.size(), e.seq(), "payload");
			}
			if (!e.prevHash().equals(prev)) {
				return Verification.broken(entries.size(), e.seq(), "link");
			}
			String content = content(e.subjectType(), e.subjectId(), e.seq(), e.action(), e.actorAccountId(),
					e.certificates(), e.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), e.payloadDigest());
			if (!Sha256.hex(prev + "|" + content).equals(e.hash())) {
				return Verification.broken(entries.size(), e.seq(), "hash");
			}
			if (!followedInGlobalChain(e.id())) {
				return Verification.broken(entries.size(), e.seq(), "global");
			}
			prev = e.hash();
			expectedSeq++;
		}
		return Verification.ok(entries.size());
	}

	/** Whether the facts are those recorded in the entry (same serialisation as when recorded). */
	@Transactional(readOnly = true)
	public boolean recorded(String subjectType, long subjectId, int seq, Map<String, Object> facts) {
		String payload = json.writeValueAsString(new TreeMap<>(facts));
		return entries(subjectType, subjectId).stream().anyMatch(e -> e.seq() == seq && e.payload().equals(payload));
	}

	private boolean followedInGlobalChain(long id) {
		List<Boolean> next = jdbc.sql("""
				select n.global_prev_hash = e.global_hash as linked from execution_record e
				join execution_record n on n.id = (select min(id) from execution_record where id > e.id)
				where e.id = ?""")
			.param(id)
			.query((rs, n) -> rs.getBoolean("linked"))
			.list();
		return next.isEmpty() || next.get(0);
	}

	private static String content(String subjectType, long subjectId, int seq, String action, long actor,
			String certificates, String occurredAt, String digest) {
		return String.join("|", subjectType, String.valueOf(subjectId), String.valueOf(seq), action,
				String.valueOf(actor), certificates, occurredAt, digest);
	}
}
