import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash check's client (bench/crash.sh). {@code load BASE_URL C LOG}: C clients, each sending in turn a 12345
 * hotline work order with its own order id and one step of its current case (clue → file → two approvals →
 * investigation → report), writing every request answered 2xx to LOG (one line, flushed) — until the application
 * stops answering. {@code check BASE_URL LOG}: after the restart, every acknowledged order is sent again with the
 * same order id (twice), every touched case's record is read and verified, and the figures are printed.
 */
public class CrashBench {

	private static final String HOTLINE = "ot_demo_hx_hotline_token_for_local_use_only";

	private static final String OFFICER = token("dlh.officer1");

	private static final String SQUAD = token("dlh.squad");

	private static final String HEAD = token("dlh.head");

	private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

	private static final Pattern PENDING = Pattern.compile("\"pendingApproval\":\\{\"id\":(\\d+)");

	private static final Pattern TRACKING = Pattern.compile("\"trackingNumber\":\"([A-Z0-9]+)\"");

	private static final Pattern ORGANIZATION = Pattern.compile("\"organizationId\":(\\d+)");

	private static final Pattern HASH = Pattern.compile("\"hash\":\"([0-9a-f]{64})\"");

	private static final Pattern PERSON = Pattern.compile("\"id\":\\{\"value\":(\\d+)\\},"
			+ "\"organizationId\":\\{\"value\":\\d+\\},[^{}]*?\"category\":\"ESTABLISHMENT\"[^{}]*?\"accountId\":(null|\\d+)");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	CrashBench(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		CrashBench bench = new CrashBench(args[1]);
		if (args[0].equals("load")) {
			bench.load(Integer.parseInt(args[2]), Path.of(args[3]));
		}
		else {
			bench.check(Path.of(args[2]));
		}
	}

	// --- load

	private void load(int clients, Path log) throws Exception {
		String officers = officerPair();
		String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		AtomicBoolean down = new AtomicBoolean();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
			List<Thread> threads = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				Thread t = new Thread(() -> client(client, run, officers, out, down));
				t.start();
				threads.add(t);
			}
			for (Thread t : threads) {
				t.join();
			}
		}
	}

	private void client(int client, String run, String officers, PrintWriter out, AtomicBoolean down) {
		long caseId = 0;
		int step = 0;
		long pending = 0;
		int failures = 0;
		for (int i = 0; failures < 5; i++) {
			String orderId = "CRASH-" + run + "-" + client + "-" + i;
			try {
				log(out, "sent order " + orderId);
				HttpResponse<String> order = post(HOTLINE, "/api/v1/intake/hotline/orders", orderBody(orderId, i));
				if (order.statusCode() == 201) {
					log(out, "ack order " + orderId + " " + group(TRACKING, order.body()));
				}
				String path;
				String token = OFFICER;
				String body;
				switch (step) {
					case 0 -> {
						path = "/api/v1/cases/clues";
						body = """
								{"matter":"HX-CG-009","place":"632802003","partyKind":"ORGANISATION","partyName":"（崩溃测试）某烧烤店%s-%d-%d",
								 "facts":"在禁止时段露天烧烤食品","source":"INSPECTION","discoveredOn":"2026-09-01"}"""
							.formatted(run, client, i);
					}
					case 1 -> {
						path = "/api/v1/cases/" + caseId + "/file";
						body = """
								{"filedOn":"2026-09-02","actOn":"2026-08-30","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
							.formatted(officers);
					}
					case 2, 3 -> {
						path = "/api/v1/cases/approvals/" + pending + "/approve";
						token = step == 2 ? SQUAD : HEAD;
						body = "{\"text\":\"同意\"}";
					}
					case 4 -> {
						path = "/api/v1/cases/" + caseId + "/record-investigation";
						body = """
								{"kind":"INSPECTION","on":"2026-09-03","summary":"现场检查，烧烤摊位3处","officers":%s,"certificateShown":true}"""
							.formatted(officers);
					}
					default -> {
						path = "/api/v1/cases/" + caseId + "/submit-report";
						body = """
								{"on":"2026-09-07","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],
								 "complexOrMajor":false,"majorPublicInterest":false,"majorRights":false,"multipleRelations":false,
								 "reviewRequiredByLaw":false,"summary":"事实清楚，证据确凿"}""";
					}
				}
				HttpResponse<String> action = post(token, path, body);
				if (action.statusCode() / 100 == 2) {
					if (step == 0) {
						caseId = Long.parseLong(group(ID, action.body()));
					}
					if (step == 1) {
						pending = Long.parseLong(group(PENDING, action.body()));
					}
					log(out, "ack action " + caseId + " " + step);
					HttpResponse<String> record = get(OFFICER, "/api/v1/cases/" + caseId + "/record");
					if (record.statusCode() == 200) {
						List<String> hashes = all(HASH, record.body());
						log(out, "observed " + caseId + " " + hashes.size() + " " + hashes.get(hashes.size() - 1));
					}
					step = (step + 1) % 6;
				}
				else {
					System.out.println("client " + client + ": " + path + " -> " + action.statusCode() + " "
							+ action.body().substring(0, Math.min(300, action.body().length())));
					step = 0;
				}
				failures = 0;
			}
			catch (IOException | InterruptedException | RuntimeException e) {
				failures++;
				if (down.compareAndSet(false, true)) {
					System.out.println("the application stopped answering: " + e);
				}
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ie) {
					return;
				}
			}
		}
	}

	private static synchronized void log(PrintWriter out, String line) {
		out.println(line);
		out.flush();
	}

	private static String orderBody(String orderId, int i) {
		return """
				{"orderId":"%s","order":{"requestType":"COMPLAINT","matter":"HX-CG-009","description":"崩溃测试工单 %d：夜间露天烧烤",
				 "division":"632802003","reporterPhone":"13800000000"}}""".formatted(orderId, i);
	}

	// --- check

	private void check(Path log) throws Exception {
		Map<String, String> acknowledgedOrders = new LinkedHashMap<>();
		Set<String> sentOrders = new LinkedHashSet<>();
		Map<Long, Integer> acknowledgedActions = new LinkedHashMap<>();
		Map<Long, String[]> observed = new LinkedHashMap<>();
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			String[] f = line.split(" ");
			switch (f[0] + " " + f[1]) {
				case "sent order" -> sentOrders.add(f[2]);
				case "ack order" -> acknowledgedOrders.put(f[2], f[3]);
				case "ack action" -> acknowledgedActions.merge(Long.parseLong(f[2]), 1, Integer::sum);
				default -> {
					if (f[0].equals("observed")) {
						observed.put(Long.parseLong(f[1]), new String[] { f[2], f[3] });
					}
				}
			}
		}
		int answered = acknowledgedOrders.size() + acknowledgedActions.values().stream().mapToInt(i -> i).sum();

		int ordersPresent = 0;
		int duplicates = 0;
		int unansweredFound = 0;
		for (String orderId : sentOrders) {
			HttpResponse<String> again = post(HOTLINE, "/api/v1/intake/hotline/orders", orderBody(orderId, 0));
			HttpResponse<String> third = post(HOTLINE, "/api/v1/intake/hotline/orders", orderBody(orderId, 0));
			String tracking = acknowledgedOrders.get(orderId);
			if (tracking != null) {
				if (again.statusCode() == 200 && tracking.equals(group(TRACKING, again.body()))) {
					ordersPresent++;
				}
				else {
					System.out.println("order " + orderId + " (" + tracking + ") answered " + again.statusCode()
							+ " after the restart: " + again.body());
				}
				if (again.statusCode() == 201) {
					duplicates++;
				}
			}
			else if (again.statusCode() == 200) {
				unansweredFound++; // sent, never answered, yet committed: the repeat finds it
			}
			if (third.statusCode() != 200
					|| !group(TRACKING, again.body()).equals(group(TRACKING, third.body()))) {
				duplicates++;
			}
		}

		int actionsPresent = 0;
		int verified = 0;
		for (Map.Entry<Long, Integer> touched : acknowledgedActions.entrySet()) {
			long caseId = touched.getKey();
			HttpResponse<String> record = get(OFFICER, "/api/v1/cases/" + caseId + "/record");
			List<String> hashes = record.statusCode() == 200 ? all(HASH, record.body()) : List.of();
			String[] seen = observed.get(caseId);
			boolean prefixKept = seen == null || (hashes.size() >= Integer.parseInt(seen[0])
					&& hashes.get(Integer.parseInt(seen[0]) - 1).equals(seen[1]));
			// every acknowledged action wrote at least one entry of the case's record
			if (prefixKept && hashes.size() >= touched.getValue()) {
				actionsPresent += touched.getValue();
			}
			else {
				System.out.println("case " + caseId + ": " + touched.getValue() + " actions acknowledged, record has "
						+ hashes.size() + " entries" + (seen == null ? "" : ", " + seen[0] + " seen before the kill"));
			}
			HttpResponse<String> verify = get(OFFICER, "/api/v1/cases/" + caseId + "/record/verify");
			if (verify.statusCode() == 200 && verify.body().contains("\"intact\":true")) {
				verified++;
			}
			else {
				System.out.println("case " + caseId + " record/verify: " + verify.body());
			}
		}
		int ordersAcknowledged = acknowledgedOrders.size();
		int actionsAcknowledged = answered - ordersAcknowledged;
		System.out.printf("requests answered 2xx before the kill: %d (%d hotline orders, %d case actions on %d cases)%n",
				answered, ordersAcknowledged, actionsAcknowledged, acknowledgedActions.size());
		System.out.printf("present after the restart: %d of %d (orders %d of %d, case actions %d of %d)%n",
				ordersPresent + actionsPresent, answered, ordersPresent, ordersAcknowledged, actionsPresent,
				actionsAcknowledged);
		System.out.printf("orders sent without an answer (in flight at the kill or sent after it): %d, of which "
				+ "committed (found by the repeat): %d%n",
				sentOrders.size() - ordersAcknowledged, unansweredFound);
		System.out.printf("duplicates after re-sending the same %d order ids twice: %d%n", sentOrders.size(), duplicates);
		System.out.printf("record verification of the touched cases: %d of %d intact%n", verified,
				acknowledgedActions.size());
		boolean ok = ordersPresent + actionsPresent == answered && duplicates == 0
				&& verified == acknowledgedActions.size();
		System.out.println(ok ? "CRASH CHECK PASSED" : "CRASH CHECK FAILED");
		if (!ok) {
			System.exit(1);
		}
	}

	// --- HTTP

	private HttpResponse<String> post(String token, String path, String body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json; charset=utf-8")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** dlh.officer1's person and another certified officer of the bureau (as bench/CaseBench.java), as JSON. */
	private String officerPair() throws Exception {
		String me = get(OFFICER, "/api/v1/me").body();
		long account = Long.parseLong(group(ID, me));
		long organization = Long.parseLong(group(ORGANIZATION, me));
		List<Long> notOfficers = new ArrayList<>();
		for (String token : List.of(SQUAD, HEAD, token("dlh.legal"))) {
			notOfficers.add(Long.parseLong(group(ID, get(token, "/api/v1/me").body())));
		}
		Matcher people = PERSON.matcher(get(OFFICER, "/api/v1/organizations/" + organization + "/people").body());
		Long first = null;
		List<Long> candidates = new ArrayList<>();
		while (people.find()) {
			long person = Long.parseLong(people.group(1));
			String holder = people.group(2);
			if (holder.equals(Long.toString(account))) {
				first = person;
			}
			else if (!"null".equals(holder) && !notOfficers.contains(Long.parseLong(holder))) {
				candidates.add(person);
			}
		}
		Collections.sort(candidates);
		for (long person : candidates) {
			if (first != null && get(OFFICER, "/api/v1/people/" + person
					+ "/qualification?domain=URBAN_MANAGEMENT&date=2026-09-02").body()
				.contains("\"officer\":{\"qualified\":true")) {
				return "[" + first + "," + person + "]";
			}
		}
		throw new IllegalStateException("no two certified officers found for dlh.officer1's bureau");
	}

	private static String group(Pattern pattern, String body) {
		Matcher m = pattern.matcher(body);
		if (!m.find()) {
			throw new IllegalStateException(pattern + " not in " + body.substring(0, Math.min(300, body.length())));
		}
		return m.group(1);
	}

	private static List<String> all(Pattern pattern, String body) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(body);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static String token(String username) {
		return "ot_demo_" + username.replace('.', '_') + "_token_for_local_use_only";
	}
}
