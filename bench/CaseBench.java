import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load of the general procedure through the HTTP API: C clients each take cases from a clue to a closed case as the
 * 德令哈 demo accounts with their published tokens — the officer acts, the squad head and the head approve, the legal
 * reviewer reviews — 18 requests a case. Prints cases per second, requests per second, and the mean and 95th
 * percentile latency of each action. Every date lies in September 2026, on the loaded calendar.
 * Usage: {@code [OFFICERS='[1,2]'] java bench/CaseBench.java BASE_URL [N=200] [C=8] [WARMUP=16]}.
 */
public class CaseBench {

	private static final String OFFICER = token("dlh.officer1");

	private static final String SQUAD = token("dlh.squad");

	private static final String HEAD = token("dlh.head");

	private static final String LEGAL = token("dlh.legal");

	/** The actions of one case, in order; approvals are named after the action they approve. */
	private static final List<String> ACTIONS = List.of("register-clue", "file", "approve:file(squad)",
			"approve:file(head)", "record-investigation", "submit-report", "review-case", "propose", "approve:propose",
			"serve-notice", "record-waiver", "decide", "approve:decide", "serve-decision", "record-payment", "close",
			"approve:close(squad)", "approve:close(head)");

	private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

	private static final Pattern PENDING = Pattern.compile("\"pendingApproval\":\\{\"id\":(\\d+)");

	private static final Pattern STAGE = Pattern.compile("\"stage\":\"([A-Z_]+)\"");

	private static final Pattern ORGANIZATION = Pattern.compile("\"organizationId\":(\\d+)");

	/** A person of the establishment and the account linked to it, in a list of people. */
	private static final Pattern PERSON = Pattern.compile("\"id\":\\{\"value\":(\\d+)\\},"
			+ "\"organizationId\":\\{\"value\":\\d+\\},[^{}]*?\"category\":\"ESTABLISHMENT\"[^{}]*?\"accountId\":(null|\\d+)");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String tag = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

	private Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();

	private String officers;

	private int rounds;

	CaseBench(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: java bench/CaseBench.java BASE_URL [N=200] [C=8] [WARMUP=16]");
			System.exit(2);
		}
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int c = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 16;
		CaseBench bench = new CaseBench(args[0].replaceAll("/$", ""));
		// OFFICERS (a JSON array of two person ids) for a server without OneTeam's people API: the Flowable peer
		bench.officers = System.getenv("OFFICERS") != null ? System.getenv("OFFICERS") : bench.officerPair();
		System.out.println("officers (person ids): " + bench.officers);
		if (warmup > 0) {
			Run warm = bench.run(warmup, c);
			System.out.printf("warm-up: %d cases, %d failed, %.1f s (not counted)%n", warmup, warm.failed,
					warm.seconds);
		}
		Run run = bench.run(n, c);
		bench.report(n, c, run);
		System.exit(run.failed == 0 ? 0 : 1);
	}

	/** Runs {@code n} cases on {@code c} clients; latencies are those of this run only. */
	Run run(int n, int c) throws InterruptedException {
		latencies = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		List<String> errors = Collections.synchronizedList(new ArrayList<>());
		String round = tag + "-" + ++rounds;
		ExecutorService clients = Executors.newFixedThreadPool(c);
		long started = System.nanoTime();
		for (int client = 0; client < c; client++) {
			clients.execute(() -> {
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					try {
						oneCase(round + "-" + i);
					}
					catch (Exception e) {
						failed.incrementAndGet();
						if (errors.size() < 3) {
							errors.add(e.getMessage());
						}
					}
				}
			});
		}
		clients.shutdown();
		clients.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - started) / 1e9;
		errors.forEach(e -> System.out.println("failure: " + e));
		return new Run(seconds, failed.get());
	}

	/** One case from the clue to the closed case: 18 requests. */
	private void oneCase(String suffix) throws Exception {
		String clue = """
				{"matter":"HX-CG-009","place":"632802003","partyKind":"ORGANISATION","partyName":"（压测）某烧烤店%s",
				 "facts":"在禁止时段露天烧烤食品","source":"INSPECTION","discoveredOn":"2026-09-01"}""".formatted(suffix);
		long id = number(ID, post("register-clue", OFFICER, "/api/v1/cases/clues", clue));
		String filing = act("file", OFFICER, id, """
				{"filedOn":"2026-09-02","actOn":"2026-08-30","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(officers));
		long request = number(PENDING, filing);
		approve("approve:file(squad)", SQUAD, request);
		expectStage(approve("approve:file(head)", HEAD, request), "INVESTIGATING");
		act("record-investigation", OFFICER, id, """
				{"kind":"INSPECTION","on":"2026-09-03","summary":"现场检查，烧烤摊位3处","officers":%s,"certificateShown":true}"""
			.formatted(officers));
		act("submit-report", OFFICER, id, """
				{"on":"2026-09-07","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],
				 "complexOrMajor":false,"majorPublicInterest":false,"majorRights":false,"multipleRelations":false,
				 "reviewRequiredByLaw":false,"summary":"事实清楚，证据确凿"}""");
		act("review-case", LEGAL, id, "{\"on\":\"2026-09-08\",\"opinion\":\"AGREE\",\"text\":\"同意\"}");
		request = number(PENDING, act("propose", OFFICER, id, "{\"on\":\"2026-09-08\",\"note\":\"拟罚款\"}"));
		expectStage(approve("approve:propose", HEAD, request), "NOTICE");
		act("serve-notice", OFFICER, id, "{\"servedOn\":\"2026-09-09\",\"hearingRightNotified\":false}");
		act("record-waiver", OFFICER, id, "{\"on\":\"2026-09-10\",\"how\":\"当事人书面放弃陈述申辩\"}");
		request = number(PENDING, act("decide", OFFICER, id, """
				{"decidedOn":"2026-09-11","outcome":"PENALTY","kinds":["FINE"],"fine":2000}"""));
		expectStage(approve("approve:decide", HEAD, request), "DECIDED");
		act("serve-decision", OFFICER, id, "{\"on\":\"2026-09-11\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		act("record-payment", OFFICER, id, "{\"paidOn\":\"2026-09-15\",\"amount\":2000,\"reference\":\"BENCH-" + id + "\"}");
		request = number(PENDING, act("close", OFFICER, id, "{\"on\":\"2026-09-16\",\"summary\":\"罚款已缴清\"}"));
		approve("approve:close(squad)", SQUAD, request);
		expectStage(approve("approve:close(head)", HEAD, request), "CLOSED");
	}

	/**
	 * dlh.officer1's person and the bureau's certified officer with the lowest person id among the other accounts'
	 * people who are not heads or reviewers (in the demo, dlh.officer2), as a JSON array.
	 */
	private String officerPair() throws Exception {
		String me = get(OFFICER, "/api/v1/me");
		long account = number(ID, me);
		long organization = number(ORGANIZATION, me);
		List<Long> notOfficers = new ArrayList<>();
		for (String token : List.of(SQUAD, HEAD, LEGAL)) {
			notOfficers.add(number(ID, get(token, "/api/v1/me")));
		}
		Matcher people = PERSON.matcher(get(OFFICER, "/api/v1/organizations/" + organization + "/people"));
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
					+ "/qualification?domain=URBAN_MANAGEMENT&date=2026-09-02").contains("\"officer\":{\"qualified\":true")) {
				return "[" + first + "," + person + "]";
			}
		}
		throw new IllegalStateException("no two certified officers found for dlh.officer1's bureau");
	}

	private String act(String action, String token, long caseId, String body) throws Exception {
		return post(action, token, "/api/v1/cases/" + caseId + "/" + action, body);
	}

	private String approve(String label, String token, long request) throws Exception {
		return post(label, token, "/api/v1/cases/approvals/" + request + "/approve", "{\"text\":\"同意\"}");
	}

	private String post(String label, String token, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json; charset=utf-8")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		latencies.computeIfAbsent(label, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - started);
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(label + " " + path + " -> " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(400, response.body().length())));
		}
		return response.body();
	}

	private String get(String token, String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " -> " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static long number(Pattern pattern, String body) {
		Matcher m = pattern.matcher(body);
		if (!m.find()) {
			throw new IllegalStateException(pattern + " not in " + body.substring(0, Math.min(300, body.length())));
		}
		return Long.parseLong(m.group(1));
	}

	private static void expectStage(String detail, String stage) {
		Matcher m = STAGE.matcher(detail);
		String got = m.find() ? m.group(1) : "none";
		if (!got.equals(stage)) {
			throw new IllegalStateException("expected stage " + stage + ", got " + got);
		}
	}

	private void report(int n, int c, Run run) {
		int done = n - run.failed;
		long requests = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
		System.out.printf("%d cases (%d failed) on %d clients in %.1f s: %.2f cases/s, %d requests = %.1f requests/s%n",
				n, run.failed, c, run.seconds, done / run.seconds, requests, requests / run.seconds);
		System.out.printf("%-22s %6s %9s %9s %9s%n", "action", "n", "mean ms", "p95 ms", "max ms");
		Map<String, ConcurrentLinkedQueue<Long>> ordered = new LinkedHashMap<>();
		ACTIONS.forEach(a -> ordered.put(a, latencies.getOrDefault(a, new ConcurrentLinkedQueue<>())));
		ordered.forEach((action, values) -> {
			List<Long> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			if (sorted.isEmpty()) {
				return;
			}
			double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
			double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
			System.out.printf("%-22s %6d %9.1f %9.1f %9.1f%n", action, sorted.size(), mean, p95,
					sorted.get(sorted.size() - 1) / 1e6);
		});
	}

	/** The demo's published token of an account (DemoData.token). */
	private static String token(String username) {
		return "ot_demo_" + username.replace('.', '_') + "_token_for_local_use_only";
	}

	private record Run(double seconds, int failed) {
	}
}
