package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.oneteam.shared.PersonalDataCorpus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Walks every endpoint anyone may call without signing in — found, not listed: each handler mapping and each operation
 * of the OpenAPI description is asked without credentials, and what the security chains let through is public — after
 * reports carrying the whole masking corpus in every free-text field (description, address, reply, contact) came in
 * through every channel. No public answer or page may show one raw value. A new public endpoint is walked as it
 * stands (writes with an empty body); one the walk cannot fill (a new path variable or required parameter) fails the
 * test until it is taught.
 */
class PublicSurfaceWalkTests extends IntakeTest {

	/** The public reads and writes this walk knows (a sanity floor: the discovery must find at least these). */
	private static final Set<String> KNOWN = Set.of("GET /api/v1/public/events/{trackingNumber}", "GET /public/track",
			"GET /api/open311/v2/requests/{id}", "GET /api/open311/v2/requests", "POST /api/v1/public/events",
			"POST /public/report", "POST /api/v1/public/events/{trackingNumber}/rating",
			"POST /public/track/{number}/not-fixed",
			// 事前公开 (docs/adr/0041-public-lists-before-enforcement.md): the officer lists and the guides
			"GET /api/v1/public/bodies/{id}/officers", "GET /public/bodies/{id}/officers", "GET /public/procedures",
			"GET /public/how-to-complain",
			// the annual statistics and the open-data index (docs/adr/0045-annual-enforcement-statistics.md)
			"GET /public/statistics", "GET /api/v1/public/statistics", "GET /api/v1/public/statistics/{year}.csv",
			"GET /api/v1/public/statistics/{year}", "GET /api/v1/public/open-data", "GET /public/open-data");

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::[^{}]*)?\\}");

	@Autowired
	private cn.oneteam.disclosure.DecisionPublications decisions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	/** Every raw value the reports carried: none may appear in a public answer. */
	private final Set<String> raw = new LinkedHashSet<>();

	private final List<String> trackings = new ArrayList<>();

	private final Map<String, String> seen = new LinkedHashMap<>();

	@Test
	void noPublicAnswerOrPageShowsPersonalDataOfAnyFormat() throws Exception {
		List<String> corpus = PersonalDataCorpus.positives();
		String text = "居民反映：" + String.join("，", corpus) + "。";
		raw.addAll(corpus);
		corpus.stream().filter(v -> v.contains("@")).forEach(v -> raw.add(v.substring(0, v.indexOf('@')) + "@"));
		String address = addressText(corpus);
		raw.addAll(List.of("欧阳修文", "李四光", "王小明"));

		// every channel whose reports the public can see: the portal API and page, Open311, the hotline (by number)
		Map<String, Object> report = new HashMap<>(Map.of("requestType", "COMPLAINT", "description", text, "division",
				"632802001", "address", address, "reporterName", "欧阳修文", "reporterPhone", "+86 139 1234 5678",
				"reporterEmail", "ouyang.xiuwen@example.cn"));
		raw.addAll(List.of("+86 139 1234 5678", "ouyang.xiuwen@", "13912345678"));
		MockHttpServletResponse portal = publicCall(post("/api/v1/public/events")
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(report)), 201);
		trackings.add(json.readTree(portal.getContentAsString()).get("trackingNumber").asText());
		MockHttpServletResponse page = publicCall(post("/public/report").with(csrf()).param("requestType", "COMPLAINT")
			.param("description", text).param("division", "632802001").param("address", address)
			.param("reporterName", "李四光").param("reporterPhone", "0971-8123456"), 302);
		raw.add("0971-8123456");
		trackings.add(page.getRedirectedUrl().replaceAll(".*number=", ""));
		trackings.add(body(mvc.perform(post("/api/open311/v2/requests.json").param("api_key", SQUAD_TOKEN)
			.param("service_code", FUMES).param("attribute[division_code]", "632802001").param("description", text)
			.param("address_string", address).param("first_name", "小明").param("last_name", "王")
			.param("phone", "138-0013-8000").param("email", "wang.ming@example.cn")).andExpect(status().isCreated()))
			.get(0).get("service_request_id").asText());
		List<String> replied = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			replied.add(repliedHotlineEvent(text));
		}
		trackings.addAll(replied);
		// a published penalty decision whose party, representative, code, address and facts carry the corpus: the
		// decision list, page, PDF and feed are walked with it (docs/adr/0043-published-decisions.md)
		decision = publishedDecision(text, address);

		// the public surface, as the security chains decide it
		Map<String, HandlerMethod> publicOperations = publicOperations();
		Set<String> fromOpenApi = publicOperationsInOpenApi();
		assertThat(publicOperations.keySet()).containsAll(KNOWN).containsAll(fromOpenApi);

		// the public writes: each answer and the page it leads to
		Map<String, String> writes = Map.of("POST /api/v1/public/events", "walked above",
				"POST /public/report", "walked above");
		for (String operation : publicOperations.keySet()) {
			if (operation.startsWith("GET ") || writes.containsKey(operation)) {
				continue;
			}
			String number = switch (operation) {
				case "POST /api/v1/public/events/{trackingNumber}/rating" -> replied.get(0);
				case "POST /api/v1/public/events/{trackingNumber}/not-fixed" -> replied.get(1);
				case "POST /public/track/{number}/rating" -> replied.get(2);
				case "POST /public/track/{number}/not-fixed" -> replied.get(3);
				default -> null;
			};
			if (number == null) {
				// a write the walk has no recipe for (the error page, or a new one): called as it stands, every
				// tracking number in its path variables, with an empty body; its answer is checked like any other
				String pattern = operation.substring(operation.indexOf(' ') + 1);
				for (String path : filled(pattern, trackings)) {
					record(operation + " " + path, publicCall(request(HttpMethod.valueOf(operation.substring(0,
							operation.indexOf(' '))), path).with(csrf()).contentType(MediaType.APPLICATION_JSON)
						.content("{}"), -1));
				}
				continue;
			}
			String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+\\}", number);
			MockHttpServletResponse answer = operation.contains("/api/")
					? publicCall(post(path).contentType(MediaType.APPLICATION_JSON).content(operation.endsWith("rating")
							? "{\"satisfaction\":\"SATISFIED\"}" : "{\"comment\":\"回电13800138000\"}"), 200)
					: publicCall(post(path).with(csrf()).param("satisfaction", "SATISFIED")
						.param("comment", "回电13800138000"), 302);
			record(operation, answer);
			if (answer.getRedirectedUrl() != null) {
				record(operation + " → " + answer.getRedirectedUrl(), publicCall(get(answer.getRedirectedUrl()), 200));
			}
		}

		// the public reads: every one, for every tracking number, with what it takes filled in
		for (Map.Entry<String, HandlerMethod> operation : publicOperations.entrySet()) {
			if (operation.getKey().startsWith("GET ")) {
				walkRead(operation.getKey().substring(4), operation.getValue());
			}
		}

		// what was walked, and that it showed the reports (masked), then that nothing raw was shown anywhere
		System.out.printf("public surface walked: %d operations (%s), %d answers, %d raw values checked%n",
				publicOperations.size(), new TreeSet<>(publicOperations.keySet()), seen.size(), raw.size());
		assertThat(trackings).allSatisfy(t -> assertThat(seen.values()).as(t).anyMatch(b -> b.contains(t)));
		assertThat(seen.values()).anyMatch(b -> b.contains("138****8000") && b.contains("6" + "*".repeat(16) + "6"));
		assertThat(seen.keySet()).as("the published decision's PDF is among the answers read as text")
			.anyMatch(k -> k.startsWith(PDF));
		for (Map.Entry<String, String> answer : seen.entrySet()) {
			boolean pdf = answer.getKey().startsWith(PDF);
			for (String value : raw) {
				String shown = pdf ? value.replaceAll("\\s+", "") : value;
				assertThat(answer.getValue()).as("%s shows %s", answer.getKey(), value).doesNotContain(shown);
			}
		}
	}

	/** The published decision the walk shows (docs/adr/0043-published-decisions.md). */
	private static long decision;

	/**
	 * A copy of a decided general case of the demo, its party a natural person named 欧阳修文 with an ID number, its
	 * representative 李四光, the corpus in its address and facts; registered and published as the scan does.
	 */
	private long publishedDecision(String text, String address) {
		long source = jdbc.sql("""
				select id from penalty_case where procedure = 'GENERAL' and outcome = 'PENALTY'
				  and decision_number is not null order by id limit 1""").query(Long.class).single();
		String columns = jdbc.sql("""
				select string_agg(quote_ident(column_name), ', ') from information_schema.columns
				where table_name = 'penalty_case' and is_generated = 'NEVER'
				  and column_name not in ('id', 'payment_reference', 'form_number')""")
			.query(String.class).single();
		long copy = jdbc.sql("insert into penalty_case (" + columns + ") select " + columns
				+ " from penalty_case where id = ? returning id").param(source).query(Long.class).single();
		String idNumber = "632802199001011234";
		raw.add(idNumber);
		jdbc.sql("""
				update penalty_case set party_type = 'NATURAL_PERSON', party_name = '欧阳修文', subject_id = null,
				  party_code = ?, party_address = ?, party_representative = '李四光', facts = ?, decision_number = ?,
				  served_on = decided_on where id = ?""")
			.params(idNumber, address, "当事人欧阳修文，法定代表人李四光。" + text, "走查公开〔2026〕" + copy + "号", copy)
			.update();
		decisions.register(copy);
		decisions.publishDue(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 1_000);
		return jdbc.sql("select id from decision_publication where case_id = ? and status = 'PUBLISHED'").param(copy)
			.query(Long.class).single();
	}

	/** As much of the corpus as an address (300 characters) holds. */
	private static String addressText(List<String> corpus) {
		StringBuilder address = new StringBuilder("长江路12号");
		for (String value : corpus) {
			if (address.length() + value.length() + 1 > 300) {
				break;
			}
			address.append(' ').append(value);
		}
		return address.toString();
	}

	/** A hotline report carrying the corpus, dispatched, accepted and replied to with the corpus again. */
	private String repliedHotlineEvent(String text) throws Exception {
		JsonNode receipt = body(hotline(order(FUMES, "632802001", text)).andExpect(status().isCreated()));
		String tracking = receipt.get("trackingNumber").asText();
		long id = byTracking(tracking).get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", id, "accept", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", id, "reply", Map.of("reply", "已处理。" + text.substring(0, Math.min(text.length(), 1900))))
			.andExpect(status().isOk());
		raw.addAll(List.of("张三丰", "13812345678"));
		return tracking;
	}

	private void walkRead(String pattern, HandlerMethod handler) throws Exception {
		Set<String> requests = new LinkedHashSet<>();
		for (String number : trackings) {
			String path = filled(pattern, List.of(number)).get(0);
			Map<String, String> parameters = parameters(pattern, handler, number);
			if (requests.add(path)) {
				record("GET " + path, publicCall(get(path), -1));
			}
			if (!parameters.isEmpty() && requests.add(path + parameters)) {
				MockHttpServletRequestBuilder filled = get(path);
				parameters.forEach(filled::param);
				record("GET " + path + " " + parameters, publicCall(filled, -1));
			}
		}
	}

	/**
	 * The pattern with its path variables filled, once per tracking number (once if it has none); a variable the walk
	 * does not know fails the test until it is taught.
	 */
	private static List<String> filled(String pattern, List<String> numbers) {
		List<String> paths = new ArrayList<>();
		for (String number : numbers) {
			Map<String, String> values = Map.of("trackingNumber", number, "number", number, "id",
					pattern.contains("/decisions/") ? String.valueOf(decision) : number, "code", FUMES,
					"certificateNumber", "QH6328020001", // dlh.officer1's certificate (docs/adr/0040-public-portal-and-officer-verification.md)
					"year", "2025", // the demo's published statistics (docs/adr/0045-annual-enforcement-statistics.md)
					"token", number); // a party's document link: refused unsigned (docs/adr/0044-party-case-look-up.md)
			paths.add(VARIABLE.matcher(pattern).replaceAll(v -> {
				String name = v.group(1);
				if (!values.containsKey(name)) {
					fail("public endpoint " + pattern + " has a path variable the walk does not know: " + name);
				}
				return values.get(name);
			}));
		}
		return paths.stream().distinct().toList();
	}

	/** The request parameters of a public read, filled with a tracking number (all of them for a list) and what else they name. */
	private Map<String, String> parameters(String pattern, HandlerMethod handler, String number) {
		Map<String, String> known = Map.of("number", number, "service_request_id", String.join(",", trackings),
				"service_code", FUMES, "lang", "en");
		Map<String, String> filled = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
				continue;
			}
			String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
			name = name.isEmpty() ? parameter.getParameterName() : name;
			if (known.containsKey(name)) {
				filled.put(name, known.get(name));
			}
			else if (annotation.required() && annotation.defaultValue().equals(
					org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
				fail("public read " + pattern + " needs a parameter the walk does not know: " + name);
			}
		}
		return filled;
	}

	/**
	 * Keeps the answer's text. A PDF is read as PDFBox extracts its text (its bytes are compressed and show Chinese as
	 * glyph ids, so they could reveal nothing), without whitespace, and its key is marked {@value #PDF}.
	 */
	private void record(String what, MockHttpServletResponse answer) throws Exception {
		String type = answer.getContentType();
		if (type != null && MediaType.APPLICATION_PDF.isCompatibleWith(MediaType.parseMediaType(type))) {
			String text = cn.oneteam.PdfText.of(answer.getContentAsByteArray());
			assertThat(text).as("the text of the PDF %s", what).isNotBlank();
			seen.put(PDF + what + " #" + seen.size(), text);
			return;
		}
		seen.put(what + " #" + seen.size(), answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The mark of a PDF's extracted text among the answers seen (whitespace removed: values are compared without). */
	private static final String PDF = "[pdf] ";

	/** Every handler operation ("METHOD pattern") that answers a caller without credentials as it would anyone. */
	private Map<String, HandlerMethod> publicOperations() throws Exception {
		Map<String, HandlerMethod> open = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
					String key = method.name() + " " + withoutJson(pattern);
					if (!open.containsKey(key) && isPublic(method.asHttpMethod(), pattern)) {
						open.put(key, mapping.getValue());
					}
				}
			}
		}
		return open;
	}

	/** The operations of the OpenAPI description that the security chains let through without credentials. */
	private Set<String> publicOperationsInOpenApi() throws Exception {
		JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).get("paths");
		Set<String> open = new TreeSet<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				if (isPublic(method, path.getKey())) {
					open.add(method.name() + " " + withoutJson(path.getKey()));
				}
			}
		}
		assertThat(open).as("the OpenAPI description lists public operations").isNotEmpty();
		return open;
	}

	/** Open311 answers each path with and without {@code .json}: one operation. */
	private static String withoutJson(String pattern) {
		return pattern.endsWith(".json") ? pattern.substring(0, pattern.length() - 5) : pattern;
	}

	/** Asked without credentials (a valid CSRF token for writes, as a browser has), the chains neither refuse nor redirect to the login. */
	private boolean isPublic(HttpMethod method, String pattern) throws Exception {
		String path = VARIABLE.matcher(pattern).replaceAll("1");
		MockHttpServletRequestBuilder probe = request(method, path).with(r -> {
			r.setRemoteAddr(freshAddress());
			return r;
		});
		if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
			probe = probe.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		MockHttpServletResponse answer = mvc.perform(probe).andReturn().getResponse();
		String location = answer.getRedirectedUrl();
		return answer.getStatus() != 401 && answer.getStatus() != 403
				&& !(location != null && location.contains("/login"));
	}

	/** Calls as a member of the public from an address of its own (the walk measures masking, not the rate limits). */
	private MockHttpServletResponse publicCall(MockHttpServletRequestBuilder request, int expectedStatus)
			throws Exception {
		MockHttpServletResponse answer = mvc.perform(request.with(r -> {
			r.setRemoteAddr(freshAddress());
			return r;
		})).andReturn().getResponse();
		if (expectedStatus > 0) {
			assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(expectedStatus);
		}
		return answer;
	}

	private static String freshAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(200, 250) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
