package cn.oneteam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.AccountPrincipal;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RecordedFact;
import cn.oneteam.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record's chains per partition (docs/adr/0053-record-chains-per-partition.md): writers of different subjects of
 * one province do not wait for each other, entries are sealed in the order they commit, and whatever a superuser
 * deletes or rewrites — a subject's entries, a seal, the head of either of two chains — is found by a neighbour's
 * verification, the whole verification or the checkpoint; entries and checkpoints written before partitions still
 * verify. Subjects of a type of the test's own, never shown to anyone; every test puts back what it changed.
 */
class RecordChainsTests extends IntegrationTest {

	private static final String TYPE = "chain_test";

	@Autowired
	private FullProcessRecord record;

	@Autowired
	private RecordCheckpoints checkpoints;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private UserDetailsService users;

	@Test
	void anUncommittedActionHoldsUpItsSubjectOnlyAndALowerIdCommittedLaterIsSealedAfter() throws Exception {
		long officer = account("dlh.officer1");
		long held = subject();
		long other = subject();
		CountDownLatch recorded = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inTransaction(status -> {
			record.record(fact(held, officer, "held"));
			recorded.countDown();
			await(release);
		}), threads);
		try {
			assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
			// another subject of the same province (the same officer's chain) commits while the first is open
			CompletableFuture.runAsync(() -> inTransaction(status -> record.record(fact(other, officer, "passed"))), threads)
				.get(10, TimeUnit.SECONDS);
			assertThat(record.verify(TYPE, other).intact()).as("sealed while the first is open").isTrue();
			// the same subject waits for the first to commit
			CompletableFuture<Void> same = CompletableFuture
				.runAsync(() -> inTransaction(status -> record.record(fact(held, officer, "waited"))), threads);
			assertThatThrownBy(() -> same.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			same.get(10, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			threads.shutdown();
		}
		assertThat(record.verify(TYPE, held).intact()).isTrue();
		assertThat(record.verify(TYPE, other).intact()).isTrue();
		long heldId = entryId(held, 1);
		long otherId = entryId(other, 1);
		assertThat(heldId).as("the held entry took its id first").isLessThan(otherId);
		assertThat(sealSeq(heldId)).as("and was sealed after the one committed before it").isGreaterThan(sealSeq(otherId));
		assertThat(chainOf(held)).isEqualTo("63").isEqualTo(chainOf(other));
		assertThat(record.verifyAll().intact()).isTrue();
	}

	@Test
	void aSubjectsEntriesDeletedAreFoundByItsNeighbourTheWholeRecordAndTheCheckpoint() {
		long officer = account("dlh.officer1");
		long neighbour = subject();
		long deleted = subject();
		commit(fact(neighbour, officer, "before"));
		commit(fact(deleted, officer, "deleted-1"));
		commit(fact(deleted, officer, "deleted-2"));
		commit(fact(neighbour, officer, "after"));
		checkpoint();
		assertThat(record.verify(TYPE, neighbour).intact()).isTrue();
		List<Map<String, Object>> entries = jdbc.sql("select * from execution_record where subject_type = ? and subject_id = ?")
			.params(TYPE, deleted).query().listOfRows();
		String chain = chainOf(deleted);
		long from = sealSeq((Long) entries.get(0).get("id"));
		List<Map<String, Object>> seals = jdbc.sql("select * from record_seal where chain = ? and seq >= ? order by seq")
			.params(chain, from).query().listOfRows();
		try {
			asSuperuser(db -> db.sql("delete from execution_record where subject_type = ? and subject_id = ?")
				.params(TYPE, deleted).update());
			// their seals stay and point at nothing
			assertThat(record.verify(TYPE, neighbour)).satisfies(v -> {
				assertThat(v.reason()).isEqualTo("global");
				assertThat(v.brokenAt()).isEqualTo(1);
			});
			assertThat(record.verifyAll()).satisfies(v -> {
				assertThat(v.reason()).isEqualTo("global");
				assertThat(v.brokenAtId()).isEqualTo(entries.get(0).get("id"));
			});
			// the seals removed too and the chain recomputed to its head: only the checkpoint shows
			asSuperuser(db -> {
				db.sql("delete from record_seal where chain = ? and seq >= ?").params(chain, from).update();
				String prev = from == 1 ? FullProcessRecord.GENESIS : db.sql("select hash from record_seal where chain = ? and seq = ?")
					.params(chain, from - 1).query(String.class).single();
				long seq = from;
				for (Map<String, Object> seal : seals) {
					List<StoredEntry> entry = db.sql("select " + StoredEntry.COLUMNS + " from execution_record e where e.id = ?")
						.param(seal.get("entry_id")).query(StoredEntry::map).list();
					if (entry.isEmpty()) {
						continue;
					}
					String hash = Sha256.hex(prev + "|" + entry.get(0).content());
					db.sql("insert into record_seal values (?, ?, ?, ?, ?, now())")
						.params(chain, seq++, seal.get("entry_id"), prev, hash).update();
					prev = hash;
				}
			});
			assertThat(record.verify(TYPE, neighbour).reason()).isEqualTo("checkpoint");
			assertThat(record.verifyAll().reason()).isEqualTo("checkpoint");
		}
		finally {
			asSuperuser(db -> {
				for (Map<String, Object> e : entries) {
					insert(db, "execution_record", e);
				}
				db.sql("delete from record_seal where chain = ? and seq >= ?").params(chain, from).update();
				seals.forEach(seal -> insert(db, "record_seal", seal));
			});
		}
		assertThat(record.verify(TYPE, neighbour).intact()).isTrue();
		assertThat(record.verifyAll().intact()).isTrue();
	}

	@Test
	void aRewrittenSealIsFound() {
		long officer = account("dlh.officer1");
		long subject = subject();
		commit(fact(subject, officer, "sealed"));
		commit(fact(subject, officer, "sealed-again"));
		assertThat(record.verify(TYPE, subject).intact()).isTrue();
		long id = entryId(subject, 2);
		String hash = jdbc.sql("select hash from record_seal where entry_id = ?").param(id).query(String.class).single();
		try {
			asSuperuser(db -> db.sql("update record_seal set hash = ? where entry_id = ?")
				.params(Sha256.hex("forged"), id).update());
			assertThat(record.verify(TYPE, subject)).satisfies(v -> {
				assertThat(v.reason()).isEqualTo("global");
				assertThat(v.brokenAt()).isEqualTo(2);
			});
			assertThat(record.verifyAll().brokenAtId()).isEqualTo(id);
		}
		finally {
			asSuperuser(db -> db.sql("update record_seal set hash = ? where entry_id = ?").params(hash, id).update());
		}
		assertThat(record.verify(TYPE, subject).intact()).isTrue();
	}

	@Test
	void aSubjectsEntriesSealedOutOfTheirOrderAreFoundByTheSubjectAndTheWholeVerification() {
		long officer = account("dlh.officer1");
		long subject = subject();
		commit(fact(subject, officer, "first"));
		commit(fact(subject(), officer, "between"));
		commit(fact(subject, officer, "second"));
		assertThat(record.verify(TYPE, subject).intact()).isTrue();
		long first = entryId(subject, 1);
		long second = entryId(subject, 2);
		String chain = chainOf(subject);
		long from = sealSeq(first);
		long to = sealSeq(second);
		List<Map<String, Object>> seals = jdbc.sql("select * from record_seal where chain = ? and seq >= ? order by seq")
			.params(chain, from).query().listOfRows();
		try {
			// the two seals swapped and every seal from the first to the head recomputed: only the order is wrong
			asSuperuser(db -> {
				db.sql("delete from record_seal where chain = ? and seq >= ?").params(chain, from).update();
				String prev = from == 1 ? FullProcessRecord.GENESIS : db.sql("select hash from record_seal where chain = ? and seq = ?")
					.params(chain, from - 1).query(String.class).single();
				for (Map<String, Object> seal : seals) {
					long seq = (Long) seal.get("seq");
					long entryId = seq == from ? second : seq == to ? first : (Long) seal.get("entry_id");
					StoredEntry entry = db.sql("select " + StoredEntry.COLUMNS + " from execution_record e where e.id = ?")
						.param(entryId).query(StoredEntry::map).single();
					String hash = Sha256.hex(prev + "|" + entry.content());
					db.sql("insert into record_seal values (?, ?, ?, ?, ?, now())").params(chain, seq, entryId, prev, hash)
						.update();
					prev = hash;
				}
			});
			assertThat(record.verify(TYPE, subject).reason()).isEqualTo("order");
			assertThat(record.verifyAll()).satisfies(v -> {
				assertThat(v.reason()).isEqualTo("order");
				assertThat(v.brokenAtId()).isEqualTo(first);
			});
		}
		finally {
			asSuperuser(db -> {
				db.sql("delete from record_seal where chain = ? and seq >= ?").params(chain, from).update();
				seals.forEach(seal -> insert(db, "record_seal", seal));
			});
		}
		assertThat(record.verify(TYPE, subject).intact()).isTrue();
	}

	@Test
	void aCheckpointCoversEveryChainAndAHeadRemovedFromEitherIsFound() {
		long national = subject();
		long provincial = subject();
		commit(fact(national, 0, "system"));
		commit(fact(provincial, account("dlh.officer1"), "officer"));
		assertThat(chainOf(national)).isEqualTo(RecordPartitions.NATIONAL);
		assertThat(chainOf(provincial)).isEqualTo("63");
		Checkpoint signed = checkpoint();
		assertThat(signed.version()).isEqualTo("v2");
		assertThat(signed.heads()).extracting(Checkpoint.ChainHead::chain).contains("00", "63");
		assertThat(signed.entries()).isEqualTo(signed.heads().stream().mapToLong(Checkpoint.ChainHead::seq).sum());
		assertThat(Checkpoint.parse(signed.logLine())).isEqualTo(signed);
		assertThat(checkpoints.findingAgainstLatest()).isEmpty();
		for (String chain : List.of("00", "63")) {
			Checkpoint.ChainHead head = signed.heads().stream().filter(h -> h.chain().equals(chain)).findFirst().orElseThrow();
			Map<String, Object> seal = jdbc.sql("select * from record_seal where chain = ? and seq = ?")
				.params(chain, head.seq()).query().singleRow();
			try {
				// the newest seal removed: the chain is consistent, only shorter
				asSuperuser(db -> db.sql("delete from record_seal where chain = ? and seq = ?").params(chain, head.seq())
					.update());
				assertThat(checkpoints.findingAgainstLatest()).as(chain).contains("checkpoint");
			}
			finally {
				asSuperuser(db -> insert(db, "record_seal", seal));
			}
			assertThat(checkpoints.findingAgainstLatest()).isEmpty();
		}
		// a head changed in the log, its signature kept, fails the digest of the heads
		String forged = signed.logLine().replace(signed.heads().get(0).hash(), Sha256.hex("forged"));
		assertThat(checkpoints.signatureValid(Checkpoint.parse(forged))).isFalse();
	}

	@Test
	void entriesAndCheckpointsOfBeforePartitionsStillVerifyAndTheirSubjectMovesIntoAChain() throws Exception {
		long officer = account("dlh.officer1");
		long subject = subject();
		checkpoint();
		// an entry as written before partitions: its subject's chain and the legacy global chain, no partition
		String[] head = { FullProcessRecord.GENESIS };
		long[] legacy = { 0 };
		jdbc.sql("select global_hash, (select count(*) from execution_record where global_hash is not null) as n "
				+ "from execution_record where global_hash is not null order by id desc limit 1").query(rs -> {
					head[0] = rs.getString("global_hash");
					legacy[0] = rs.getLong("n");
				});
		String occurredAt = ChinaTime.local(OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS))
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String payload = "{\"step\":\"legacy\"}";
		String content = StoredEntry.content(TYPE, subject, 1, "legacy", officer, "", occurredAt, Sha256.hex(payload));
		String hash = Sha256.hex(FullProcessRecord.GENESIS + "|" + content);
		String globalHash = Sha256.hex(head[0] + "|" + content);
		long id = jdbc.sql("""
				insert into execution_record (subject_type, subject_id, seq, action, actor_account_id, certificates,
				  occurred_at, payload, payload_digest, prev_hash, hash, global_prev_hash, global_hash)
				values (?, ?, 1, 'legacy', ?, '', ?::timestamptz, ?, ?, ?, ?, ?, ?) returning id""")
			.params(TYPE, subject, officer, occurredAt, payload, Sha256.hex(payload), FullProcessRecord.GENESIS, hash,
					head[0], globalHash)
			.query(Long.class).single();
		Checkpoint latest = checkpoints.latest().orElseThrow();
		Checkpoint v1 = new Checkpoint("v1", latest.at().plusSeconds(1), legacy[0] + 1, id, globalHash,
				List.of(new Checkpoint.ChainHead(Checkpoint.LEGACY, legacy[0] + 1, id, globalHash)),
				latest.keyFingerprint(), "");
		String line = v1.signed(checkpoints.sign(v1.signedText())).logLine();
		assertThat(line).startsWith("v1 ").doesNotContain("legacy:");
		// a v1 line as the latest: it stays valid, so the shared test database goes on verifying
		Files.writeString(CHECKPOINT_DIRECTORY.resolve("log/record.log"), line + "\n", StandardOpenOption.APPEND);
		Checkpoint read = checkpoints.latest().orElseThrow();
		assertThat(read.version()).isEqualTo("v1");
		assertThat(checkpoints.signatureValid(read)).isTrue();
		assertThat(checkpoints.findingAgainstLatest()).isEmpty();
		assertThat(record.verify(TYPE, subject).intact()).isTrue();
		// the subject's next entry goes into the acting officer's province and the whole still verifies
		commit(fact(subject, officer, "after-upgrade"));
		assertThat(record.verify(TYPE, subject)).satisfies(v -> {
			assertThat(v.intact()).isTrue();
			assertThat(v.entries()).isEqualTo(2);
		});
		assertThat(chainOf(subject)).isEqualTo("63");
		assertThat(record.verifyAll().intact()).isTrue();
		Checkpoint signed = checkpoint();
		assertThat(signed.heads()).contains(new Checkpoint.ChainHead(Checkpoint.LEGACY, legacy[0] + 1, id, globalHash));
		assertThat(checkpoints.findingAgainstLatest()).isEmpty();
	}

	// --- the fixture ---

	private long subject() {
		return UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE;
	}

	private long account(String username) {
		return ((AccountPrincipal) users.loadUserByUsername(username)).accountId();
	}

	private static RecordedFact fact(long subject, long actor, String step) {
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		return new RecordedFact() {
			public String subjectType() {
				return TYPE;
			}

			public long subjectId() {
				return subject;
			}

			public String action() {
				return "chain-test";
			}

			public long actorAccountId() {
				return actor;
			}

			public List<String> certificateNumbers() {
				return List.of();
			}

			public OffsetDateTime occurredAt() {
				return now;
			}

			public Map<String, Object> facts() {
				return Map.of("step", step);
			}
		};
	}

	private void commit(RecordedFact fact) {
		inTransaction(status -> record.record(fact));
	}

	private void inTransaction(Consumer<Object> work) {
		new TransactionTemplate(transactions).executeWithoutResult(work::accept);
	}

	private Checkpoint checkpoint() {
		return actingAs("admin", checkpoints::checkpointNow);
	}

	private void asSuperuser(Consumer<JdbcClient> work) {
		inTransaction(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			work.accept(jdbc);
		});
	}

	private static void insert(JdbcClient db, String table, Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String values = String.join(", ", row.keySet().stream().map(k -> "?").toList());
		db.sql("insert into " + table + " (" + columns + ") overriding system value values (" + values + ")")
			.params(row.values().toArray()).update();
	}

	private long entryId(long subject, int seq) {
		return jdbc.sql("select id from execution_record where subject_type = ? and subject_id = ? and seq = ?")
			.params(TYPE, subject, seq).query(Long.class).single();
	}

	private long sealSeq(long entryId) {
		return jdbc.sql("select seq from record_seal where entry_id = ?").param(entryId).query(Long.class).single();
	}

	private String chainOf(long subject) {
		return jdbc.sql("select chain from execution_record where subject_type = ? and subject_id = ? order by seq desc limit 1")
			.params(TYPE, subject).query(String.class).single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
