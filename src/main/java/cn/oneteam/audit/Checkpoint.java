package cn.oneteam.audit;

import java.time.OffsetDateTime;

/**
 * 检查点: the head of the global chain (the newest entry's id and global hash) and the number of entries up to it,
 * as signed at a moment with the checkpoint key, and the fingerprint of the key that signed it
 * (docs/adr/0007-tamper-evidence.md).
 */
public record Checkpoint(OffsetDateTime at, long entries, long headId, String headHash, String keyFingerprint,
		String signature) {

	/** The text the signature covers. */
	String signedText() {
		return String.join("|", "oneteam-record-checkpoint", "v1", at.toString(), String.valueOf(entries),
				String.valueOf(headId), headHash);
	}

	/** One line of the checkpoint log. */
	String logLine() {
		return String.join(" ", "v1", at.toString(), String.valueOf(entries), String.valueOf(headId), headHash,
				keyFingerprint, signature);
	}

	static Checkpoint parse(String line) {
		String[] f = line.trim().split(" ");
		if (f.length != 7 || !f[0].equals("v1")) {
			throw new IllegalArgumentException("not a checkpoint line: " + line);
		}
		return new Checkpoint(OffsetDateTime.parse(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4], f[5],
				f[6]);
	}
}
