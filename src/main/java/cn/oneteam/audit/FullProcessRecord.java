package cn.oneteam.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RecordedFact;
import cn.oneteam.shared.Sha256;
import org.jspecify.annotations.Nullable;
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

	static final long GLOBAL_CHAIN_LOCK = 7_100_001L;

	private static final int PAGE = 2_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RecordCheckpoints checkpoints;

	FullProcessRecord(JdbcClient jdbc, JsonMapper json, RecordCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.json = json;
		this.checkpoints = checkpoints;
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
	 * Recomputes the subject's chain from its first entry (content digests, links, hashes, entries in the order they
	 * were appended), then the global chain from content from the subject's first entry to its head (so that an entry
	 * rewritten, removed or inserted anywhere since, its hashes recomputed or not, shows), then checks the head against
	 * the latest signed checkpoint (entries removed or rewritten before it show even when both chains were recomputed;
	 * docs/adr/0007-tamper-evidence.md). A subject that should have a record and has none is broken.
	 */
	@Transactional(readOnly = true)
	public Verification verify(String subjectType, long subjectId) {
		List<RecordEntry> entries = entries(subjectType, subjectId);
		if (entries.isEmpty()) {
			return Verification.broken(0, 1, "missing");
		}
		String prev = GENESIS;
		int expectedSeq = 1;
		long lastId = 0;
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
			if (e.id() <= lastId) { // the entry before was appended after this one: put in afterwards
				return Verification.broken(entries.size(), e.seq() - 1, "order");
			}
			lastId = e.id();
			prev = e.hash();
			expectedSeq++;
		}
		GlobalBreak broken = globalChainFrom(entries.get(0).id());
		if (broken != null) {
			return Verification.broken(entries.size(), seqAtOrBefore(entries, broken.id()), "global");
		}
		Optional<String> finding = checkpoints.findingAgainstLatest();
		if (finding.isPresent()) {
			long head = checkpoints.latest().map(Checkpoint::headId).orElse(Long.MAX_VALUE);
			return Verification.broken(entries.size(), seqAtOrBefore(entries, head), finding.get());
		}
		return Verification.ok(entries.size());
	}

	/**
	 * Verifies the whole record: both chains of every entry recomputed from content, in the order appended, and the
	 * head against the latest signed checkpoint.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verifyAll() {
		long total = jdbc.sql("select count(*) from execution_record").query(Long.class).single();
		Map<String, Object[]> subjects = new HashMap<>(); // subject -> {last seq, last hash}
		String globalPrev = GENESIS;
		long after = 0;
		while (true) {
			List<Row> page = page(after);
			for (Row r : page) {
				String key = r.subjectType() + "/" + r.subjectId();
				Object[] last = subjects.getOrDefault(key, new Object[] { 0, GENESIS });
				String content = r.content();
				if (!Sha256.hex(r.payload()).equals(r.payloadDigest())) {
					return ChainVerification.broken(total, r.id(), "payload");
				}
				if (r.seq() != (Integer) last[0] + 1 || !r.prevHash().equals(last[1])
						|| !Sha256.hex(last[1] + "|" + content).equals(r.hash())) {
					return ChainVerification.broken(total, r.id(), "hash");
				}
				if (!r.globalPrevHash().equals(globalPrev) || !Sha256.hex(globalPrev + "|" + content).equals(r.globalHash())) {
					return ChainVerification.broken(total, r.id(), "global");
				}
				subjects.put(key, new Object[] { r.seq(), r.hash() });
				globalPrev = r.globalHash();
				after = r.id();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		Optional<String> finding = checkpoints.findingAgainstLatest();
		if (finding.isPresent()) {
			return ChainVerification.broken(total, checkpoints.latest().map(Checkpoint::headId).orElse(0L),
					finding.get());
		}
		return ChainVerification.ok(total, checkpoints.latest().orElse(null));
	}

	/** The first entry from {@code fromId} on whose global link or global hash does not recompute, if any. */
	private @Nullable GlobalBreak globalChainFrom(long fromId) {
		String globalPrev = jdbc.sql("select global_hash from execution_record where id < ? order by id desc limit 1")
			.param(fromId)
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		long after = fromId - 1;
		while (true) {
			List<Row> page = page(after);
			for (Row r : page) {
				if (!r.globalPrevHash().equals(globalPrev) || !Sha256.hex(globalPrev + "|" + r.content()).equals(r.globalHash())) {
					return new GlobalBreak(r.id());
				}
				globalPrev = r.globalHash();
				after = r.id();
			}
			if (page.size() < PAGE) {
				return null;
			}
		}
	}

	private List<Row> page(long afterId) {
		return jdbc.sql("""
				select id, subject_type, subject_id, seq, action, actor_account_id, certificates, occurred_at, payload,
				  payload_digest, prev_hash, hash, global_prev_hash, global_hash
				from execution_record where id > ? order by id limit ?""")
			.params(afterId, PAGE)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
					rs.getInt("seq"), rs.getString("action"), rs.getLong("actor_account_id"), rs.getString("certificates"),
					ChinaTime.local(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("payload"),
					rs.getString("payload_digest"), rs.getString("prev_hash"), rs.getString("hash"),
					rs.getString("global_prev_hash"), rs.getString("global_hash")))
			.list();
	}

	/** The seq of the subject's last entry appended at or before the given id (its first when none). */
	private static int seqAtOrBefore(List<RecordEntry> entries, long id) {
		int seq = entries.get(0).seq();
		for (RecordEntry e : entries) {
			if (e.id() <= id) {
				seq = e.seq();
			}
		}
		return seq;
	}

	private record GlobalBreak(long id) {
	}

	private record Row(long id, String subjectType, long subjectId, int seq, String action, long actor,
			String certificates, OffsetDateTime occurredAt, String payload, String payloadDigest, String prevHash,
			String hash, String globalPrevHash, String globalHash) {

		String content() {
			return FullProcessRecord.content(subjectType, subjectId, seq, action, actor, certificates,
					occurredAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), payloadDigest);
		}
	}

	/** Whether the facts are those recorded in the entry (same serialisation as when recorded). */
	@Transactional(readOnly = true)
	public boolean recorded(String subjectType, long subjectId, int seq, Map<String, Object> facts) {
		String payload = json.writeValueAsString(new TreeMap<>(facts));
		return entries(subjectType, subjectId).stream().anyMatch(e -> e.seq() == seq && e.payload().equals(payload));
	}

	private static String content(String subjectType, long subjectId, int seq, String action, long actor,
			String certificates, String occurredAt, String digest) {
		return String.join("|", subjectType, String.valueOf(subjectId), String.valueOf(seq), action,
				String.valueOf(actor), certificates, occurredAt, digest);
	}
}
