import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The searches of issue 18 through the HTTP API, one client: the calls listed in QUERIES (bench/search.sh writes it),
 * one a line {@code label TAB token TAB path}, grouped by label; each group's first three calls warm up, then every
 * call of the group is timed in turn (the paths of a group vary: other codes, other names). Prints p50, p95 and p99 of
 * each group, its calls, the rows (array elements) and bytes of its last answer. An answer other than 200 stops the
 * bench. Usage: {@code java bench/SearchBench.java BASE_URL QUERIES}.
 */
public class SearchBench {

	private static final int WARM_UP = 3;

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: java bench/SearchBench.java BASE_URL QUERIES");
			System.exit(2);
		}
		String base = args[0].replaceAll("/$", "");
		Map<String, List<String[]>> groups = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of(args[1]))) {
			String[] call = line.split("\t");
			groups.computeIfAbsent(call[0], k -> new ArrayList<>()).add(call);
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		for (Map.Entry<String, List<String[]>> group : groups.entrySet()) {
			List<String[]> calls = group.getValue();
			List<Long> nanos = new ArrayList<>();
			String last = "";
			for (int k = 0; k < WARM_UP + calls.size(); k++) {
				String[] call = calls.get(k < WARM_UP ? k % calls.size() : k - WARM_UP);
				long started = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + ascii(call[2])))
					.header("Authorization", "Bearer " + call[1])
					.timeout(Duration.ofMinutes(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - started;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(call[2] + " answered " + response.statusCode() + " "
							+ response.body().substring(0, Math.min(400, response.body().length())));
				}
				if (k >= WARM_UP) {
					nanos.add(took);
					last = response.body();
				}
			}
			Collections.sort(nanos);
			System.out.printf("  %-44s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d calls; last %d rows, %d kB)%n",
					group.getKey(), pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos.size(), rows(last),
					last.length() / 1024);
		}
	}

	/** The path with every character beyond ASCII percent-encoded as UTF-8. */
	private static String ascii(String path) {
		StringBuilder encoded = new StringBuilder();
		for (char c : path.toCharArray()) {
			if (c < 128) {
				encoded.append(c);
			}
			else {
				for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
					encoded.append('%').append(String.format("%02X", b & 0xff));
				}
			}
		}
		return encoded.toString();
	}

	/** The element at the percentile, nearest rank. */
	private static double pct(List<Long> sorted, int percentile) {
		int rank = (int) Math.ceil(sorted.size() * percentile / 100.0);
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}

	/** The top-level elements of a JSON array answer (objects counted at depth one). */
	private static int rows(String json) {
		int depth = 0;
		int rows = 0;
		boolean quoted = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (quoted) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '{' || c == '[') {
				if (c == '{' && depth == 1) {
					rows++;
				}
				depth++;
			}
			else if (c == '}' || c == ']') {
				depth--;
			}
		}
		return rows;
	}
}
