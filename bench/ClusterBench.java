import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several instances behind HAProxy (docs/adr/0055-several-instances.md), two modes:
 * <ul>
 * <li>{@code load BASE SECONDS C RUN FILE}: C clients send 12345 work orders for SECONDS through BASE as the hotline
 * account, each with its own order id ({@code RUN-client-sequence}, stored as the event's external id). A request that
 * fails (the instance died under it: 502, a closed connection) is sent again with the same order id, at most 3 times,
 * as the hotline system does; the platform acknowledges a repeat without making a second event. Prints the
 * acknowledged (2xx), retried and failed requests, the instances that answered, orders per second and latency
 * percentiles (of the acknowledged, retries included), and appends the acknowledged order ids to FILE.</li>
 * <li>{@code session BASE}: signs in with the sign-in form through BASE, then asks for the home page six times with
 * the session cookie (round-robin: both instances), signs out with the CSRF token of a page the other instance
 * rendered, and checks the session is gone everywhere. Exits 1 when a step fails.</li>
 * </ul>
 */
public class ClusterBench {

	private static final String HOTLINE = "ot_demo_hx_hotline_token_for_local_use_only";

	private static final List<String> TOWNSHIPS = List.of("632802001", "632802002", "632802003", "632802100",
			"632802101", "632802102", "632802200");

	private static final int ATTEMPTS = 3;

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	public static void main(String[] args) throws Exception {
		if (args[0].equals("load")) {
			load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], Path.of(args[5]));
		}
		else {
			System.exit(session(args[1]) ? 0 : 1);
		}
	}

	private static void load(String base, int seconds, int clients, String run, Path file) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		Map<String, LongAdder> instances = new ConcurrentHashMap<>();
		LongAdder failed = new LongAdder();
		LongAdder retried = new LongAdder();
		Map<String, LongAdder> errors = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		System.out.printf("started: %d clients at %s%n", clients, java.time.LocalTime.now().withNano(0));
		for (int c = 0; c < clients; c++) {
			int client = c;
			pool.submit(() -> {
				for (int i = 0; System.nanoTime() < end; i++) {
					String id = run + "-" + client + "-" + i;
					long s = System.nanoTime();
					boolean done = false;
					for (int attempt = 1; attempt <= ATTEMPTS && !done; attempt++) {
						if (attempt > 1) {
							retried.increment();
							sleep(200);
						}
						String outcome;
						try {
							HttpResponse<String> answer = order(base, id, i);
							outcome = "HTTP " + answer.statusCode();
							if (answer.statusCode() / 100 == 2) {
								done = true;
								String by = answer.headers().firstValue("X-OneTeam-Instance").orElse("?");
								instances.computeIfAbsent(by, k -> new LongAdder()).increment();
							}
						}
						catch (IOException e) {
							outcome = e.getClass().getSimpleName();
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
							return null;
						}
						if (!done) {
							errors.computeIfAbsent(outcome, k -> new LongAdder()).increment();
						}
					}
					if (done) {
						latencies.add(System.nanoTime() - s);
						acknowledged.add(id);
					}
					else {
						failed.increment();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
		double wall = (System.nanoTime() - start) / 1e9;
		Files.write(file, acknowledged, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("requests: %d acknowledged (2xx), %d failed after %d attempts, %d attempts retried%n",
				sorted.size(), failed.sum(), ATTEMPTS, retried.sum());
		System.out.printf("answered by: %s; failed attempts: %s%n", counts(instances), counts(errors));
		if (!sorted.isEmpty()) {
			System.out.printf("throughput: %.1f orders/s acknowledged over %.1f s; latency p50 %.1f ms, p95 %.1f ms, "
					+ "p99 %.1f ms, max %.1f ms%n", sorted.size() / wall, wall, at(sorted, 0.50), at(sorted, 0.95),
					at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
		}
	}

	private static HttpResponse<String> order(String base, String id, int i) throws IOException, InterruptedException {
		String json = String.format("{\"orderId\":\"%s\",\"order\":{\"requestType\":\"COMPLAINT\",\"matter\":\"HX-CG-020\","
				+ "\"description\":\"集群基准工单 %s\",\"division\":\"%s\",\"reporterPhone\":\"13800000000\"}}", id, id,
				TOWNSHIPS.get(i % TOWNSHIPS.size()));
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/intake/hotline/orders"))
			.header("Authorization", "Bearer " + HOTLINE).header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static boolean session(String base) throws Exception {
		HttpResponse<String> login = send(base, "/login", null, null);
		String anonymous = cookie(login);
		HttpResponse<String> signIn = send(base, "/login", anonymous,
				form(Map.of("username", "dlh.squad", "password", "OneTeam@2026", "_csrf", csrf(login.body()))));
		String session = cookie(signIn);
		boolean ok = check("signed in on " + instance(signIn) + " (a new session id: fixation protection)",
				signIn.statusCode() == 302 && signIn.headers().firstValue("Location").orElse("").endsWith("/")
						&& !session.equals(anonymous));
		List<String> seen = new ArrayList<>();
		HttpResponse<String> page = null;
		boolean signedIn = true;
		for (int i = 0; i < 6; i++) {
			page = send(base, "/", session, null);
			seen.add(instance(page) + " " + page.statusCode());
			signedIn &= page.statusCode() == 200;
		}
		ok &= check("six pages with the session cookie: " + seen, signedIn
				&& seen.stream().map(s -> s.substring(0, 1)).distinct().count() == 2);
		HttpResponse<String> signOut = send(base, "/logout", session, form(Map.of("_csrf", csrf(page.body()))));
		HttpResponse<String> after = send(base, "/", session, null);
		HttpResponse<String> afterAgain = send(base, "/", session, null);
		ok &= check("signed out on " + instance(signOut) + " with the CSRF token " + instance(page)
				+ " rendered; then " + instance(after) + " and " + instance(afterAgain) + " send to sign-in",
				signOut.headers().firstValue("Location").orElse("").endsWith("/login?logout")
						&& after.headers().firstValue("Location").orElse("").endsWith("/login")
						&& afterAgain.headers().firstValue("Location").orElse("").endsWith("/login"));
		return ok;
	}

	private static boolean check(String what, boolean ok) {
		System.out.println("session: " + what + (ok ? ": ok" : ": FAILED"));
		return ok;
	}

	private static HttpResponse<String> send(String base, String path, String session, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String form(Map<String, String> fields) {
		return String.join("&", fields.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
	}

	private static String cookie(HttpResponse<String> response) {
		return match(String.join("\n", response.headers().allValues("Set-Cookie")), "SESSION=([^;]+)");
	}

	private static String csrf(String html) {
		return match(html, "name=\"_csrf\" value=\"([^\"]+)\"");
	}

	private static String instance(HttpResponse<String> response) {
		return response.headers().firstValue("X-OneTeam-Instance").orElse("?");
	}

	private static String match(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no " + regex + " in " + text);
		}
		return m.group(1);
	}

	private static String counts(Map<String, LongAdder> counts) {
		Map<String, Long> sorted = new TreeMap<>();
		counts.forEach((k, v) -> sorted.put(k, v.sum()));
		return sorted.isEmpty() ? "none" : sorted.toString();
	}

	private static double at(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
