package cn.oneteam.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's receiving system for the tests: a real HTTP server on an ephemeral loopback port that keeps every request
 * (headers and body), verifies the signature with the partner's secret as a receiver would
 * (docs/adr/0021-approval-exchange.md), answers the statuses it is told (then 200), and processes each message id once:
 * a repeat is answered 200 with {@code {"duplicate":true}} and not processed again.
 */
final class TestReceiver implements AutoCloseable {

	record Received(String messageId, String kind, String timestamp, String signature, String body, boolean validSignature,
			long arrivedNanos) {
	}

	private final HttpServer server;

	private final List<Received> received = new ArrayList<>();

	private final Set<String> processed = new LinkedHashSet<>();

	private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();

	private volatile int failWith;

	private volatile String secret = "";

	private volatile Consumer<Received> onArrival = r -> {
	};

	static {
		// answer without waiting for the client's delayed ACK (Nagle), as a production web server does
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	TestReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			String id = exchange.getRequestHeaders().getFirst(ExchangeSender.MESSAGE_ID);
			String timestamp = exchange.getRequestHeaders().getFirst(ExchangeSender.TIMESTAMP);
			String signature = exchange.getRequestHeaders().getFirst(ExchangeSender.SIGNATURE);
			boolean valid = signature != null && timestamp != null
					&& signature.equals(ExchangeSender.sign(secret, timestamp, body));
			Received r = new Received(id, exchange.getRequestHeaders().getFirst(ExchangeSender.KIND), timestamp, signature,
					new String(body, StandardCharsets.UTF_8), valid, System.nanoTime());
			int status;
			String answer;
			synchronized (this) {
				received.add(r);
				Integer next = statuses.poll();
				status = next != null ? next : failWith != 0 ? failWith : 200;
				if (status / 100 != 2) {
					answer = "{\"error\":\"busy\"}";
				}
				else if (!valid) {
					status = 401;
					answer = "{\"error\":\"signature\"}";
				}
				else if (!processed.add(id)) {
					answer = "{\"duplicate\":true,\"messageId\":\"" + id + "\"}";
				}
				else {
					answer = "{\"received\":true,\"messageId\":\"" + id + "\"}";
				}
			}
			onArrival.accept(r);
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	void secret(String secret) {
		this.secret = secret;
	}

	/** The next answers, in order; afterwards {@link #failWith} or 200. */
	void answer(int... next) {
		for (int status : next) {
			statuses.add(status);
		}
	}

	/** Answers every request with this status (0: 200). */
	void failWith(int status) {
		this.failWith = status;
	}

	void onArrival(Consumer<Received> listener) {
		this.onArrival = listener;
	}

	synchronized List<Received> received() {
		return List.copyOf(received);
	}

	synchronized List<Received> received(String messageId) {
		return received.stream().filter(r -> messageId.equals(r.messageId())).toList();
	}

	/** The message ids this receiver processed (each once). */
	synchronized Set<String> processed() {
		return Set.copyOf(processed);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
