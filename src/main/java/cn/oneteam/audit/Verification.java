package cn.oneteam.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking a chain: intact, or the first entry (by sequence) whose content, digest or link to its
 * predecessor does not match, and why: "missing", "payload", "link", "hash", "order" (subject chain), "global" (the
 * chain of the subject's partition from its first seal on, or the legacy global chain from its first legacy entry on),
 * "order" also when the subject's entries were sealed out of seq order, "unsealed" (an entry neither sealed nor
 * waiting to be), "checkpoint" / "checkpoint-signature" (the latest signed checkpoint;
 * docs/adr/0053-record-chains-per-partition.md), or what the owner of the record checks besides ("case-changed", "evidence-…", "document-…"; see
 * docs/adr/0007-tamper-evidence.md).
 */
public record Verification(boolean intact, int entries, @Nullable Integer brokenAt, @Nullable String reason) {

	static Verification ok(int entries) {
		return new Verification(true, entries, null, null);
	}

	static Verification broken(int entries, int at, String reason) {
		return new Verification(false, entries, at, reason);
	}
}
