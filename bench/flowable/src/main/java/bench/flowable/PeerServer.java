package bench.flowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The Flowable peer of OneTeam's general procedure: the same 18 requests a case as OneTeam's API (the paths, bodies and
 * answers bench/CaseBench.java uses), each one Flowable command and so one transaction — the caller's token, the case
 * locked, its user task found among the caller's candidate groups and completed; the service tasks after it run in the
 * same transaction. Usage: {@code java -jar flowable-peer.jar --port=P --url=JDBC_URL --user=U --password=W
 * [--font=/usr/share/fonts/truetype/arphic/uming.ttc] [--pool=10] [--threads=32]}.
 */
public final class PeerServer {

	private static final Pattern ACTION = Pattern.compile("^/api/v1/cases/(\\d+)/([a-z-]+)$");

	private static final Pattern APPROVAL = Pattern.compile("^/api/v1/cases/approvals/(\\d+)/(approve|reject)$");

	private final ObjectMapper json = new ObjectMapper();

	private final ProcessEngine engine;

	private PeerServer(ProcessEngine engine) {
		this.engine = engine;
	}

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			options.put(kv[0], kv.length > 1 ? kv[1] : "");
		}
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(required(options, "url"));
		pool.setUsername(required(options, "user"));
		pool.setPassword(options.getOrDefault("password", ""));
		pool.setMaximumPoolSize(Integer.parseInt(options.getOrDefault("pool", "10")));
		HikariDataSource dataSource = new HikariDataSource(pool);
		runScript(dataSource, "/schema.sql");
		runScript(dataSource, "/seed.sql");

		ObjectMapper json = new ObjectMapper();
		Rules rules = new Rules(new WorkingDays(json), new Record(json),
				new Documents(Path.of(options.getOrDefault("font", "/usr/share/fonts/truetype/arphic/uming.ttc"))));
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setDataSource(dataSource);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setAsyncExecutorActivate(false);
		configuration.setBeans(Map.of("rules", rules));
		ProcessEngine engine = configuration.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.name("general-procedure")
			.addClasspathResource("processes/general-procedure.bpmn20.xml")
			.enableDuplicateFiltering()
			.deploy();

		int port = Integer.parseInt(required(options, "port"));
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 256);
		ExecutorService threads = Executors.newFixedThreadPool(Integer.parseInt(options.getOrDefault("threads", "32")));
		server.setExecutor(threads);
		server.createContext("/api/v1/cases/", new PeerServer(engine)::handle);
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop(0);
			threads.shutdown();
			engine.close();
			dataSource.close();
		}));
		System.out.printf("Flowable peer is ready in %d ms on port %d (Flowable %s, history level %s)%n",
				(System.nanoTime() - started) / 1_000_000, port, ProcessEngine.VERSION,
				configuration.getHistoryLevel());
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			try {
				if (!"POST".equals(exchange.getRequestMethod())) {
					throw new Refused(405, "method-not-allowed");
				}
				String auth = exchange.getRequestHeaders().getFirst("Authorization");
				if (auth == null || !auth.startsWith("Bearer ")) {
					throw new Refused(401, "access.token-missing");
				}
				JsonNode body;
				try (InputStream in = exchange.getRequestBody()) {
					body = json.readTree(in);
				}
				String path = exchange.getRequestURI().getPath();
				Map<String, Object> detail = engine.getManagementService()
					.executeCommand(context -> route(path, auth.substring(7), body));
				respond(exchange, path.endsWith("/clues") ? 201 : 200, "application/json", detail);
			}
			catch (Exception e) {
				Refused refused = refusal(e);
				if (refused.status == 500) {
					e.printStackTrace();
				}
				Map<String, Object> problem = new LinkedHashMap<>();
				problem.put("type", "about:blank");
				problem.put("title", refused.getMessage());
				problem.put("status", refused.status);
				respond(exchange, refused.status, "application/problem+json", problem);
			}
		}
	}

	/** Inside the request's command: who calls, then the start of a case, an officer's action or an approval. */
	private Map<String, Object> route(String path, String token, JsonNode body) {
		Caller caller = authenticate(token);
		if (path.equals("/api/v1/cases/clues")) {
			caller.require("officer");
			long caseId = ((Number) Sql.value("select nextval('peer_case_id_seq')").orElseThrow()).longValue();
			Map<String, Object> variables = variables(body, caller);
			variables.put("caseId", caseId);
			engine.getRuntimeService()
				.createProcessInstanceBuilder()
				.processDefinitionKey("generalProcedure")
				.businessKey(Long.toString(caseId))
				.variables(variables)
				.start();
			return detail(caseId);
		}
		TaskService tasks = engine.getTaskService();
		Matcher approval = APPROVAL.matcher(path);
		if (approval.matches()) {
			Map<String, Object> request = Sql.row("""
					select case_id, steps[next_step] as role, state from peer_approval where id = ?""",
					Long.parseLong(approval.group(1))).orElseThrow(() -> new Refused(404, "approval.unknown"));
			if (!"PENDING".equals(request.get("state"))) {
				throw new Refused(409, "approval.not-pending");
			}
			String role = (String) request.get("role");
			caller.require(role);
			long caseId = (Long) request.get("case_id");
			Task task = tasks.createTaskQuery()
				.processInstanceId(lock(caseId, caller))
				.taskDefinitionKeyLike("approve-%")
				.taskCandidateGroup(role)
				.singleResult();
			if (task == null) {
				throw new Refused(409, "approval.not-your-step");
			}
			Map<String, Object> variables = variables(body, caller);
			variables.put("approved", approval.group(2).equals("approve"));
			variables.put("comment", body.path("text").asText(""));
			tasks.complete(task.getId(), caller.username, variables);
			return detail(caseId);
		}
		Matcher action = ACTION.matcher(path);
		if (!action.matches()) {
			throw new Refused(404, "not-found");
		}
		long caseId = Long.parseLong(action.group(1));
		Task task = tasks.createTaskQuery()
			.processInstanceId(lock(caseId, caller))
			.taskDefinitionKey(action.group(2))
			.taskCandidateGroupIn(caller.groups)
			.singleResult();
		if (task == null) {
			throw new Refused(409, "case.action-not-in-stage");
		}
		tasks.complete(task.getId(), caller.username, variables(body, caller));
		return detail(caseId);
	}

	/** An API token, kept as its SHA-256, names an account of a body with its groups. */
	private static Caller authenticate(String token) {
		Map<String, Object> account = Sql.row("""
				select id, username, groups, organization_id, person_id from peer_account where token_sha256 = ?""",
				Record.sha256(token)).orElseThrow(() -> new Refused(401, "access.token-invalid"));
		return new Caller((Long) account.get("id"), (String) account.get("username"),
				Arrays.asList((String[]) account.get("groups")), (Long) account.get("organization_id"),
				(Long) account.get("person_id"));
	}

	/** Locks the case of the caller's body (404 otherwise) and gives its process instance. */
	private static String lock(long caseId, Caller caller) {
		return (String) Sql.value("""
				select process_instance_id from peer_case where id = ? and organization_id = ? for update""", caseId,
				caller.organizationId).orElseThrow(() -> new Refused(404, "case.unknown"));
	}

	/** The request's fields as process variables (texts, numbers, flags; lists as JSON), and who acts. */
	private static Map<String, Object> variables(JsonNode body, Caller caller) {
		Map<String, Object> variables = new HashMap<>();
		body.fields().forEachRemaining(field -> {
			JsonNode value = field.getValue();
			variables.put(field.getKey(), value.isTextual() ? value.asText()
					: value.isNumber() ? value.numberValue()
					: value.isBoolean() ? value.asBoolean() : value.isNull() ? null : value);
		});
		variables.put("actor", caller.id);
		variables.put("actorPerson", caller.personId);
		variables.put("actorOrg", caller.organizationId);
		return variables;
	}

	/** The case as its row, clocks and pending approval show it after the request. */
	private static Map<String, Object> detail(long caseId) {
		Map<String, Object> detail = new LinkedHashMap<>();
		Sql.row("""
				select id, stage, matter_code, place, party_name, discovered_on, filed_on, fine, decision_number
				from peer_case where id = ?""", caseId).orElseThrow().forEach((k, v) -> detail.put(k, plain(v)));
		detail.put("pendingApproval", Sql.row("""
				select id, action, steps[next_step] as next_role from peer_approval where case_id = ? and state = 'PENDING'""",
				caseId).orElse(null));
		List<Map<String, Object>> clocks = Sql.rows("select kind, due_on, state from peer_clock where case_id = ?", caseId);
		clocks.forEach(c -> c.replaceAll((k, v) -> plain(v)));
		detail.put("clocks", clocks);
		return detail;
	}

	private static Object plain(Object value) {
		return value instanceof LocalDate d ? d.toString() : value;
	}

	/** The rule refusal behind an exception (Flowable wraps what a service task throws), or a 409/500. */
	private static Refused refusal(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof Refused r) {
				return r;
			}
			if (t instanceof FlowableOptimisticLockingException) {
				return new Refused(409, "concurrent-update");
			}
		}
		return new Refused(500, e.toString());
	}

	private void respond(HttpExchange exchange, int status, String type, Object body) throws IOException {
		byte[] bytes = json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void runScript(HikariDataSource dataSource, String resource) throws IOException, SQLException {
		try (InputStream in = PeerServer.class.getResourceAsStream(resource);
				Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("--" + name + "= is required");
		}
		return value;
	}

	private record Caller(long id, String username, List<String> groups, long organizationId, long personId) {

		void require(String group) {
			if (!groups.contains(group)) {
				throw new Refused(403, "access.denied");
			}
		}
	}
}
