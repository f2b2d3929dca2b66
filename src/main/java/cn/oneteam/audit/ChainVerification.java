package cn.oneteam.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the whole record: intact (with the checkpoint it was checked against, if any), or the id of
 * the first entry that does not recompute and why ("payload", "hash", "global" — the legacy chain or a partition's
 * seals —, "order" — a subject's entries sealed out of their seq order —, "unsealed"), or "checkpoint" / "checkpoint-signature" with the checkpoint's highest head id when the chains
 * no longer match the latest signed checkpoint (docs/adr/0053-record-chains-per-partition.md).
 */
public record ChainVerification(boolean intact, long entries, @Nullable Long brokenAtId, @Nullable String reason,
		@Nullable Checkpoint checkpoint) {

	static ChainVerification ok(long entries, @Nullable Checkpoint checkpoint) {
		return new ChainVerification(true, entries, null, null, checkpoint);
	}

	static ChainVerification broken(long entries, long at, String reason) {
		return new ChainVerification(false, entries, at, reason, null);
	}
}
