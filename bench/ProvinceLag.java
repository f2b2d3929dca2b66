import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of bench/province.sh's lag part: 12345 hotline work orders sent at a steady RATE per second for SECONDS
 * seconds through the HTTP API as the demo hotline account (each one an event received and routed, whose commit
 * publishes the events the dashboards' listener consumes, docs/adr/0050-dashboards-and-projections.md). Prints the
 * orders sent, the rate reached and the orders' own p50/p95; the lag itself is read from event_publication by the
 * script. Usage: {@code java bench/ProvinceLag.java BASE_URL RATE SECONDS}.
 */
public class ProvinceLag {

	private static final String HOTLINE = "ot_demo_hx_hotline_token_for_local_use_only";

	private static final List<String> TOWNSHIPS = List.of("632802001", "632802002", "632802003", "632802100",
			"632802101", "632802102", "632802200");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int rate = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String run = Long.toString(System.currentTimeMillis(), 36);
		ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger sent = new AtomicInteger();
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
		var workers = Executors.newFixedThreadPool(32);
		long t0 = System.nanoTime();
		timer.scheduleAtFixedRate(() -> {
			int i = sent.incrementAndGet();
			workers.submit(() -> {
				long start = System.nanoTime();
				try {
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/intake/hotline/orders"))
						.header("Authorization", "Bearer " + HOTLINE)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(String.format(
								"{\"orderId\":\"L%s-%06d\",\"order\":{\"requestType\":\"COMPLAINT\",\"matter\":\"HX-CG-020\","
										+ "\"description\":\"看板延迟压测工单 %d\",\"division\":\"%s\",\"reporterPhone\":\"13800000000\"}}",
								run, i, i, TOWNSHIPS.get(i % TOWNSHIPS.size()))))
						.build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 201) {
						failed.incrementAndGet();
					}
				}
				catch (Exception e) {
					failed.incrementAndGet();
				}
				millis.add((System.nanoTime() - start) / 1_000_000);
			});
		}, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
		Thread.sleep(seconds * 1000L);
		timer.shutdownNow();
		workers.shutdown();
		workers.awaitTermination(5, TimeUnit.MINUTES);
		double elapsed = (System.nanoTime() - t0) / 1e9;
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		System.out.printf("  orders: %d sent in %.1f s (%.1f/s), %d failed; the order's own time p50 %d ms, p95 %d ms%n",
				sorted.size(), elapsed, sorted.size() / elapsed, failed.get(), sorted.get(sorted.size() / 2),
				sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95))));
	}
}
