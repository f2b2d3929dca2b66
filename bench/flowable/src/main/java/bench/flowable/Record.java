package bench.flowable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.common.engine.impl.cfg.TransactionState;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;

/**
 * The peer's full-process record: one row an action, chained per case and across all cases by SHA-256 of the previous
 * hash and the entry's content, appended under one transaction-scoped advisory lock, as OneTeam's record is; in the
 * request's transaction, so that an action and its entries commit or roll back together.
 */
final class Record {

	static final String GENESIS = "0".repeat(64);

	/** Not OneTeam's lock number: the peer's chain is its own, in a database of its own. */
	private static final long CHAIN_LOCK = 7_200_001L;

	/** The command context's attribute holding the request's entries until it commits. */
	private static final String ENTRIES = "bench.flowable.record";

	private final ObjectMapper json;

	Record(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * Appends the entry when the request's transaction commits, after Flowable has flushed its own writes: the chain's
	 * lock is held from then to the commit only, as OneTeam takes it at the end of an action.
	 */
	void append(long caseId, String action, long actor, Map<String, Object> facts) {
		CommandContext command = Context.getCommandContext();
		@SuppressWarnings("unchecked")
		List<Runnable> entries = (List<Runnable>) command.getAttribute(ENTRIES);
		if (entries == null) {
			List<Runnable> pending = new ArrayList<>();
			command.addAttribute(ENTRIES, pending);
			Context.getTransactionContext()
				.addTransactionListener(TransactionState.COMMITTING, context -> pending.forEach(Runnable::run));
			entries = pending;
		}
		entries.add(() -> write(caseId, action, actor, facts));
	}

	private void write(long caseId, String action, long actor, Map<String, Object> facts) {
		Sql.rows("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
		String payload;
		try {
			payload = json.writeValueAsString(new TreeMap<>(facts));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		String digest = sha256(payload);
		String occurredAt = OffsetDateTime.now(Rules.CHINA)
			.truncatedTo(ChronoUnit.MILLIS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		var last = Sql.row("select seq, hash from peer_record where case_id = ? order by seq desc limit 1", caseId);
		int seq = last.map(r -> (Integer) r.get("seq") + 1).orElse(1);
		String prev = last.map(r -> (String) r.get("hash")).orElse(GENESIS);
		String globalPrev = (String) Sql.value("select global_hash from peer_record order by id desc limit 1")
			.orElse(GENESIS);
		String content = String.join("|", Long.toString(caseId), Integer.toString(seq), action, Long.toString(actor),
				occurredAt, digest);
		Sql.update("""
				insert into peer_record (case_id, seq, action, actor, occurred_at, payload, payload_digest, prev_hash, hash,
				  global_prev_hash, global_hash) values (?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?)""", caseId, seq,
				action, actor, occurredAt, payload, digest, prev, sha256(prev + "|" + content), globalPrev,
				sha256(globalPrev + "|" + content));
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
