import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A receiving system of an approval department for the demo (docs/adr/0021-approval-exchange.md): listens on
 * 127.0.0.1:PORT/hook, verifies X-Signature (HMAC-SHA256 with the partner's secret over "timestamp.body") and the
 * timestamp (within 5 minutes), processes each X-OneTeam-Message-Id once and acknowledges with JSON.
 * Usage: {@code java bench/ExchangeReceiver.java PORT SECRET}; then set the partner's endpoint on /exchange to
 * {@code http://127.0.0.1:PORT/hook}.
 */
public class ExchangeReceiver {

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: java bench/ExchangeReceiver.java PORT SECRET");
			System.exit(2);
		}
		byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
		Set<String> seen = ConcurrentHashMap.newKeySet();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
		server.createContext("/hook", exchange -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			String id = exchange.getRequestHeaders().getFirst("X-OneTeam-Message-Id");
			String timestamp = exchange.getRequestHeaders().getFirst("X-OneTeam-Timestamp");
			String signature = exchange.getRequestHeaders().getFirst("X-Signature");
			int status;
			String answer;
			if (id == null || timestamp == null || signature == null || !signature.equals(sign(secret, timestamp, body))) {
				status = 401;
				answer = "{\"error\":\"signature\"}";
			}
			else if (Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
				status = 401;
				answer = "{\"error\":\"stale timestamp\"}";
			}
			else if (!seen.add(id)) {
				status = 200;
				answer = "{\"duplicate\":true,\"messageId\":\"" + id + "\"}";
			}
			else {
				status = 200;
				answer = "{\"received\":true,\"messageId\":\"" + id + "\"}";
				System.out.println(id + " " + new String(body, StandardCharsets.UTF_8));
			}
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		System.out.println("listening on http://127.0.0.1:" + args[0] + "/hook");
	}

	static String sign(byte[] secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
