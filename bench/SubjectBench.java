import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.oneteam.shared.CreditCode;

/**
 * The subject register's import and search through the HTTP API as 德令哈's officer with the published demo token: N
 * valid subjects (check characters computed by {@link CreditCode#complete}; a third 个体工商户) on 德令哈's real
 * township divisions, one CSV imported whole (docs/adr/0019-subject-register.md, import); prints rows per second (the
 * request's wall time and the server's COPY time), then the p50 and p95 latency of Q searches by code and Q by name.
 * Usage: {@code java -cp target/classes bench/SubjectBench.java BASE_URL [N=1000000] [Q=200]}.
 */
public class SubjectBench {

	private static final String TOKEN = "Bearer ot_demo_dlh_officer1_token_for_local_use_only";

	/** 德令哈's townships and streets (GB/T 10114 codes in the loaded division tree). */
	private static final String[] TOWNSHIPS = { "632802001", "632802002", "632802003", "632802100", "632802101",
			"632802102", "632802200" };

	private static final String[] WORDS = { "柴达木", "巴音河", "长江", "祁连", "尕海", "可鲁克", "托素", "怀头他拉" };

	private static final String[] TRADES = { "商贸", "餐饮", "建材", "汽修", "农牧", "物流", "药房", "超市" };

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	SubjectBench(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: java -cp target/classes bench/SubjectBench.java BASE_URL [N=1000000] [Q=200]");
			System.exit(2);
		}
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int q = args.length > 2 ? Integer.parseInt(args[2]) : 200;
		new SubjectBench(args[0].replaceAll("/$", "")).run(n, q);
	}

	static String code(int i) {
		// registration authority 632899, not 632802: the demo's 2,000 subjects hold random 632802 codes that would collide
		return CreditCode.complete((i % 3 == 0 ? "92" : "91") + "632899" + String.format("%08d", i)).value();
	}

	static String name(int i) {
		return WORDS[i % WORDS.length] + TRADES[(i / WORDS.length) % TRADES.length] + i + (i % 3 == 0 ? "店" : "有限公司");
	}

	void run(int n, int q) throws Exception {
		long generating = System.nanoTime();
		StringBuilder csv = new StringBuilder(n * 110);
		csv.append("code,kind,name,division,address,representative,industry,status\n");
		for (int i = 0; i < n; i++) {
			csv.append(code(i)).append(',').append(i % 3 == 0 ? "INDIVIDUAL_BUSINESS" : "LEGAL_PERSON").append(',')
				.append(name(i)).append(',').append(TOWNSHIPS[i % TOWNSHIPS.length]).append(",长江路")
				.append(i % 500).append("号,王某").append(i % 100).append(",F5211,\n");
		}
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		System.out.printf("generated %,d subjects, %,d bytes of CSV, in %d ms%n", n, body.length,
				(System.nanoTime() - generating) / 1_000_000);
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
				+ "/api/v1/subjects/import?format=csv&fileName=bench.csv"))
			.header("Authorization", TOKEN)
			.header("Content-Type", "application/octet-stream")
			.timeout(Duration.ofMinutes(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - started) / 1e9;
		if (response.statusCode() != 200) {
			System.out.println("import refused: " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(600, response.body().length())));
			System.exit(1);
		}
		String report = response.body();
		long storeMillis = Long.parseLong(report.replaceAll(".*\"storeMillis\":(\\d+).*", "$1"));
		System.out.printf("import: %,d rows in %.1f s = %,.0f rows/s end to end (upload, checks, COPY, commit);"
				+ " COPY alone %,d ms = %,.0f rows/s%n", n, seconds, n / seconds, storeMillis,
				n * 1000.0 / Math.max(1, storeMillis));
		Random random = new Random(13);
		List<Long> byCode = new ArrayList<>();
		List<Long> byName = new ArrayList<>();
		for (int k = 0; k < q + 10; k++) {
			int i = random.nextInt(n);
			long code = time("code=" + code(i), true);
			long name = time("name=" + URLEncoder.encode(WORDS[i % WORDS.length] + TRADES[(i / WORDS.length)
					% TRADES.length] + i, StandardCharsets.UTF_8), false);
			if (k >= 10) { // the first ten warm up
				byCode.add(code);
				byName.add(name);
			}
		}
		System.out.printf("search by code (%d): p50 %.1f ms, p95 %.1f ms%n", q, pct(byCode, 50), pct(byCode, 95));
		System.out.printf("search by name (%d): p50 %.1f ms, p95 %.1f ms%n", q, pct(byName, 50), pct(byName, 95));
	}

	private long time(String query, boolean exact) throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/subjects?" + query))
			.header("Authorization", TOKEN)
			.build(), HttpResponse.BodyHandlers.ofString());
		long nanos = System.nanoTime() - started;
		if (response.statusCode() != 200 || !response.body().startsWith("[{")) {
			throw new IllegalStateException(query + " answered " + response.statusCode() + " " + response.body());
		}
		return nanos;
	}

	private static double pct(List<Long> nanos, int percentile) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
	}
}
