package cn.oneteam.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/**
 * Figures, not a test of times (docs/adr/0021-approval-exchange.md): push latency from a {@code CaseDecided} published
 * (committed) to its arrival at a real receiving server, with the scheduled sender scanning every 50 ms, for N decisions
 * published one by one (p50/p95), and the messages per second of a burst of N. Not run by the suite (its name does not
 * end in Tests); run it alone: {@code ./mvnw test -Dtest=ExchangePushBenchmark -Dexchange.bench.n=200}.
 */
class ExchangePushBenchmark extends ExchangeTestSupport {

	private static final int N = Integer.getInteger("exchange.bench.n", 200);

	@Test
	void pushLatencyAndRate() throws Exception {
		// the sender's scan as the scheduler runs it with oneteam.exchange.scan-interval = PT0.05S (the test JVM keeps
		// the scheduled one still: IntegrationTest)
		java.util.concurrent.atomic.AtomicBoolean scanning = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread scanner = new Thread(() -> {
			while (scanning.get()) {
				sender.deliverDue(java.time.OffsetDateTime.now());
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "exchange-bench-scan");
		scanner.start();
		try (TestReceiver receiver = new TestReceiver()) {
			Partner partner = register(receiver.endpoint());
			receiver.secret(partner.secret());
			long subject = subject();
			licensed(subject, partner);
			Map<Long, Long> published = new ConcurrentHashMap<>();
			Map<Long, Long> arrived = new ConcurrentHashMap<>();
			receiver.onArrival(r -> arrived.putIfAbsent(json.readTree(r.body()).get("caseId").asLong(), r.arrivedNanos()));

			// latency: one decision at a time, about 20 a second
			List<Long> paced = new ArrayList<>();
			for (int i = 0; i < N; i++) {
				long caseId = caseId();
				paced.add(caseId);
				published.put(caseId, System.nanoTime());
				decide(subject, caseId, "基准〔2026〕" + i + "号");
				Thread.sleep(50);
			}
			await().atMost(Duration.ofMinutes(5)).until(() -> paced.stream().allMatch(arrived::containsKey));
			List<Double> millis = new ArrayList<>();
			for (long caseId : paced) {
				millis.add((arrived.get(caseId) - published.get(caseId)) / 1e6);
			}
			Collections.sort(millis);

			// rate: a burst of N decisions, first publication to last arrival
			List<Long> burst = new ArrayList<>();
			long start = System.nanoTime();
			for (int i = 0; i < N; i++) {
				long caseId = caseId();
				burst.add(caseId);
				decide(subject, caseId, "基准〔2026〕B" + i + "号");
			}
			long publishedAll = System.nanoTime();
			await().atMost(Duration.ofMinutes(5)).until(() -> burst.stream().allMatch(arrived::containsKey));
			long last = burst.stream().mapToLong(arrived::get).max().orElseThrow();
			double seconds = (last - start) / 1e9;

			double enqueued = jdbc.sql("""
					select extract(epoch from max(created_at) - min(created_at)) from exchange_message
					where partner_id = ? and payload like '%基准〔2026〕B%'""")
				.param(partner.id())
				.query(Double.class)
				.single();
			System.out.printf("EXCHANGE BENCH: the burst's messages were enqueued by the listener within %.2f s%n", enqueued);
			assertThat(receiver.received()).allSatisfy(r -> assertThat(r.validSignature()).isTrue());
			System.out.printf("EXCHANGE BENCH: %d decisions one by one (scan every 50 ms): latency p50 %.1f ms, p95 %.1f ms, "
					+ "max %.1f ms%n", N, percentile(millis, 50), percentile(millis, 95), millis.get(millis.size() - 1));
			System.out.printf("EXCHANGE BENCH: burst of %d decisions published in %.2f s, all received after %.2f s: "
					+ "%.0f messages/s%n", N, (publishedAll - start) / 1e9, seconds, N / seconds);
		}
		finally {
			scanning.set(false);
			scanner.join();
		}
	}

	private static double percentile(List<Double> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}
}
