package cn.oneteam.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is a clear 4xx, never a 5xx, and changes nothing (docs/adr/0012-bad-input.md). Reads the OpenAPI
 * description the running application serves, takes every write operation in it (so operations added later are
 * fuzzed without touching this test) and sends generated bad bodies and parameters — wrong types, missing fields,
 * huge strings, NUL and other control characters, lone surrogates and odd Unicode, out-of-range numbers and dates,
 * invalid percent-encoding, malformed multipart parts — as the demo administrator and as a demo officer, over a real
 * socket to the real server (so Tomcat's own parsing is part of what is tested). The generators are deterministic:
 * the same description gives the same requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFuzzTests extends IntegrationTest {

	private static final String OFFICER_TOKEN = "ot_demo_dlh_officer1_token_for_local_use_only";

	private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

	/**
	 * Columns that change by design on a refused request too. {@code api_token.last_used_at}: every authenticated
	 * request stamps the token it used (identity's AccountRepository), refused or not; {@code platform_instance.beat_at}:
	 * every running instance's heartbeat (docs/adr/0055-several-instances.md).
	 */
	private static final Map<String, Set<String>> VOLATILE_COLUMNS = Map.of("api_token", Set.of("last_used_at"),
			"platform_instance", Set.of("beat_at"));

	/**
	 * Tables that record requests by design. {@code intake_rate_bucket}: the public portal's token bucket per client
	 * address is charged before the report is read, so that a flood of bad reports is throttled too.
	 * {@code party_case_lookup}: every look-up of a party's own case is recorded, refused ones above all, and
	 * {@code party_case_refusal} counts the refusals by number; {@code disclosure_key}: the look-up's key, generated at
	 * its first use (docs/adr/0044-party-case-look-up.md).
	 */
	private static final Set<String> REQUEST_LEDGERS = Set.of("intake_rate_bucket", "party_case_lookup",
			"party_case_refusal", "disclosure_key");

	/**
	 * Projections derived from other actions, refreshed after those actions' commits by the outbox's listeners
	 * (docs/adr/0050-dashboards-and-projections.md): a refresh of an earlier test's action may land while the fuzz
	 * runs. A refused request publishes nothing, so nothing of the fuzz can reach them.
	 */
	private static final Set<String> PROJECTIONS = Set.of("analytics_fact", "analytics_counter",
			"analytics_counter_month");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private JsonNode schemas;

	@Test
	void everyWriteOperationAnswersBadInputWithA4xxAndChangesNothing() throws Exception {
		JsonNode api = json.readTree(java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
			.body());
		schemas = api.path("components").path("schemas");
		List<Operation> operations = new ArrayList<>();
		api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
			if (WRITES.contains(method.getKey())) {
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
			}
		}));
		java.sql.Connection scansHeld = holdScheduledScans();
		try {
			fuzz(operations);
		}
		finally {
			// the connection goes back to the pool with its session: let go of the locks first
			try (scansHeld; var statement = scansHeld.prepareStatement("select pg_advisory_unlock_all()")) {
				statement.execute();
			}
		}
	}

	private void fuzz(List<Operation> operations) throws Exception {
		Map<String, String> before = snapshot();
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		long started = System.nanoTime();
		int requests = 0;
		for (String token : List.of(ADMIN_TOKEN, OFFICER_TOKEN)) {
			Set<String> sent = new java.util.HashSet<>();
			for (Operation operation : operations) {
				Random random = new Random(operation.method().hashCode() * 31L + operation.path().hashCode());
				for (Variant variant : Variant.values()) {
					Request request = operation.request(variant, random, this);
					if (!sent.add(operation.method() + ' ' + request.target() + ' ' + request.contentType() + ' '
							+ (request.body() == null ? "-" : java.util.Arrays.hashCode(request.body())))) {
						continue; // an operation without a body gets the same request from several variants
					}
					Response response = send(operation.method(), request.target(), token, request.contentType(),
							request.body());
					requests++;
					statuses.merge(response.status, 1, Integer::sum);
					if (response.status >= 500 || response.status < 100) {
						failures.add("%s %s [%s, %s] -> %d %s".formatted(operation.method(), request.target(), variant,
								token.equals(ADMIN_TOKEN) ? "admin" : "officer", response.status,
								abbreviate(new String(response.body, StandardCharsets.UTF_8))));
					}
				}
			}
		}
		Map<String, String> after = snapshot();
		List<String> changed = before.keySet().stream()
			.filter(table -> !before.get(table).equals(after.get(table)))
			.toList();
		System.out.printf("API fuzz: %d write operations, %d requests in %d s, %d answered 5xx, statuses %s, "
				+ "tables changed: %s (%d scheduled scans held off)%n", operations.size(), requests,
				(System.nanoTime() - started) / 1_000_000_000, failures.size(), statuses, changed, scansHeld);
		failures.forEach(System.out::println);
		assertThat(operations).hasSizeGreaterThan(50);
		assertThat(scansHeld).as("scheduled scans held off").isGreaterThanOrEqualTo(3);
		assertThat(failures).isEmpty();
		assertThat(changed).isEmpty();
	}

	@Test
	void malformedQueryStringsAreA400ProblemOnTheApiAndA400PageElsewhere() throws Exception {
		for (String query : List.of("q=%zz", "q=%", "q=%E6%89", "q%=1", "q=a%ED%A0%80b", "q=%00")) {
			Response response = send("GET", "/api/v1/regions/search?" + query, ADMIN_TOKEN, null, null);
			String body = new String(response.body, StandardCharsets.UTF_8);
			assertThat(response.status).as(query).isEqualTo(400);
			assertThat(body).as(query).contains("urn:oneteam:problem:request.");
			assertThat(body).as(query).containsAnyOf("Invalid parameter encoding", "Character not allowed");
		}
		assertThat(send("GET", "/regions?q=%zz", null, null, null).status).isEqualTo(400);
		assertThat(send("GET", "/api/v1/regions/search?q=%E5%BE%B7", ADMIN_TOKEN, null, null).status).isEqualTo(200);
	}

	@Test
	void anOpen311RequestWithA5000CharacterEmailIsA400() throws Exception {
		String form = "service_code=HX-CG-002&attribute%5Bdivision_code%5D=632802001&description=%E5%9E%83%E5%9C%BE&email="
				+ "a".repeat(5_000) + "%40example.com";
		Response response = send("POST", "/api/open311/v2/requests.json", ADMIN_TOKEN,
				"application/x-www-form-urlencoded", form.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(response.status).isEqualTo(400);
		assertThat(new String(response.body, StandardCharsets.UTF_8)).contains("request.invalid", "reporterEmail");
	}

	// ---------------------------------------------------------------------------------------------- the database

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.springframework.context.ApplicationContext context;

	/**
	 * The scheduled scans (case clocks, intake and whistle alerts) write on their own, in this and in every other
	 * test context alive in the JVM; each runs only under its advisory lock (declared in {@link ScheduledScans}), so
	 * holding those locks on a connection of the test's own keeps them out of the comparison without excluding their
	 * tables. The record checkpoint is left free: it writes no table, and signing on demand waits for its lock.
	 */
	private int scansHeld;

	private java.sql.Connection holdScheduledScans() throws Exception {
		java.sql.Connection connection = dataSource.getConnection();
		for (ScheduledScans.Scan scan : context.getBean(ScheduledScans.class).declared()) {
			if (scan.name().equals("record-checkpoint")) {
				continue;
			}
			try (var statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
				statement.setLong(1, scan.lock());
				statement.execute();
			}
			scansHeld++;
		}
		return connection;
	}

	private Map<String, String> snapshot() {
		Map<String, String> digests = new TreeMap<>();
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class).list();
		for (String table : tables) {
			if (REQUEST_LEDGERS.contains(table) || PROJECTIONS.contains(table)) {
				continue;
			}
			Set<String> skipped = VOLATILE_COLUMNS.getOrDefault(table, Set.of());
			String columns = jdbc.sql("""
					select string_agg(quote_ident(column_name), ', ' order by ordinal_position)
					from information_schema.columns where table_schema = 'public' and table_name = ?""")
				.param(table).query(String.class).single();
			for (String column : skipped) {
				columns = String.join(", ", List.of(columns.split(", ")).stream()
					.filter(c -> !c.equals(column)).toList());
			}
			digests.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '' order by t::text)), '')"
					+ " from (select " + columns + " from " + quote(table) + ") t").query(String.class).single());
		}
		return digests;
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	// -------------------------------------------------------------------------------------------------- requests

	/** The kinds of bad input; in each, every value sent is bad in that way, so no request may succeed. */
	enum Variant {
		EMPTY_OBJECT, NULLS, WRONG_TYPES, HUGE_STRINGS, NUL, CONTROL_CHARACTERS, LONE_SURROGATES, ODD_UNICODE,
		OUT_OF_RANGE, BAD_DATES, INVALID_PERCENT_ENCODING, NOT_JSON, ARRAY_BODY, DEEP_NESTING, WRONG_CONTENT_TYPE
	}

	private static final String HUGE = "执".repeat(70_000);

	/** A bad text value of a variant; the lone surrogate is sent as a JSON escape or its CESU-8 bytes. */
	private static String text(Variant variant, Random random) {
		return switch (variant) {
			case HUGE_STRINGS -> HUGE;
			case NUL -> "a\u0000b";
			case CONTROL_CHARACTERS -> List.of("x\u0001\u001b[31my", "\u0007bell\u007f", "x\u000by\u000c").get(random.nextInt(3));
			case LONE_SURROGATES -> List.of("a\ud800b", "\udfffz", "x\ud83d").get(random.nextInt(3));
			// odd, and each with a non-character (U+FFFE, U+FFFF) that no text may hold
			case ODD_UNICODE -> List.of("\u202egnp\uffff.exe", "\ufeff\u200b\ufffe", "e\u0301\u0301\u0301\uffff")
				.get(random.nextInt(3));
			case OUT_OF_RANGE -> "";
			case BAD_DATES -> " ";
			default -> "\u0000";
		};
	}

	private static Object leaf(JsonNode schema, Variant variant, Random random) {
		String type = schema.path("type").asString("");
		String format = schema.path("format").asString("");
		if (variant == Variant.NULLS) {
			return null;
		}
		if (variant == Variant.WRONG_TYPES) {
			return switch (type) {
				case "string" -> format.startsWith("date") ? Map.of("year", 2026) : List.of(1, 2);
				case "integer", "number" -> "zwölf";
				case "boolean" -> "vielleicht";
				case "array" -> "not a list";
				default -> 42;
			};
		}
		if (type.equals("integer") || type.equals("number")) {
			return switch (variant) {
				case OUT_OF_RANGE -> new RawJson(List.of("1e400", "-99999999999999999999999", "9223372036854775808")
					.get(random.nextInt(3)));
				case HUGE_STRINGS -> new RawJson("1" + "0".repeat(5_000));
				case BAD_DATES -> new RawJson("-0.5");
				default -> new RawJson("NaN");
			};
		}
		if (type.equals("boolean")) {
			return variant == Variant.OUT_OF_RANGE ? 2 : text(variant, random);
		}
		if (format.equals("date") || format.equals("date-time")) {
			boolean date = format.equals("date");
			return switch (variant) {
				case OUT_OF_RANGE -> date ? List.of("99999-01-01", "-0001-01-01", "+999999999-12-31").get(random.nextInt(3))
						: List.of("99999-01-01T00:00:00+08:00", "-0001-01-01T00:00:00Z", "0001-01-01T00:00:00+08:00")
							.get(random.nextInt(3));
				case BAD_DATES -> date ? List.of("2026-02-30", "0000-00-00", "2026-13-01").get(random.nextInt(3))
						: "2026-02-30T25:61:00+08:00";
				default -> (date ? "2026-01-01" : "2026-01-01T00:00:00+08:00") + text(variant, random);
			};
		}
		if (schema.has("enum")) {
			return schema.path("enum").path(0).asString("X") + text(variant, random);
		}
		return text(variant, random);
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String ref = current.path("$ref").asString();
			current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (current.has("allOf") && current.path("allOf").size() == 1) {
			return resolve(current.path("allOf").path(0));
		}
		if (current.has("oneOf") || current.has("anyOf")) {
			JsonNode first = current.has("oneOf") ? current.path("oneOf").path(0) : current.path("anyOf").path(0);
			return resolve(first);
		}
		return current;
	}

	private Object value(JsonNode schema, Variant variant, Random random, int depth) {
		JsonNode resolved = resolve(schema);
		String type = resolved.path("type").asString("");
		if ((type.equals("object") || resolved.has("properties")) && depth < 6 && variant != Variant.WRONG_TYPES) {
			Map<String, Object> object = new LinkedHashMap<>();
			if (variant == Variant.EMPTY_OBJECT) {
				return object;
			}
			resolved.path("properties").properties()
				.forEach(property -> object.put(property.getKey(), value(property.getValue(), variant, random, depth + 1)));
			JsonNode additional = resolved.path("additionalProperties");
			if (additional.isObject()) {
				object.put("k" + text(variant, random), value(additional, variant, random, depth + 1));
			}
			return object;
		}
		if (type.equals("array") && depth < 6 && variant != Variant.WRONG_TYPES && variant != Variant.NULLS) {
			List<Object> list = new ArrayList<>();
			if (variant != Variant.EMPTY_OBJECT) {
				list.add(value(resolved.path("items"), variant, random, depth + 1));
			}
			return list;
		}
		return leaf(resolved, variant, random);
	}

	/** A JSON text: every character outside printable ASCII as a {@code \}{@code uXXXX} escape, so lone surrogates survive. */
	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof RawJson raw) {
			out.append(raw.text());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		}
		else {
			out.append('"');
			for (char c : value.toString().toCharArray()) {
				if (c == '"' || c == '\\') {
					out.append('\\').append(c);
				}
				else if (c < 0x20 || c > 0x7e) {
					out.append("\\u%04x".formatted((int) c));
				}
				else {
					out.append(c);
				}
			}
			out.append('"');
		}
	}

	record RawJson(String text) {
	}

	/** A parameter value as it goes into a URL: percent-encoded UTF-8, or on purpose not. */
	private static String urlValue(JsonNode schema, Variant variant, Random random) {
		return switch (variant) {
			case INVALID_PERCENT_ENCODING -> List.of("%zz", "%", "%E6%89", "%G1x", "%%41").get(random.nextInt(5));
			case LONE_SURROGATES -> "a%ED%A0%80b";
			case HUGE_STRINGS -> "x".repeat(600);
			case EMPTY_OBJECT, NULLS -> "";
			default -> {
				Object value = leaf(schema, variant, random);
				String text = value instanceof RawJson raw ? raw.text() : String.valueOf(value);
				yield URLEncoder.encode(text, StandardCharsets.UTF_8);
			}
		};
	}

	private static final Set<Variant> PATH_MALFORMED = Set.of(Variant.WRONG_TYPES, Variant.NUL, Variant.LONE_SURROGATES,
			Variant.INVALID_PERCENT_ENCODING, Variant.CONTROL_CHARACTERS);

	record Request(String target, String contentType, byte[] body) {
	}

	record Operation(String method, String path, JsonNode definition) {

		Request request(Variant variant, Random random, ApiFuzzTests fuzz) {
			String target = path;
			StringBuilder query = new StringBuilder();
			for (JsonNode parameter : definition.path("parameters")) {
				JsonNode p = fuzz.resolve(parameter);
				String name = p.path("name").asString();
				String value = urlValue(fuzz.resolve(p.path("schema")), variant, random);
				if (p.path("in").asString().equals("path")) {
					// a path value is malformed, or well-formed naming nothing that exists (so that the body is read
					// and checked, and even a request the server took as well formed finds nothing to change)
					boolean number = Set.of("integer", "number").contains(fuzz.resolve(p.path("schema")).path("type").asString(""));
					String segment = PATH_MALFORMED.contains(variant) && !value.isEmpty() ? value
							: number ? List.of("0", "-1", "987654321").get(random.nextInt(3))
									: List.of("NO-SUCH-0000", "zz-none", "SJ00000000ZZZZZZ").get(random.nextInt(3));
					target = target.replace("{" + name + "}", segment.replace("%2F", "%252F"));
				}
				else if (p.path("in").asString().equals("query") && variant != Variant.EMPTY_OBJECT) {
					query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
				}
			}
			if (variant == Variant.INVALID_PERCENT_ENCODING) {
				query.append(query.isEmpty() ? "?" : "&").append("q%=%zz");
			}
			target += query;
			JsonNode content = definition.path("requestBody").path("content");
			if (content.isMissingNode() || content.isEmpty()) {
				if (variant == Variant.HUGE_STRINGS && !query.isEmpty()) {
					// parameters may come as a form body too (Open311 clients post them so), where they may be long
					String form = query.substring(1).replaceAll("=x+", "=" + "x".repeat(5_000));
					return new Request(path.contains("{") ? target.substring(0, target.indexOf('?')) : path,
							"application/x-www-form-urlencoded", form.getBytes(StandardCharsets.ISO_8859_1));
				}
				return new Request(target, null, null);
			}
			String mediaType = content.properties().iterator().next().getKey();
			JsonNode schema = content.path(mediaType).path("schema");
			if (mediaType.startsWith("multipart/")) {
				return multipart(target, schema, variant, random, fuzz);
			}
			if (mediaType.equals("application/x-www-form-urlencoded")) {
				StringBuilder form = new StringBuilder();
				fuzz.resolve(schema).path("properties").properties().forEach(property -> form
					.append(form.isEmpty() ? "" : "&").append(property.getKey()).append('=')
					.append(urlValue(fuzz.resolve(property.getValue()), variant, random)));
				return new Request(target, variant == Variant.WRONG_CONTENT_TYPE ? "text/plain" : mediaType,
						form.toString().getBytes(StandardCharsets.ISO_8859_1));
			}
			if (!mediaType.contains("json")) {
				// a raw upload (an evidence file): the parameters carry the bad input, the body is a few odd bytes
				byte[] body = variant == Variant.HUGE_STRINGS ? new byte[3 * 1024 * 1024]
						: new byte[] { 0, (byte) 0xff, (byte) 0xfe, 'x' };
				return new Request(target, variant == Variant.WRONG_CONTENT_TYPE ? "application/json" : mediaType, body);
			}
			String body = switch (variant) {
				case NOT_JSON -> List.of("{\"a\":", "\u0000", "{'single': 'quotes'}", "nul\u00ff").get(random.nextInt(4));
				case ARRAY_BODY -> "[]";
				case DEEP_NESTING -> "[".repeat(5_000) + "]".repeat(5_000);
				default -> {
					StringBuilder out = new StringBuilder();
					write(fuzz.value(schema, variant, random, 0), out);
					yield out.toString();
				}
			};
			byte[] bytes = variant == Variant.NOT_JSON && body.startsWith("nul")
					? new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xc3, '(', '"', '}' }
					: body.getBytes(StandardCharsets.UTF_8);
			return new Request(target, variant == Variant.WRONG_CONTENT_TYPE ? "text/plain" : "application/json", bytes);
		}

		private static Request multipart(String target, JsonNode schema, Variant variant, Random random,
				ApiFuzzTests fuzz) {
			String boundary = "----oneteamfuzz" + random.nextInt(1_000_000);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			JsonNode resolved = fuzz.resolve(schema);
			resolved.path("properties").properties().forEach(property -> {
				JsonNode part = fuzz.resolve(property.getValue());
				boolean file = "binary".equals(part.path("format").asString(""))
						|| "binary".equals(part.path("items").path("format").asString(""));
				String fileName = switch (variant) {
					case CONTROL_CHARACTERS -> "a\r\nb.jpg";
					case NUL -> "a\u0000.jpg";
					case HUGE_STRINGS -> "x".repeat(5_000) + ".jpg";
					case LONE_SURROGATES -> "a\ud800.jpg";
					default -> "../../etc/passwd";
				};
				String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + property.getKey() + "\""
						+ (file ? "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream" : "")
						+ "\r\n\r\n";
				out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
				if (file) {
					out.writeBytes(variant == Variant.EMPTY_OBJECT ? new byte[0] : new byte[] { 0, 1, 2, (byte) 0xff });
				}
				else {
					Object value = leaf(part, variant, random);
					out.writeBytes(String.valueOf(value instanceof RawJson raw ? raw.text() : value)
						.getBytes(StandardCharsets.UTF_8));
				}
				out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			});
			out.writeBytes(("--" + boundary + (variant == Variant.NOT_JSON ? "" : "--\r\n")).getBytes(StandardCharsets.UTF_8));
			String contentType = variant == Variant.WRONG_CONTENT_TYPE ? "multipart/form-data"
					: "multipart/form-data; boundary=" + boundary;
			return new Request(target, contentType, out.toByteArray());
		}
	}

	// ----------------------------------------------------------------------------------------------------- HTTP

	record Response(int status, byte[] body) {
	}

	/** HTTP/1.1 over a plain socket: java.net.URI would refuse the malformed targets this test must send. */
	private Response send(String method, String target, String token, String contentType, byte[] body)
			throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			StringBuilder head = new StringBuilder();
			head.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n")
				.append("Connection: close\r\nAccept: application/json\r\nAccept-Language: en\r\n");
			if (token != null) {
				head.append("Authorization: Bearer ").append(token).append("\r\n");
			}
			if (contentType != null) {
				head.append("Content-Type: ").append(contentType).append("\r\n");
			}
			if (body != null) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			head.append("\r\n");
			// read while writing: a server that refuses a large body early answers and closes, and the reset its
			// kernel sends for the unread rest must not discard an answer already received
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			Thread reading = new Thread(() -> {
				byte[] buffer = new byte[8192];
				try {
					for (int n; (n = in.read(buffer)) >= 0;) {
						synchronized (received) {
							received.write(buffer, 0, n);
						}
					}
				}
				catch (IOException resetAfterAnswer) {
					// what arrived before the reset is the answer
				}
			}, "fuzz-answer");
			reading.start();
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				try {
					out.write(body);
				}
				catch (IOException refusedEarly) {
					// the server may answer (413, 400) and close before the whole body is read
				}
			}
			try {
				out.flush();
			}
			catch (IOException refusedEarly) {
				// as above
			}
			try {
				reading.join();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IOException(interrupted);
			}
			byte[] answer;
			synchronized (received) {
				answer = received.toByteArray();
			}
			String text = new String(answer, StandardCharsets.ISO_8859_1);
			int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
			int split = text.indexOf("\r\n\r\n");
			byte[] content = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(answer, split + 4, answer.length);
			return new Response(status, content);
		}
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() > 400 ? line.substring(0, 400) + "…" : line;
	}
}
