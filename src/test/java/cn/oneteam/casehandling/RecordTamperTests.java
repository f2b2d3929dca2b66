package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.CaseEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.Sha256;
import cn.oneteam.audit.CheckpointSink;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Tampering as someone with database superuser access would do it — the append-only triggers switched off
 * ({@code session_replication_role = replica}), hashes recomputed — and each kind found by the case's
 * {@code record/verify} (docs/adr/0007-tamper-evidence.md, docs/adr/0053-record-chains-per-partition.md): an entry
 * edited and its case's hashes recomputed, or its chain's seals recomputed to the head too; the newest entries deleted; an entry inserted; an evidence file swapped with its
 * digest; a document swapped with its digest; evidence metadata edited; the case row edited; a forged checkpoint. Every
 * test puts the database back as it was, so that the shared test database keeps verifying.
 */
@Import(RecordTamperTests.LocksWatched.class)
class RecordTamperTests extends CaseApiTest {

	private static final String GENESIS = "0".repeat(64);

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private LockWatchingSink lockWatch;

	/** Per chain, the first seal of the rows last read by {@link #rowsFrom}, and the seals from there as they were. */
	private Map<String, Long> savedFirst = Map.of();

	private List<Map<String, Object>> savedSeals = List.of();

	@Test
	void aCheckpointLeavesTheRecordOpenToWritersWhileItsSinksKeepIt() throws Exception {
		lockWatch.seen.clear();
		checkpoint();
		assertThat(lockWatch.seen).singleElement().satisfies(held -> {
			assertThat(held[0]).as("a chain's sealing lock held while a sink keeps the checkpoint").isFalse();
			assertThat(held[1]).as("the checkpoint lock held: one instance signs at a time").isTrue();
		});
	}

	@Test
	void anEntryEditedAndItsCaseRehashedIsFoundByTheGlobalChain() throws Exception {
		long id = filedAndCheckpointed("（篡改）改写记录一有限公司");
		List<Row> original = rowsFrom(firstId(id));
		try {
			rewrite(original, rows -> edited(rows, id, 2), false);
			assertThat(verify(id)).isEqualTo("global@2");
		}
		finally {
			restore(original);
		}
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void anEntryEditedAndBothChainsRecomputedToTheHeadIsFoundByTheCheckpoint() throws Exception {
		long id = filedAndCheckpointed("（篡改）改写记录二有限公司");
		List<Row> original = rowsFrom(firstId(id));
		try {
			rewrite(original, rows -> edited(rows, id, 2), true);
			assertThat(verify(id)).startsWith("checkpoint@");
			assertThat(wholeRecord().get("reason").asString()).isEqualTo("checkpoint");
		}
		finally {
			restore(original);
		}
		assertThat(verify(id)).isEqualTo("intact");
		assertThat(wholeRecord().get("intact").asBoolean()).isTrue();
	}

	@Test
	void theNewestEntriesDeletedAreFoundByTheCheckpoint() throws Exception {
		long id = filedAndCheckpointed("（篡改）删除记录有限公司");
		List<Row> original = rowsFrom(firstId(id));
		assertThat(original.get(original.size() - 1).subjectId()).isEqualTo(id); // the newest entries are the case's
		try {
			rewrite(original, rows -> new ArrayList<>(rows.subList(0, rows.size() - 2)), false);
			assertThat(verify(id)).startsWith("global@"); // their seals point at nothing
			rewrite(original, rows -> new ArrayList<>(rows.subList(0, rows.size() - 2)), true);
			assertThat(verify(id)).startsWith("checkpoint@");
		}
		finally {
			restore(original);
		}
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void anEntryInsertedIsFoundByItsPlaceOrTheCheckpoint() throws Exception {
		long id = filedAndCheckpointed("（篡改）插入记录有限公司");
		List<Row> original = rowsFrom(firstId(id));
		try {
			// a forged entry as seq 2, the later entries renumbered and both chains recomputed: appended last
			rewrite(original, rows -> inserted(rows, id, false), true);
			assertThat(verify(id)).isEqualTo("order@2");
			// the same with the ids shifted too, so that the forged entry sits in its place: only the checkpoint shows
			rewrite(original, rows -> inserted(rows, id, true), true);
			assertThat(verify(id)).startsWith("checkpoint@");
		}
		finally {
			restore(original);
		}
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void anEvidenceFileSwappedWithItsDigestIsFound() throws Exception {
		long id = investigating("（篡改）证据替换有限公司");
		byte[] text = "现场检查笔录：当事人在店外占道经营。".getBytes(StandardCharsets.UTF_8);
		long item = upload(id, text);
		assertThat(verify(id)).isEqualTo("intact");
		String key = jdbc.sql("select storage_key from evidence where id = ?").param(item).query(String.class).single();
		Path file = EVIDENCE_DIRECTORY.resolve(key);
		byte[] swapped = "现场检查笔录：当事人未在店外经营。".getBytes(StandardCharsets.UTF_8);
		try {
			Files.write(file, swapped);
			assertThat(verify(id)).isEqualTo("evidence-file@" + attachSeq(id)); // the file alone
			asSuperuser(db -> db.sql("update evidence set sha256 = ?, size_bytes = ? where id = ?")
				.params(Sha256.hex(swapped), swapped.length, item).update());
			assertThat(verify(id)).isEqualTo("evidence-changed@" + attachSeq(id)); // file and digest
			JsonNode checked = body(mvc.perform(post("/api/v1/evidence/{id}/verify", item).with(as("dlh.officer1"))
				.with(csrf())).andExpect(status().isOk()));
			assertThat(checked.get("integrity").asString()).isEqualTo("ALTERED");
			mvc.perform(get("/api/v1/evidence/{id}/content", item).with(as("dlh.officer1")))
				.andExpect(status().isConflict());
		}
		finally {
			Files.write(file, text);
			asSuperuser(db -> db.sql("update evidence set sha256 = ?, size_bytes = ? where id = ?")
				.params(Sha256.hex(text), text.length, item).update());
		}
		assertThat(verifiedStatus(id, "evidence-altered")).isTrue(); // the finding stays in the record, intact
	}

	@Test
	void evidenceMetadataEditedIsFound() throws Exception {
		long id = investigating("（篡改）证据信息有限公司");
		long item = upload(id, "询问笔录".getBytes(StandardCharsets.UTF_8));
		assertThat(verify(id)).isEqualTo("intact");
		String place = jdbc.sql("select place from evidence where id = ?").param(item).query(String.class).single();
		try {
			asSuperuser(db -> db.sql("update evidence set place = ? where id = ?").params("德令哈市柴达木路1号", item)
				.update());
			assertThat(verify(id)).isEqualTo("evidence-changed@" + attachSeq(id));
		}
		finally {
			asSuperuser(db -> db.sql("update evidence set place = ? where id = ?").params(place, item).update());
		}
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void aDocumentSwappedWithItsDigestIsFound() throws Exception {
		long id = atNotice("ORGANISATION", "（篡改）文书替换有限公司", "2026-11-10", "2026-11-12", "2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-11-13\",\"hearingRightNotified\":false}");
		assertThat(verify(id)).isEqualTo("intact");
		JsonNode document = documents(id).get(0);
		long documentId = document.get("id").asLong();
		Map<String, Object> kept = jdbc.sql("select sha256, content from issued_document where id = ?")
			.param(documentId).query().singleRow();
		byte[] forged = "%PDF-1.7 forged".getBytes(StandardCharsets.US_ASCII);
		try {
			asSuperuser(db -> db.sql("update issued_document set content = ?, sha256 = ? where id = ?")
				.params(forged, Sha256.hex(forged), documentId).update());
			assertThat(verify(id)).startsWith("document-changed@");
			mvc.perform(get("/api/v1/cases/" + id + "/documents/" + documentId).with(as("dlh.officer1")))
				.andExpect(status().isConflict());
		}
		finally {
			asSuperuser(db -> db.sql("update issued_document set content = ?, sha256 = ? where id = ?")
				.params(kept.get("content"), kept.get("sha256"), documentId).update());
		}
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void anotherDocumentsBytesCopiedWithTheirDigestIntoADocumentAreFound() throws Exception {
		long id = atNotice("ORGANISATION", "（篡改）文书互换有限公司", "2026-11-10", "2026-11-12", "2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-11-13\",\"hearingRightNotified\":false}");
		assertThat(verify(id)).isEqualTo("intact");
		List<JsonNode> issued = documents(id);
		assertThat(issued).hasSizeGreaterThanOrEqualTo(2);
		long a = issued.get(0).get("id").asLong();
		long b = issued.get(1).get("id").asLong();
		Map<String, Object> kept = jdbc.sql("select sha256, content from issued_document where id = ?").param(b)
			.query().singleRow();
		mvc.perform(get("/api/v1/cases/" + id + "/documents/" + b).with(as("dlh.officer1"))).andExpect(status().isOk());
		try {
			// A's bytes and digest into B's row: both are bytes the case's record keeps, but not for B
			asSuperuser(db -> db.sql("""
					update issued_document set (content, sha256) = (select content, sha256 from issued_document where id = ?)
					where id = ?""").params(a, b).update());
			mvc.perform(get("/api/v1/cases/" + id + "/documents/" + b).with(as("dlh.officer1")))
				.andExpect(status().isConflict());
			mvc.perform(get("/api/v1/cases/" + id + "/documents/" + a).with(as("dlh.officer1")))
				.andExpect(status().isOk());
			assertThat(verify(id)).startsWith("document-changed@");
		}
		finally {
			asSuperuser(db -> db.sql("update issued_document set content = ?, sha256 = ? where id = ?")
				.params(kept.get("content"), kept.get("sha256"), b).update());
		}
		mvc.perform(get("/api/v1/cases/" + id + "/documents/" + b).with(as("dlh.officer1"))).andExpect(status().isOk());
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void theCaseRowEditedIsFound() throws Exception {
		long id = atNotice("ORGANISATION", "（篡改）案件改写有限公司", "2026-11-10", "2026-11-12", "2000", ORDINARY);
		assertThat(verify(id)).isEqualTo("intact");
		String party = jdbc.sql("select party_name from penalty_case where id = ?").param(id).query(String.class)
			.single();
		try {
			asSuperuser(db -> db.sql("update penalty_case set party_name = ? where id = ?").params("（篡改）他人", id)
				.update());
			assertThat(verify(id)).startsWith("case-changed@");
		}
		finally {
			asSuperuser(db -> db.sql("update penalty_case set party_name = ? where id = ?").params(party, id).update());
		}
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void aCheckpointWhoseSignatureFailsIsAFinding() throws Exception {
		long id = filedAndCheckpointed("（篡改）检查点伪造有限公司");
		Path log = CHECKPOINT_DIRECTORY.resolve("log/record.log");
		byte[] before = Files.readAllBytes(log);
		String latest = new String(before, StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElseThrow();
		String[] f = latest.split(" ");
		f[2] = String.valueOf(Long.parseLong(f[2]) - 1); // the count lowered, the signature kept
		try {
			Files.writeString(log, String.join(" ", f) + "\n", java.nio.file.StandardOpenOption.APPEND);
			assertThat(verify(id)).startsWith("checkpoint-signature@");
			assertThat(body(mvc.perform(get("/api/v1/record/checkpoints").with(as("hx.supervisor")))
				.andExpect(status().isOk())).get(0).get("signatureValid").asBoolean()).isFalse();
		}
		finally {
			Files.write(log, before);
		}
		assertThat(verify(id)).isEqualTo("intact");
	}

	@Test
	void checkpointsAreForAdministratorsAndSupervisorsAndSignedWithAKeyOnlyItsOwnerReads() throws Exception {
		mvc.perform(post("/api/v1/record/checkpoints").with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/record/verify").with(as("dlh.officer1"))).andExpect(status().isForbidden());
		JsonNode signed = body(mvc.perform(post("/api/v1/record/checkpoints").with(as("hx.supervisor")).with(csrf()))
			.andExpect(status().isCreated()));
		long entries = jdbc.sql("select count(*) from execution_record").query(Long.class).single();
		assertThat(signed.get("entries").asLong()).isEqualTo(entries);
		String newest = jdbc.sql("select chain from execution_record order by id desc limit 1").query(String.class)
			.single();
		assertThat(signed.get("heads").valueStream().filter(h -> h.get("chain").asString().equals(newest))
			.map(h -> h.get("hash").asString())).containsExactly(jdbc.sql("""
					select hash from record_seal where chain = ? order by seq desc limit 1""").param(newest)
			.query(String.class).single());
		Path key = CHECKPOINT_DIRECTORY.resolve("keys/record.key");
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
			.isEqualTo("rw-------");
		assertThat(Files.readString(CHECKPOINT_DIRECTORY.resolve("log/record.log")))
			.contains(signed.get("signature").asString());
		assertThat(wholeRecord().get("intact").asBoolean()).isTrue();
	}

	/** A sink that looks, while it keeps a checkpoint, at which advisory locks some session holds (pg_locks). */
	@TestConfiguration(proxyBeanMethods = false)
	static class LocksWatched {

		@Bean
		LockWatchingSink lockWatchingSink(JdbcClient jdbc) {
			return new LockWatchingSink(jdbc);
		}
	}

	static final class LockWatchingSink implements CheckpointSink {

		private static final int SEAL_LOCK = 7102; // RecordSealer.SEAL_LOCK, the class of every chain's sealing lock

		private static final long CHECKPOINT_LOCK = 7_100_003L;

		final List<boolean[]> seen = new CopyOnWriteArrayList<>();

		private final JdbcClient jdbc;

		LockWatchingSink(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void keep(String name, String logLine) {
			seen.add(new boolean[] { sealing(), held(CHECKPOINT_LOCK) });
		}

		private boolean sealing() {
			return jdbc.sql("""
					select count(*) > 0 from pg_locks where locktype = 'advisory' and granted
					  and classid::bigint = ? and objsubid = 2""")
				.param(SEAL_LOCK).query(Boolean.class).single();
		}

		private boolean held(long key) {
			return jdbc.sql("""
					select count(*) > 0 from pg_locks where locktype = 'advisory' and granted
					  and classid::bigint = 0 and objid::bigint = ? and objsubid = 1""")
				.param(key).query(Boolean.class).single();
		}
	}

	// --- the case and its record ---

	private long filedAndCheckpointed(String party) throws Exception {
		long id = filed("ORGANISATION", party, "2026-11-10", "2026-11-12");
		checkpoint();
		assertThat(verify(id)).isEqualTo("intact");
		return id;
	}

	private long investigating(String party) throws Exception {
		return filed("ORGANISATION", party, "2026-11-10", "2026-11-12");
	}

	private void checkpoint() throws Exception {
		mvc.perform(post("/api/v1/record/checkpoints").with(as("admin")).with(csrf())).andExpect(status().isCreated());
	}

	/** "intact", or the reason and the seq the case's record/verify reports. */
	private String verify(long id) throws Exception {
		JsonNode v = body(mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(status().isOk()));
		return v.get("intact").asBoolean() ? "intact" : v.get("reason").asString() + "@" + v.get("brokenAt").asInt();
	}

	private boolean verifiedStatus(long id, String action) throws Exception {
		return verify(id).equals("intact") && record(id).stream().anyMatch(e -> e.get("action").asString().equals(action));
	}

	private JsonNode wholeRecord() throws Exception {
		return body(mvc.perform(get("/api/v1/record/verify").with(as("admin"))).andExpect(status().isOk()));
	}

	private long upload(long caseId, byte[] bytes) throws Exception {
		return body(mvc.perform(post("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.officer1"))
			.with(csrf())
			.param("type", "INSPECTION_RECORD")
			.param("title", "现场检查笔录")
			.param("source", "执法人员现场制作")
			.param("collectedAt", "2026-11-20T10:30:00")
			.param("place", "德令哈市长江路12号门前")
			.param("officers", String.valueOf(officer1()), String.valueOf(officer2()))
			.param("fileName", "笔录.txt")
			.contentType("text/plain")
			.content(bytes)).andExpect(status().isCreated())).get("id").asLong();
	}

	private int attachSeq(long caseId) throws Exception {
		return record(caseId).stream().filter(e -> e.get("action").asString().equals(CaseEvidence.ATTACHED))
			.findFirst().orElseThrow().get("seq").asInt();
	}

	private long firstId(long caseId) {
		return jdbc.sql("select min(id) from execution_record where subject_type = 'penalty_case' and subject_id = ?")
			.param(caseId).query(Long.class).single();
	}

	// --- what a superuser does: triggers off, rows rewritten, hashes recomputed ---

	private void asSuperuser(Consumer<JdbcClient> work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			work.accept(jdbc);
		});
	}

	/** The rows of the record from the given id on, their chains' seals from the first of theirs kept to restore. */
	private List<Row> rowsFrom(long fromId) {
		List<Row> rows = stored(fromId);
		savedFirst = firstSeals(rows);
		savedSeals = new ArrayList<>();
		savedFirst.forEach((chain, seq) -> savedSeals.addAll(jdbc.sql("""
				select * from record_seal where chain = ? and seq >= ? order by seq""").params(chain, seq).query()
			.listOfRows()));
		return rows;
	}

	private List<Row> stored(long fromId) {
		return jdbc.sql("select * from execution_record where id >= ? order by id").param(fromId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
					rs.getInt("seq"), rs.getString("action"), rs.getLong("actor_account_id"), rs.getString("certificates"),
					rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("payload"),
					rs.getString("payload_digest"), rs.getString("prev_hash"), rs.getString("hash"),
					rs.getString("global_prev_hash"), rs.getString("global_hash"), rs.getString("chain")))
			.list();
	}

	/** The case's entry of the seq with a changed payload, its digest and its case's chain recomputed. */
	private static List<Row> edited(List<Row> rows, long caseId, int seq) {
		List<Row> changed = new ArrayList<>();
		for (Row r : rows) {
			boolean target = r.subjectId() == caseId && r.subjectType().equals("penalty_case") && r.seq() == seq;
			changed.add(target ? r.withPayload(r.payload().replace("\"", "\" ").replaceFirst("\" ", "\"")) : r);
		}
		return changed;
	}

	/** A forged entry as the case's seq 2, its later entries renumbered; with {@code inPlace} the ids shifted too. */
	private static List<Row> inserted(List<Row> rows, long caseId, boolean inPlace) {
		List<Row> changed = new ArrayList<>();
		Row forged = null;
		long shift = 0;
		long maxId = rows.get(rows.size() - 1).id();
		for (Row r : rows) {
			boolean ours = r.subjectId() == caseId && r.subjectType().equals("penalty_case");
			if (ours && r.seq() == 2) {
				Map<String, Object> facts = new TreeMap<>(Map.of("stage", "INVESTIGATING", "comment", "伪造的询问笔录"));
				forged = new Row(inPlace ? r.id() : maxId + 1, r.subjectType(), caseId, 2, "record-investigation",
						r.actor(), "", r.occurredAt(), facts.toString(), "", "", "", null, null, r.chain());
				if (inPlace) {
					changed.add(forged);
					shift = 1;
				}
			}
			Row moved = new Row(r.id() + shift, r.subjectType(), r.subjectId(), ours && r.seq() >= 2 ? r.seq() + 1
					: r.seq(), r.action(), r.actor(), r.certificates(), r.occurredAt(), r.payload(), r.payloadDigest(),
					r.prevHash(), r.hash(), r.globalPrevHash(), r.globalHash(), r.chain());
			changed.add(moved);
		}
		if (!inPlace) {
			changed.add(forged);
		}
		return changed;
	}

	/**
	 * Replaces every entry from the first of the original rows by the changed rows: payload digests and the subject
	 * chains of changed subjects recomputed; with {@code sealed} the chains of seals too, from the first seal of the
	 * rows to each chain's head, in the rows' order (docs/adr/0053-record-chains-per-partition.md).
	 */
	private void rewrite(List<Row> original, UnaryOperator<List<Row>> change, boolean sealed) {
		List<Row> rows = change.apply(new ArrayList<>(original));
		Map<Long, Row> subjectHashed = new java.util.HashMap<>();
		Map<String, List<Row>> bySubject = new TreeMap<>();
		for (Row r : rows) {
			bySubject.computeIfAbsent(r.subjectType() + "/" + r.subjectId(), k -> new ArrayList<>()).add(r);
		}
		for (Map.Entry<String, List<Row>> s : bySubject.entrySet()) {
			List<Row> chain = new ArrayList<>(s.getValue());
			chain.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
			Row first = chain.get(0);
			String prev = first.seq() == 1 ? GENESIS : jdbc.sql("""
					select hash from execution_record where subject_type = ? and subject_id = ? and seq = ?""")
				.params(first.subjectType(), first.subjectId(), first.seq() - 1).query(String.class).single();
			for (Row r : chain) {
				String digest = Sha256.hex(r.payload());
				String hash = Sha256.hex(prev + "|" + content(r, digest));
				subjectHashed.put(r.id(), r.withHashes(digest, prev, hash));
				prev = hash;
			}
		}
		List<Row> rehashed = rows.stream().map(r -> subjectHashed.get(r.id())).toList();
		replace(original, rehashed, sealed ? resealed(rehashed) : savedSeals);
	}

	private void restore(List<Row> original) {
		replace(original, original, savedSeals);
	}

	/** Per chain of the rows, the seq of the first seal of one of them. */
	private Map<String, Long> firstSeals(List<Row> rows) {
		Map<String, Long> first = new TreeMap<>();
		jdbc.sql("select chain, min(seq) as seq from record_seal where entry_id = any(?) group by chain")
			.param(rows.stream().mapToLong(Row::id).toArray())
			.query(rs -> {
				first.put(rs.getString("chain"), rs.getLong("seq"));
			});
		return first;
	}

	/** The seals the attacker writes: each chain's from its first seal of the rows on, recomputed over the rows. */
	private List<Map<String, Object>> resealed(List<Row> rows) {
		List<Map<String, Object>> seals = new ArrayList<>();
		for (Map.Entry<String, Long> from : savedFirst.entrySet()) {
			String chain = from.getKey();
			long seq = from.getValue();
			String prev = seq == 1 ? GENESIS : jdbc.sql("select hash from record_seal where chain = ? and seq = ?")
				.params(chain, seq - 1).query(String.class).single();
			for (Row r : rows.stream().filter(r -> chain.equals(r.chain())).sorted((a, b) -> Long.compare(a.id(), b.id()))
				.toList()) {
				String hash = Sha256.hex(prev + "|" + content(r, r.payloadDigest()));
				seals.add(Map.of("chain", chain, "seq", seq++, "entry_id", r.id(), "prev_hash", prev, "hash", hash,
						"sealed_at", OffsetDateTime.now()));
				prev = hash;
			}
		}
		return seals;
	}

	/** The entries from the first of the original rows and their chains' seals from the first of theirs, replaced. */
	private void replace(List<Row> original, List<Row> rows, List<Map<String, Object>> seals) {
		asSuperuser(db -> {
			db.sql("delete from execution_record where id >= ?").param(original.get(0).id()).update();
			for (Row r : rows) {
				db.sql("""
						insert into execution_record (id, subject_type, subject_id, seq, action, actor_account_id,
						  certificates, occurred_at, payload, payload_digest, prev_hash, hash, global_prev_hash, global_hash,
						  chain)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(r.id(), r.subjectType(), r.subjectId(), r.seq(), r.action(), r.actor(), r.certificates(),
							r.occurredAt(), r.payload(), r.payloadDigest(), r.prevHash(), r.hash(), r.globalPrevHash(),
							r.globalHash(), r.chain())
					.update();
			}
			savedFirst.forEach((chain, seq) -> db.sql("delete from record_seal where chain = ? and seq >= ?")
				.params(chain, seq).update());
			for (Map<String, Object> seal : seals) {
				db.sql("""
						insert into record_seal (chain, seq, entry_id, prev_hash, hash, sealed_at)
						values (?, ?, ?, ?, ?, ?)""")
					.params(seal.get("chain"), seal.get("seq"), seal.get("entry_id"), seal.get("prev_hash"),
							seal.get("hash"), seal.get("sealed_at"))
					.update();
			}
		});
	}

	/** The text each hash covers, as the record computes it (what an attacker reads from the source). */
	private static String content(Row r, String digest) {
		return String.join("|", r.subjectType(), String.valueOf(r.subjectId()), String.valueOf(r.seq()), r.action(),
				String.valueOf(r.actor()), r.certificates(),
				ChinaTime.local(r.occurredAt()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), digest);
	}

	private record Row(long id, String subjectType, long subjectId, int seq, String action, long actor,
			String certificates, OffsetDateTime occurredAt, String payload, String payloadDigest, String prevHash,
			String hash, @Nullable String globalPrevHash, @Nullable String globalHash, @Nullable String chain) {

		Row withPayload(String changed) {
			return new Row(id, subjectType, subjectId, seq, action, actor, certificates, occurredAt, changed,
					payloadDigest, prevHash, hash, globalPrevHash, globalHash, chain);
		}

		Row withHashes(String digest, String prev, String h) {
			return new Row(id, subjectType, subjectId, seq, action, actor, certificates, occurredAt, payload, digest,
					prev, h, globalPrevHash, globalHash, chain);
		}
	}
}
