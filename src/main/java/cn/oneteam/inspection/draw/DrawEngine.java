package cn.oneteam.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.Sha256;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.shared.RuleViolation;

/**
 * The verifiable draw (双随机), pure code (docs/adr/0026-the-draw.md): a candidate's key is the lowercase hex SHA-256
 * of the UTF-8 text {@code {seed}|{subjectCode}}; per stratum the n smallest keys are drawn, in key order. Inspectors
 * per drawn subject the same way with {@code {seed}|{subjectCode}|{certificateNumber}}. Ordering the raw 32 digest
 * bytes unsigned is ordering their lowercase hex, so no hex text is made per candidate; the 64-character seed fills the
 * first SHA-256 block exactly, which is hashed once per worker and cloned; a bounded heap keeps the n smallest.
 */
public final class DrawEngine {

	/** The published population text ends every line, the last one too, with this. */
	public static final char LINE_END = '\n';

	private static final HexFormat HEX = HexFormat.of();

	private static final int MAX_CODE_BYTES = 256;

	private DrawEngine() {
	}

	/** The candidates of a stratum, in the order the population text lists them. */
	public interface Codes {

		int size();

		String code(int index);

		/** Writes the UTF-8 bytes of code {@code index} at {@code to[0..]}; answers their number. */
		default int utf8(int index, byte[] to) {
			byte[] bytes = code(index).getBytes(StandardCharsets.UTF_8);
			System.arraycopy(bytes, 0, to, 0, bytes.length);
			return bytes.length;
		}

		static Codes of(List<String> codes) {
			List<String> copy = List.copyOf(codes);
			return new Codes() {
				@Override
				public int size() {
					return copy.size();
				}

				@Override
				public String code(int index) {
					return copy.get(index);
				}
			};
		}
	}

	/** A stratum: its name (no comma, no line break), its candidates and how many to draw. */
	public record Stratum(String name, Codes candidates, int n) {

		public Stratum {
			if (name.isBlank() || name.indexOf(',') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.stratum-name", name);
			}
			if (n < 0 || n > candidates.size()) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.stratum-n", name, n, candidates.size());
			}
		}
	}

	/** What a stratum drew: the real codes in key order (never published as such: see {@link #shown}). */
	public record Drawn(String stratum, int size, int n, List<String> drawn) {
	}

	/** 32 random bytes from a {@link SecureRandom}, lowercase hex: made at the moment of the draw. */
	public static String newSeed(SecureRandom random) {
		byte[] seed = new byte[32];
		random.nextBytes(seed);
		return HEX.formatHex(seed);
	}

	/** The key of the parts joined by {@code |}: {@code key(seed, code)}, {@code key(seed, code, certificate)}. */
	public static String key(String... parts) {
		return Sha256.hex(String.join("|", parts));
	}

	/** Draws every stratum; strata are independent and keep their order. */
	public static List<Drawn> drawSubjects(String seed, List<Stratum> strata) {
		checkSeed(seed);
		List<Drawn> drawn = new ArrayList<>(strata.size());
		for (Stratum stratum : strata) {
			drawn.add(drawStratum(seed, stratum));
		}
		return List.copyOf(drawn);
	}

	/**
	 * The first {@code k} eligible certificate numbers by key {@code {seed}|{subjectCode}|{certificate}}; fewer than
	 * {@code k} eligible answers null (the caller names the shortfall of every subject at once).
	 */
	public static List<String> drawInspectors(String seed, String subjectCode, List<String> eligible, int k) {
		List<String> distinct = eligible.stream().distinct().toList();
		if (distinct.size() < k) {
			return List.of();
		}
		record Keyed(String key, String certificate) {
		}
		return distinct.stream()
			.map(c -> new Keyed(key(seed, subjectCode, c), c))
			.sorted(Comparator.comparing(Keyed::key).thenComparing(Keyed::certificate))
			.limit(k)
			.map(Keyed::certificate)
			.toList();
	}

	/** A code as the public sees it: see {@link SubjectCodes#shown} (kept for callers written before it). */
	public static String shown(String code) {
		return SubjectCodes.shown(code);
	}

	/** The population text: one line {@code stratum,shownCode} per candidate, strata in order, candidates as given. */
	public static String populationText(List<Stratum> strata) {
		StringBuilder text = new StringBuilder();
		for (Stratum stratum : strata) {
			Codes codes = stratum.candidates();
			for (int i = 0; i < codes.size(); i++) {
				text.append(stratum.name()).append(',').append(shown(codes.code(i))).append(LINE_END);
			}
		}
		return text.toString();
	}

	/** SHA-256 of {@link #populationText} without building it: streamed through one buffer. */
	public static String populationSha256(List<Stratum> strata) {
		MessageDigest digest = Sha256.digest();
		byte[] buffer = new byte[1 << 16];
		byte[] code = new byte[MAX_CODE_BYTES];
		int at = 0;
		for (Stratum stratum : strata) {
			byte[] name = (stratum.name() + ",").getBytes(StandardCharsets.UTF_8);
			Codes codes = stratum.candidates();
			for (int i = 0; i < codes.size(); i++) {
				int length;
				byte[] shownBytes;
				length = codes.utf8(i, code);
				shownBytes = code;
				if (needsMask(code, length)) {
					shownBytes = shown(codes.code(i)).getBytes(StandardCharsets.UTF_8);
					length = shownBytes.length;
				}
				if (at + name.length + length + 1 > buffer.length) {
					digest.update(buffer, 0, at);
					at = 0;
				}
				System.arraycopy(name, 0, buffer, at, name.length);
				at += name.length;
				System.arraycopy(shownBytes, 0, buffer, at, length);
				at += length;
				buffer[at++] = (byte) LINE_END;
			}
		}
		digest.update(buffer, 0, at);
		return HEX.formatHex(digest.digest());
	}

	private static boolean needsMask(byte[] code, int length) {
		if (length != 18 && length != 15) {
			return false;
		}
		for (int i = 0; i < length - 1; i++) {
			if (code[i] < '0' || code[i] > '9') {
				return false;
			}
		}
		return true;
	}

	static void checkSeed(String seed) {
		if (seed.length() != 64 || !seed.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.seed");
		}
	}

	private static Drawn drawStratum(String seed, Stratum stratum) {
		Codes codes = stratum.candidates();
		int size = codes.size();
		int n = stratum.n();
		if (n == 0) {
			return new Drawn(stratum.name(), size, 0, List.of());
		}
		int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 4, size / 50_000));
		Heap[] heaps = IntStream.range(0, parts).parallel().mapToObj(p -> {
			Hasher hasher = new Hasher(seed, codes);
			Heap heap = new Heap(n, hasher);
			int from = (int) ((long) size * p / parts);
			int to = (int) ((long) size * (p + 1) / parts);
			for (int i = from; i < to; i++) {
				heap.offer(hasher.prefix(i), i);
			}
			return heap;
		}).toArray(Heap[]::new);
		Hasher hasher = new Hasher(seed, codes);
		Heap all = new Heap(n, hasher);
		for (Heap heap : heaps) {
			for (int j = 0; j < heap.count; j++) {
				all.offer(heap.prefixes[j], heap.indices[j]);
			}
		}
		Integer[] chosen = new Integer[all.count];
		for (int j = 0; j < all.count; j++) {
			chosen[j] = j;
		}
		Arrays.sort(chosen, (a, b) -> all.compare(all.prefixes[a], all.indices[a], all.prefixes[b], all.indices[b]));
		List<String> drawn = new ArrayList<>(chosen.length);
		for (Integer position : chosen) {
			String code = codes.code(all.indices[position]);
			if (!drawn.isEmpty() && drawn.get(drawn.size() - 1).equals(code)) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.duplicate-candidate", stratum.name(), shown(code));
			}
			drawn.add(code);
		}
		return new Drawn(stratum.name(), size, n, List.copyOf(drawn));
	}

	/** One worker's keys: the seed's block hashed once, cloned per candidate. */
	private static final class Hasher {

		private final MessageDigest afterSeed;

		private final Codes codes;

		private final byte[] tail = new byte[MAX_CODE_BYTES + 1];

		private final byte[] code = new byte[MAX_CODE_BYTES];

		private final byte[] out = new byte[32];

		private final byte[] other = new byte[32];

		Hasher(String seed, Codes codes) {
			this.codes = codes;
			this.afterSeed = Sha256.digest();
			afterSeed.update(seed.getBytes(StandardCharsets.US_ASCII));
			tail[0] = '|';
		}

		/** The key's first 8 bytes, to be compared unsigned. */
		long prefix(int index) {
			digest(index, out);
			return (out[0] & 0xFFL) << 56 | (out[1] & 0xFFL) << 48 | (out[2] & 0xFFL) << 40 | (out[3] & 0xFFL) << 32
					| (out[4] & 0xFFL) << 24 | (out[5] & 0xFFL) << 16 | (out[6] & 0xFFL) << 8 | out[7] & 0xFFL;
		}

		void digest(int index, byte[] into) {
			int length = codes.utf8(index, code);
			System.arraycopy(code, 0, tail, 1, length);
			try {
				MessageDigest d = (MessageDigest) afterSeed.clone();
				d.update(tail, 0, length + 1);
				d.digest(into, 0, 32);
			}
			catch (CloneNotSupportedException | java.security.DigestException e) {
				throw new IllegalStateException(e);
			}
		}

		/** Full key order, then code order (equal keys only for equal codes). */
		int compare(int a, int b) {
			digest(a, out);
			digest(b, other);
			int c = Arrays.compareUnsigned(out, other);
			return c != 0 ? c : codes.code(a).compareTo(codes.code(b));
		}
	}

	/** A max-heap of at most n (prefix, index) pairs: the n smallest keys seen. */
	private static final class Heap {

		final long[] prefixes;

		final int[] indices;

		int count;

		private final Hasher hasher;

		Heap(int n, Hasher hasher) {
			this.prefixes = new long[n];
			this.indices = new int[n];
			this.hasher = hasher;
		}

		int compare(long pa, int ia, long pb, int ib) {
			int c = Long.compareUnsigned(pa, pb);
			return c != 0 ? c : hasher.compare(ia, ib);
		}

		void offer(long prefix, int index) {
			if (count < prefixes.length) {
				int at = count++;
				while (at > 0) {
					int parent = (at - 1) >>> 1;
					if (compare(prefixes[parent], indices[parent], prefix, index) >= 0) {
						break;
					}
					prefixes[at] = prefixes[parent];
					indices[at] = indices[parent];
					at = parent;
				}
				prefixes[at] = prefix;
				indices[at] = index;
				return;
			}
			if (compare(prefix, index, prefixes[0], indices[0]) >= 0) {
				return;
			}
			int at = 0;
			int n = count;
			while (true) {
				int child = 2 * at + 1;
				if (child >= n) {
					break;
				}
				if (child + 1 < n && compare(prefixes[child + 1], indices[child + 1], prefixes[child], indices[child]) > 0) {
					child++;
				}
				if (compare(prefixes[child], indices[child], prefix, index) <= 0) {
					break;
				}
				prefixes[at] = prefixes[child];
				indices[at] = indices[child];
				at = child;
			}
			prefixes[at] = prefix;
			indices[at] = index;
		}
	}
}
