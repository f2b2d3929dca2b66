package cn.oneteam.inspection.draw;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Figures, not a test of times (docs/adr/0026-the-draw.md): the draw over 10,000,000 generated subject codes in 4
 * strata, and the population hash, with the heap used. Not run by the suite (its name does not end in Tests); run it
 * alone: {@code ./mvnw test -Dtest=DrawBenchmark -Ddraw.bench.n=10000000}.
 */
class DrawBenchmark {

	private static final int N = Integer.getInteger("draw.bench.n", 10_000_000);

	/** Codes of 18 ASCII characters in one flat array, as a population read from the register would be held. */
	static final class FlatCodes implements DrawEngine.Codes {

		private final byte[] bytes;

		private final int from;

		private final int size;

		FlatCodes(byte[] bytes, int from, int size) {
			this.bytes = bytes;
			this.from = from;
			this.size = size;
		}

		@Override
		public int size() {
			return size;
		}

		@Override
		public String code(int index) {
			return new String(bytes, (from + index) * 18, 18, java.nio.charset.StandardCharsets.US_ASCII);
		}

		@Override
		public int utf8(int index, byte[] to) {
			System.arraycopy(bytes, (from + index) * 18, to, 0, 18);
			return 18;
		}
	}

	@Test
	void tenMillionInFourStrata() {
		byte[] all = new byte[N * 18];
		for (int i = 0; i < N; i++) {
			byte[] code = String.format("91330100MA%08d", i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			System.arraycopy(code, 0, all, i * 18, 18);
		}
		int[] sizes = { N / 10, N * 3 / 10, N * 4 / 10, N - N / 10 - N * 3 / 10 - N * 4 / 10 };
		for (int ratioPerMille : new int[] { 1, 50 }) {
			for (int round = 0; round < 4; round++) {
				List<DrawEngine.Stratum> strata = new ArrayList<>();
				int from = 0;
				String[] names = { "A", "B", "C", "D" };
				for (int s = 0; s < 4; s++) {
					strata.add(new DrawEngine.Stratum(names[s], new FlatCodes(all, from, sizes[s]),
							(int) ((long) sizes[s] * ratioPerMille / 1000)));
					from += sizes[s];
				}
				String seed = DrawEngine.newSeed(new SecureRandom());
				System.gc();
				Runtime rt = Runtime.getRuntime();
				long before = rt.totalMemory() - rt.freeMemory();
				long start = System.nanoTime();
				List<DrawEngine.Drawn> drawn = DrawEngine.drawSubjects(seed, strata);
				long drew = System.nanoTime();
				String sha = DrawEngine.populationSha256(strata);
				long hashed = System.nanoTime();
				long after = rt.totalMemory() - rt.freeMemory();
				System.out.printf(
						"draw bench: %,d candidates, 4 strata, ratio %d per mille, drawn %,d: draw %.3f s, population sha %.3f s, total %.3f s; heap used %,d MB before, %,d MB after (codes %,d MB), %s%n",
						N, ratioPerMille, drawn.stream().mapToInt(d -> d.drawn().size()).sum(), (drew - start) / 1e9,
						(hashed - drew) / 1e9, (hashed - start) / 1e9, before >> 20, after >> 20, (long) all.length >> 20,
						sha.substring(0, 8));
			}
		}
	}
}
