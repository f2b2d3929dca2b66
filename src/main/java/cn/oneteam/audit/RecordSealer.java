package cn.oneteam.audit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.Sha256;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 封存: links committed entries of a chain into the chain's hash chain ({@code record_seal}), in the order it seals
 * them — not in id order, as ids are taken before commit (docs/adr/0053-record-chains-per-partition.md). One session
 * at a time seals a chain (a transaction-level advisory lock per chain), up to {@value #BATCH} entries a transaction.
 * It runs when a transaction that recorded commits (a nudge, on one thread of its own), every second as a sweep (one
 * instance at a time, docs/adr/0017-scheduled-scans.md), and synchronously before a verification or a checkpoint.
 */
@Service
class RecordSealer {

	/** The class of the two-int advisory locks of a subject's chain; the key is {@code hashtext('type/id')}. */
	static final int SUBJECT_LOCK = 7101;

	/** The class of the two-int advisory locks of a chain's sealing; the key is {@code hashtext(chain)}. */
	static final int SEAL_LOCK = 7102;

	private static final long SWEEP_LOCK = 7_100_004L;

	private static final int BATCH = 1_000;

	private static final Logger log = LoggerFactory.getLogger(RecordSealer.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	private final ScheduledScans.Scan sweep;

	private final Set<String> nudged = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean draining = new AtomicBoolean();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "record-sealer");
		t.setDaemon(true);
		return t;
	});

	RecordSealer(JdbcClient jdbc, PlatformTransactionManager transactions, ScheduledScans scans) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sweep = scans.declare("record-seal", SWEEP_LOCK);
	}

	/** After a commit that recorded in the chain: seal it soon, on the sealer's thread (nudges coalesce). */
	void nudge(String chain) {
		nudged.add(chain);
		if (draining.compareAndSet(false, true)) {
			try {
				worker.execute(this::drain);
			}
			catch (RejectedExecutionException stopping) { // the application stops: the next start's sweep seals it
				draining.set(false);
			}
		}
	}

	private void drain() {
		try {
			while (!nudged.isEmpty()) {
				for (String chain : List.copyOf(nudged)) {
					nudged.remove(chain);
					try {
						seal(chain, false);
					}
					catch (RuntimeException e) {
						log.warn("Sealing the record's chain {} failed; the sweep seals it again", chain, e);
					}
				}
			}
		}
		finally {
			draining.set(false);
		}
		if (!nudged.isEmpty() && draining.compareAndSet(false, true)) {
			worker.execute(this::drain);
		}
	}

	/** Every second on every instance, one at a time: seals what nudges missed (another instance's, a crash's). */
	@Scheduled(fixedDelayString = "${oneteam.record.seal.sweep:PT1S}", initialDelayString = "${oneteam.record.seal.sweep:PT1S}")
	public void scheduled() {
		sweep.runScheduled(() -> sealAll(false), sealed -> {
			if (sealed > 0) {
				log.debug("Record sweep sealed {} entries", sealed);
			}
		});
	}

	/**
	 * Seals every chain's committed entries; with {@code wait}, waits for a session sealing a chain meanwhile (before
	 * a checkpoint or a whole verification), otherwise skips such a chain. The number sealed.
	 */
	long sealAll(boolean wait) {
		long sealed = 0;
		for (String chain : jdbc.sql("select distinct chain from record_unsealed").query(String.class).list()) {
			sealed += seal(chain, wait);
		}
		return sealed;
	}

	/** Seals the chain's committed entries, in transactions of up to {@value #BATCH} entries. The number sealed. */
	long seal(String chain, boolean wait) {
		long sealed = 0;
		while (true) {
			Integer batch = own.execute(status -> sealBatch(chain, wait));
			sealed += batch == null ? 0 : batch;
			if (batch == null || batch < BATCH) {
				return sealed;
			}
		}
	}

	private int sealBatch(String chain, boolean wait) {
		if (wait) {
			jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(SEAL_LOCK, chain).query(Object.class)
				.single();
		}
		else if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?, hashtext(?))")
			.params(SEAL_LOCK, chain).query(Boolean.class).single())) {
			return 0;
		}
		List<StoredEntry> entries = jdbc.sql("select " + StoredEntry.COLUMNS + """
				 from record_unsealed u join execution_record e on e.id = u.entry_id
				where u.chain = ? order by u.entry_id limit ? for update of u skip locked""")
			.params(chain, BATCH)
			.query(StoredEntry::map)
			.list();
		if (entries.isEmpty()) {
			return 0;
		}
		long[] head = { 0 };
		String[] prev = { FullProcessRecord.GENESIS };
		jdbc.sql("select seq, hash from record_seal where chain = ? order by seq desc limit 1").param(chain)
			.query(rs -> {
				head[0] = rs.getLong("seq");
				prev[0] = rs.getString("hash");
			});
		int n = entries.size();
		long[] seqs = new long[n];
		long[] ids = new long[n];
		String[] prevs = new String[n];
		String[] hashes = new String[n];
		for (int i = 0; i < n; i++) {
			seqs[i] = head[0] + i + 1;
			ids[i] = entries.get(i).id();
			prevs[i] = prev[0];
			hashes[i] = Sha256.hex(prev[0] + "|" + entries.get(i).content());
			prev[0] = hashes[i];
		}
		jdbc.sql("""
				insert into record_seal (chain, seq, entry_id, prev_hash, hash, sealed_at)
				select ?, s, e, p, h, now() from unnest(?, ?, ?, ?) as t(s, e, p, h)""")
			.params(chain, seqs, ids, prevs, hashes)
			.update();
		jdbc.sql("delete from record_unsealed where chain = ? and entry_id = any(?)").params(chain, ids).update();
		return n;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
