package cn.oneteam.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * 执法全过程记录: appends every {@link RecordedFact} to its subject's hash chain, in the transaction that published it,
 * and queues it for sealing into its partition's chain after commit; verifies chains end to end. Each hash covers the
 * previous hash and the entry's content, so changing, removing or reordering an entry breaks every hash after it.
 * Writers of different subjects never wait for each other: only a subject's own appends are serialised
 * (docs/adr/0053-record-chains-per-partition.md). Entries written before partitions keep their global chain, verified
 * as before (docs/adr/0007-tamper-evidence.md).
 */
@Service
public class FullProcessRecord {

	static final String GENESIS = "0".repeat(64);

	private static final int PAGE = 2_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RecordCheckpoints checkpoints;

	private final RecordSealer sealer;

	private final RecordPartitions partitions;

	FullProcessRecord(JdbcClient jdbc, JsonMapper json, RecordCheckpoints checkpoints, RecordSealer sealer,
			RecordPartitions partitions) {
		this.jdbc = jdbc;
		this.json = json;
		this.checkpoints = checkpoints;
		this.sealer = sealer;
		this.partitions = partitions;
	}

	/**
	 * Synchronous, inside the publisher's transaction: the action and its record commit or roll back together. Three
	 * statements: the subject's lock, its last entry, and the entry inserted with its place in the sealing queue.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(RecordedFact fact) {
		jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(RecordSealer.SUBJECT_LOCK, fact.subjectType() + "/" + fact.subjectId())
			.query(Object.class)
			.single();
		String payload = json.writeValueAsString(new TreeMap<>(fact.facts()));
		String digest = Sha256.hex(payload);
		String certificates = String.join(",", fact.certificateNumbers());
		// to the microsecond the database keeps, so that verification recomputes the same text
		String occurredAt = ChinaTime.local(fact.occurredAt().truncatedTo(ChronoUnit.MILLIS))
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		List<Object[]> last = jdbc.sql("""
				select seq, hash, chain from execution_record where subject_type = ? and subject_id = ?
				order by seq desc limit 1""")
			.params(fact.subjectType(), fact.subjectId())
			.query((rs, n) -> new Object[] { rs.getInt("seq"), rs.getString("hash"), rs.getString("chain") })
			.list();
		int seq = last.isEmpty() ? 1 : (Integer) last.get(0)[0] + 1;
		String prev = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
		// a subject keeps the chain its first entry chose; a subject of the legacy chain chooses with its next entry
		String chain = last.isEmpty() || last.get(0)[2] == null ? partitions.chainOf(fact.actorAccountId())
				: (String) last.get(0)[2];
		String content = StoredEntry.content(fact.subjectType(), fact.subjectId(), seq, fact.action(),
				fact.actorAccountId(), certificates, occurredAt, digest);
		jdbc.sql("""
				with entry as (
				  insert into execution_record (subject_type, subject_id, seq, action, actor_account_id, certificates,
				    occurred_at, payload, payload_digest, prev_hash, hash, chain)
				  values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?) returning id, chain)
				insert into record_unsealed (chain, entry_id) select chain, id from entry""")
			.params(fact.subjectType(), fact.subjectId(), seq, fact.action(), fact.actorAccountId(), certificates,
					occurredAt, payload, digest, prev, Sha256.hex(prev + "|" + content), chain)
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sealer.nudge(chain);
				}
			});
		}
	}

	@Transactional(readOnly = true)
	public List<RecordEntry> entries(String subjectType, long subjectId) {
		return stored(subjectType, subjectId).stream()
			.map(e -> new RecordEntry(e.id(), e.subjectType(), e.subjectId(), e.seq(), e.action(), e.actor(),
					e.certificates(), e.occurredAt(), e.payload(), e.payloadDigest(), e.prevHash(), e.hash()))
			.toList();
	}

	private List<StoredEntry> stored(String subjectType, long subjectId) {
		return jdbc.sql("select " + StoredEntry.COLUMNS + """
				 from execution_record e where e.subject_type = ? and e.subject_id = ? order by e.seq""")
			.params(subjectType, subjectId)
			.query(StoredEntry::map)
			.list();
	}

	/**
	 * Seals what is pending in the subject's chain (so that an action just done is sealed too), then recomputes the subject's chain from its first entry (content
	 * digests, links, hashes, entries in the order they were appended), then its partition's chain of seals from content
	 * from the subject's first seal to the chain's head (and, for entries written before partitions, the legacy global
	 * chain from the subject's first to its head), so that an entry rewritten, removed or inserted anywhere since, its
	 * hashes recomputed or not, shows; every entry of the subject must be sealed or waiting to be. Then checks the heads
	 * against the latest signed checkpoint (entries removed or rewritten before it show even when every chain was
	 * recomputed; docs/adr/0007-tamper-evidence.md, docs/adr/0053-record-chains-per-partition.md). A subject that
	 * should have a record and has none is broken.
	 */
	@Transactional(readOnly = true)
	public Verification verify(String subjectType, long subjectId) {
		List<StoredEntry> entries = stored(subjectType, subjectId);
		if (entries.isEmpty()) {
			return Verification.broken(0, 1, "missing");
		}
		// entries still waiting for their seal count as waiting: sealing here would take a second pooled connection
		// while this transaction holds one, and a burst of verifications (every case page) could then wait on the pool
		String prev = GENESIS;
		int expectedSeq = 1;
		long lastId = 0;
		for (StoredEntry e : entries) {
			if (e.seq() != expectedSeq) {
				return Verification.broken(entries.size(), expectedSeq, "missing");
			}
			if (!Sha256.hex(e.payload()).equals(e.payloadDigest())) {
				return Verification.broken(entries.size(), e.seq(), "payload");
			}
			if (!e.prevHash().equals(prev)) {
				return Verification.broken(entries.size(), e.seq(), "link");
			}
			if (!Sha256.hex(prev + "|" + e.content()).equals(e.hash())) {
				return Verification.broken(entries.size(), e.seq(), "hash");
			}
			if (e.id() <= lastId) { // the entry before was appended after this one: put in afterwards
				return Verification.broken(entries.size(), e.seq() - 1, "order");
			}
			lastId = e.id();
			prev = e.hash();
			expectedSeq++;
		}
		Optional<StoredEntry> firstLegacy = entries.stream().filter(StoredEntry::legacy).findFirst();
		if (firstLegacy.isPresent()) {
			Long broken = legacyChainFrom(firstLegacy.get().id());
			if (broken != null) {
				return Verification.broken(entries.size(), seqAtOrBefore(entries, broken), "global");
			}
		}
		Verification partition = partitionOf(entries);
		if (partition != null) {
			return partition;
		}
		Optional<String> finding = checkpoints.findingAgainstLatest();
		if (finding.isPresent()) {
			long head = checkpoints.latest().map(Checkpoint::headId).orElse(Long.MAX_VALUE);
			return Verification.broken(entries.size(), seqAtOrBefore(entries, head), finding.get());
		}
		return Verification.ok(entries.size());
	}

	/**
	 * The subject's entries of a partition: sealed in seq order in their chain, whose seals recompute from content from
	 * the subject's first seal to the head ("global", at the subject's entry of the broken seal or the last before it),
	 * and every one sealed or waiting in the queue ("unsealed"). Null when all holds.
	 */
	private @Nullable Verification partitionOf(List<StoredEntry> entries) {
		List<StoredEntry> partitioned = entries.stream().filter(e -> !e.legacy()).toList();
		if (partitioned.isEmpty()) {
			return null;
		}
		String chain = partitioned.get(0).chain();
		if (chain == null || partitioned.stream().anyMatch(e -> !chain.equals(e.chain()))) {
			return Verification.broken(entries.size(), partitioned.get(0).seq(), "global");
		}
		Map<Long, StoredEntry> ours = new HashMap<>();
		partitioned.forEach(e -> ours.put(e.id(), e));
		long[] ids = ours.keySet().stream().mapToLong(Long::longValue).toArray();
		// read before the seals: an entry sealed meanwhile leaves the queue, and then its seal is read
		Set<Long> queued = new HashSet<>(jdbc.sql("select entry_id from record_unsealed where entry_id = any(?)")
			.param(ids)
			.query(Long.class)
			.list());
		long first = jdbc.sql("select coalesce(min(seq), 0) from record_seal where chain = ? and entry_id = any(?)")
			.params(chain, ids)
			.query(Long.class)
			.single();
		Set<Long> sealed = new HashSet<>();
		if (first > 0) {
			int[] at = { partitioned.get(0).seq() };
			SealBreak broken = sealsFrom(chain, first, seal -> {
				StoredEntry e = ours.get(seal.entryId());
				if (e != null) {
					if (e.seq() < at[0]) {
						return false; // sealed before an entry of the subject written before it
					}
					at[0] = e.seq();
					sealed.add(e.id());
				}
				return true;
			});
			if (broken != null) {
				StoredEntry e = ours.get(broken.entryId());
				return Verification.broken(entries.size(), e != null ? e.seq() : at[0], broken.reason());
			}
		}
		for (StoredEntry e : partitioned) {
			if (!sealed.contains(e.id()) && !queued.contains(e.id())) {
				return Verification.broken(entries.size(), e.seq(), "unsealed");
			}
		}
		return null;
	}

	/**
	 * Verifies the whole record after sealing what is committed: every entry's subject chain recomputed from content in
	 * the order appended, the legacy global chain, every partition's chain of seals (a subject's entries sealed in seq
	 * order, "order"), every entry of a partition sealed exactly once or waiting to be, and the heads against the latest
	 * signed checkpoint.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verifyAll() {
		sealer.sealAll(true);
		long total = jdbc.sql("select count(*) from execution_record").query(Long.class).single();
		Map<String, Object[]> subjects = new HashMap<>(); // subject -> {last seq, last hash}
		String globalPrev = GENESIS;
		long after = 0;
		while (true) {
			List<StoredEntry> page = page(after, false);
			for (StoredEntry r : page) {
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
				if (r.legacy()) {
					if (!globalPrev.equals(r.globalPrevHash()) || !Sha256.hex(globalPrev + "|" + content).equals(r.globalHash())) {
						return ChainVerification.broken(total, r.id(), "global");
					}
					globalPrev = r.globalHash();
				}
				else if (r.chain() == null) {
					return ChainVerification.broken(total, r.id(), "global");
				}
				subjects.put(key, new Object[] { r.seq(), r.hash() });
				after = r.id();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		for (String chain : jdbc.sql("select distinct chain from record_seal").query(String.class).list()) {
			// a subject's entries sealed in seq order, as verify(subject) checks ("order"); a subject keeps one chain
			Map<String, Integer> sealedUpTo = new HashMap<>();
			SealBreak broken = sealsFrom(chain, 1, seal -> {
				StoredEntry e = seal.entry();
				Integer before = sealedUpTo.put(e.subjectType() + "/" + e.subjectId(), e.seq());
				return before == null || before < e.seq();
			});
			if (broken != null) {
				return ChainVerification.broken(total, broken.entryId(), broken.reason());
			}
		}
		long unsealed = jdbc.sql("""
				select coalesce(min(e.id), 0) from execution_record e where e.chain is not null
				  and not exists (select 1 from record_seal s where s.entry_id = e.id)
				  and not exists (select 1 from record_unsealed u where u.entry_id = e.id)""")
			.query(Long.class)
			.single();
		if (unsealed > 0) {
			return ChainVerification.broken(total, unsealed, "unsealed");
		}
		Optional<String> finding = checkpoints.findingAgainstLatest();
		if (finding.isPresent()) {
			return ChainVerification.broken(total, checkpoints.latest().map(Checkpoint::headId).orElse(0L),
					finding.get());
		}
		return ChainVerification.ok(total, checkpoints.latest().orElse(null));
	}

	/** One seal of a chain as read with its entry. */
	private record Seal(long seq, long entryId, String prevHash, String hash, @Nullable StoredEntry entry) {
	}

	/** Where a chain of seals breaks: the entry of the seal, and why. */
	private record SealBreak(long entryId, String reason) {
	}

	/**
	 * Walks the chain's seals from {@code fromSeq} to its head: each seal's link to the one before, its entry present and
	 * of the chain, its hash recomputed from the entry's content ("global"); {@code check} sees each seal's entry and may
	 * refuse it ("order"). The first break, or null.
	 */
	private @Nullable SealBreak sealsFrom(String chain, long fromSeq,
			java.util.function.Predicate<Seal> check) {
		String prev = fromSeq <= 1 ? GENESIS : jdbc.sql("select hash from record_seal where chain = ? and seq = ?")
			.params(chain, fromSeq - 1)
			.query(String.class)
			.optional()
			.orElse("");
		long expected = fromSeq;
		while (true) {
			List<Seal> page = jdbc.sql("select s.seq as seal_seq, s.entry_id as seal_entry, s.prev_hash as seal_prev, s.hash as seal_hash, "
					+ StoredEntry.COLUMNS + """
					 from record_seal s left join execution_record e on e.id = s.entry_id
					where s.chain = ? and s.seq >= ? order by s.seq limit ?""")
				.params(chain, expected, PAGE)
				.query((rs, n) -> new Seal(rs.getLong("seal_seq"), rs.getLong("seal_entry"), rs.getString("seal_prev"),
						rs.getString("seal_hash"), rs.getObject("id") == null ? null : StoredEntry.map(rs, n)))
				.list();
			for (Seal s : page) {
				StoredEntry e = s.entry();
				if (s.seq() != expected || !s.prevHash().equals(prev) || e == null || !chain.equals(e.chain())
						|| !Sha256.hex(prev + "|" + e.content()).equals(s.hash())) {
					return new SealBreak(s.entryId(), "global");
				}
				if (!check.test(s)) {
					return new SealBreak(s.entryId(), "order");
				}
				prev = s.hash();
				expected++;
			}
			if (page.size() < PAGE) {
				return null;
			}
		}
	}

	/** The first legacy entry from {@code fromId} on whose global link or global hash does not recompute, if any. */
	private @Nullable Long legacyChainFrom(long fromId) {
		String globalPrev = jdbc.sql("""
				select global_hash from execution_record where id < ? and global_hash is not null order by id desc limit 1""")
			.param(fromId)
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		long after = fromId - 1;
		while (true) {
			List<StoredEntry> page = page(after, true);
			for (StoredEntry r : page) {
				if (!globalPrev.equals(r.globalPrevHash()) || !Sha256.hex(globalPrev + "|" + r.content()).equals(r.globalHash())) {
					return r.id();
				}
				globalPrev = r.globalHash();
				after = r.id();
			}
			if (page.size() < PAGE) {
				return null;
			}
		}
	}

	private List<StoredEntry> page(long afterId, boolean legacyOnly) {
		return jdbc.sql("select " + StoredEntry.COLUMNS + " from execution_record e where e.id > ?"
				+ (legacyOnly ? " and e.global_hash is not null" : "") + " order by e.id limit ?")
			.params(afterId, PAGE)
			.query(StoredEntry::map)
			.list();
	}

	/** The seq of the subject's last entry appended at or before the given id (its first when none). */
	private static int seqAtOrBefore(List<StoredEntry> entries, long id) {
		int seq = entries.get(0).seq();
		for (StoredEntry e : entries) {
			if (e.id() <= id) {
				seq = e.seq();
			}
		}
		return seq;
	}

	/** Whether the facts are those recorded in the entry (same serialisation as when recorded). */
	@Transactional(readOnly = true)
	public boolean recorded(String subjectType, long subjectId, int seq, Map<String, Object> facts) {
		String payload = json.writeValueAsString(new TreeMap<>(facts));
		return entries(subjectType, subjectId).stream().anyMatch(e -> e.seq() == seq && e.payload().equals(payload));
	}
}
