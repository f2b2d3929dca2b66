import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intake under load through the HTTP API: grows the catalogue to 2,000 matters with the catalogue's import API (each
 * generated matter enforced county-wide in 德令哈 by a boundary), then C clients send N 12345 work orders as the
 * hotline account — each routed by the catalogue resolver on arrival — and finally ask the resolver directly.
 * Prints orders per second with p50/p95, repeats acknowledged, and resolver latency. The full national division tree
 * is loaded at start. Usage: {@code java bench/IntakeBench.java BASE_URL [N=2000] [C=8] [MATTERS=2000] [ASKS=N]} (ASKS: resolver
 * calls by C clients, then by one).
 */
public class IntakeBench {

	private static final String ADMIN = "ot_demo_admin_token_for_local_use_only";

	private static final String HOTLINE = "ot_demo_hx_hotline_token_for_local_use_only";

	private static final List<String> TOWNSHIPS = List.of("632802001", "632802002", "632802003", "632802100",
			"632802101", "632802102", "632802200");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		int c = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int target = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
		int asks = args.length > 4 ? Integer.parseInt(args[4]) : n;

		int existing = count(get(base + "/api/v1/catalog/matters", ADMIN).body(), "\"code\":");
		int generated = Math.max(0, target - existing);
		long t0 = System.nanoTime();
		StringBuilder csv = new StringBuilder("code,domain,kind,level,name,violated_law,violated_article,penalty_law,"
				+ "penalty_article,penalty_kinds,fine_kind,fine_min,fine_max,multiple_base,effective_from,effective_to\n");
		for (int i = 1; i <= generated; i++) {
			csv.append(String.format("BX-%05d,URBAN_MANAGEMENT,PENALTY,COUNTY,基准测试事项%05d,,,《基准测试条例》,第%d条,FINE,AMOUNT,100,500,,2020-01-01,%n",
					i, i, i));
		}
		HttpResponse<String> imported = multipart(base + "/api/v1/catalog/matters/import", "bench.csv", csv.toString());
		require(imported, 200);
		System.out.printf("catalogue: %d matters (%d generated and imported in %d ms)%n", existing + generated, generated,
				(System.nanoTime() - t0) / 1_000_000);
		String bureau = match(get(base + "/api/v1/catalog/responsible?matter=HX-CG-020&division=632802003", ADMIN).body(),
				"\"enforcingBodyId\":(\\d+)");
		t0 = System.nanoTime();
		run(generated, c, i -> post(base + "/api/v1/catalog/boundaries", ADMIN, String.format(
				"{\"matter\":\"BX-%05d\",\"territory\":\"632802\",\"enforcingOrgId\":%s,\"effectiveFrom\":\"2020-01-01\"}",
				i + 1, bureau)), 201);
		System.out.printf("boundaries: %d defined in %d ms%n", generated, (System.nanoTime() - t0) / 1_000_000);

		System.out.printf("--- %d hotline work orders, %d clients, routed on arrival%n", n, c);
		String run = Long.toString(System.currentTimeMillis(), 36);
		IntFunction<HttpResponse<String>> order = i -> post(base + "/api/v1/intake/hotline/orders", HOTLINE,
				String.format("{\"orderId\":\"B%s-%06d\",\"order\":{\"requestType\":\"COMPLAINT\",\"matter\":\"BX-%05d\","
						+ "\"description\":\"基准测试工单 %d\",\"division\":\"%s\",\"reporterPhone\":\"13800000000\"}}",
						run, i, 1 + i % Math.max(1, generated), i, TOWNSHIPS.get(i % TOWNSHIPS.size())));
		run(Math.min(50, n), c, i -> order.apply(n + i), 201); // warm-up, other order ids
		Result orders = run(n, c, order, 201);
		orders.print("orders");
		Result repeats = run(Math.min(200, n), c, order, 200);
		repeats.print("repeated orders (acknowledged, nothing made)");

		System.out.println("--- resolver: GET /api/v1/catalog/responsible, random matter and township");
		IntFunction<HttpResponse<String>> ask = i -> get(base + String.format(
				"/api/v1/catalog/responsible?matter=BX-%05d&division=%s&date=2026-11-20",
				1 + ThreadLocalRandom.current().nextInt(Math.max(1, generated)),
				TOWNSHIPS.get(ThreadLocalRandom.current().nextInt(TOWNSHIPS.size()))), ADMIN);
		run(100, c, ask, 200);
		run(asks, c, ask, 200).print("resolver answers");
		run(asks, 1, ask, 200).print("resolver answers, one client");
	}

	record Result(int count, long wallNanos, List<Long> latencies) {

		void print(String what) {
			List<Long> sorted = new ArrayList<>(latencies);
			Collections.sort(sorted);
			System.out.printf("%s: %d in %.1f s = %.0f/s; latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms%n",
					what, count, wallNanos / 1e9, count / (wallNanos / 1e9), at(sorted, 0.50), at(sorted, 0.95),
					at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
		}

		private static double at(List<Long> sorted, double q) {
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
		}
	}

	private static Result run(int n, int clients, IntFunction<HttpResponse<String>> call, int expected)
			throws InterruptedException {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		for (int t = 0; t < clients; t++) {
			pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					long s = System.nanoTime();
					require(call.apply(i), expected);
					latencies.add(System.nanoTime() - s);
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		if (latencies.size() != n) {
			throw new IllegalStateException("only " + latencies.size() + " of " + n + " calls succeeded");
		}
		return new Result(n, System.nanoTime() - start, new ArrayList<>(latencies));
	}

	private static HttpResponse<String> get(String url, String token) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
	}

	private static HttpResponse<String> post(String url, String token, String json) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static HttpResponse<String> multipart(String url, String name, String content) {
		String boundary = "bench" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + ADMIN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void require(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
					+ response.body());
		}
	}

	private static int count(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	private static String match(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no " + regex + " in " + text);
		}
		return m.group(1);
	}
}
