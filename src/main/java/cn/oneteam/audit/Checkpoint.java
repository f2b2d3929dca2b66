package cn.oneteam.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.oneteam.shared.Sha256;

/**
 * 检查点: the heads of the record's chains as signed at a moment with the checkpoint key, and the fingerprint of the
 * key that signed it (docs/adr/0007-tamper-evidence.md, docs/adr/0053-record-chains-per-partition.md). Version 2 signs
 * the head of every partition chain (its chain, seal seq, entry id and hash) and the head of the legacy chain (the
 * entries written before partitions, {@link #LEGACY}, its seq being their number) through a digest over the sorted
 * heads ({@code headHash}); {@code headId} is the highest entry id among them and {@code entries} the number of entries
 * they cover. Version 1 lines, written before partitions, signed the legacy chain's head alone: they read as a
 * checkpoint of that one head.
 */
public record Checkpoint(String version, OffsetDateTime at, long entries, long headId, String headHash,
		List<ChainHead> heads, String keyFingerprint, String signature) {

	/** The name the legacy chain's head goes by among the heads. */
	public static final String LEGACY = "legacy";

	/** The head of one chain: its last seal's seq (for the legacy chain: the number of its entries), entry and hash. */
	public record ChainHead(String chain, long seq, long entryId, String hash) {
	}

	/** An unsigned version 2 checkpoint of the heads. */
	static Checkpoint of(OffsetDateTime at, List<ChainHead> heads, String keyFingerprint) {
		List<ChainHead> sorted = new ArrayList<>(heads);
		sorted.sort(Comparator.comparing(ChainHead::chain));
		long entries = sorted.stream().mapToLong(ChainHead::seq).sum();
		long headId = sorted.stream().mapToLong(ChainHead::entryId).max().orElse(0);
		return new Checkpoint("v2", at, entries, headId, Sha256.hex(headsText(sorted)), List.copyOf(sorted),
				keyFingerprint, "");
	}

	Checkpoint signed(String signature) {
		return new Checkpoint(version, at, entries, headId, headHash, heads, keyFingerprint, signature);
	}

	/** The text the signature covers (version 2: the heads through their digest). */
	String signedText() {
		return String.join("|", "oneteam-record-checkpoint", version, at.toString(), String.valueOf(entries),
				String.valueOf(headId), headHash);
	}

	/** Whether the heads are those the signed digest covers (version 1 signs its one head directly). */
	boolean headsMatchDigest() {
		return version.equals("v1") || Sha256.hex(headsText(heads)).equals(headHash);
	}

	/** One line of the checkpoint log. */
	String logLine() {
		if (version.equals("v1")) {
			return String.join(" ", "v1", at.toString(), String.valueOf(entries), String.valueOf(headId), headHash,
					keyFingerprint, signature);
		}
		return String.join(" ", version, at.toString(), String.valueOf(entries), String.valueOf(headId), headHash,
				headsText(heads), keyFingerprint, signature);
	}

	static Checkpoint parse(String line) {
		String[] f = line.trim().split(" ");
		if (f.length == 7 && f[0].equals("v1")) {
			long entries = Long.parseLong(f[2]);
			long headId = Long.parseLong(f[3]);
			List<ChainHead> heads = headId == 0 ? List.of() : List.of(new ChainHead(LEGACY, entries, headId, f[4]));
			return new Checkpoint("v1", OffsetDateTime.parse(f[1]), entries, headId, f[4], heads, f[5], f[6]);
		}
		if (f.length == 8 && f[0].equals("v2")) {
			List<ChainHead> heads = new ArrayList<>();
			if (!f[5].equals("-")) {
				for (String head : f[5].split(",")) {
					String[] h = head.split(":");
					if (h.length != 4) {
						throw new IllegalArgumentException("not a chain head: " + head);
					}
					heads.add(new ChainHead(h[0], Long.parseLong(h[1]), Long.parseLong(h[2]), h[3]));
				}
			}
			return new Checkpoint("v2", OffsetDateTime.parse(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4],
					List.copyOf(heads), f[6], f[7]);
		}
		throw new IllegalArgumentException("not a checkpoint line: " + line);
	}

	private static String headsText(List<ChainHead> heads) {
		if (heads.isEmpty()) {
			return "-";
		}
		List<String> parts = new ArrayList<>();
		for (ChainHead h : heads) {
			parts.add(h.chain() + ":" + h.seq() + ":" + h.entryId() + ":" + h.hash());
		}
		return String.join(",", parts);
	}
}
