package cn.oneteam.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.Matter;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (JSON; docs/legal/intake.md#open311): services are the catalogue matters in force, a request is an
 * event and its {@code service_request_id} our tracking number. GET is open to anyone and never returns personal
 * fields (free text comes from {@link PublicEvent}, masked by {@code PersonalData}); the list holds only what was
 * reported through a public channel (the portal, Open311), while any event is found by its tracking number, as often
 * as the lookup rate allows; POST needs an {@code api_key} — an API token of an account (the identity module's tokens), whose
 * jurisdiction must hold the place. The place is a division code in {@code attribute[division_code]} (or
 * {@code address_id}); coordinates are WGS-84. Dates are ISO 8601 with +08:00.
 */
@RestController
@RequestMapping("/api/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "services and requests (JSON); POST with api_key = an API token")
class Open311Controller {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final EventIntake intake;

	private final EventQueries events;

	private final PublicFollowUp followUp;

	private final Catalog catalog;

	private final Clock clock;

	private final PublicRateLimit rateLimit;

	private final Validator validator;

	Open311Controller(EventIntake intake, EventQueries events, PublicFollowUp followUp, Catalog catalog, Clock clock,
			PublicRateLimit rateLimit, Validator validator) {
		this.validator = validator;
		this.intake = intake;
		this.events = events;
		this.followUp = followUp;
		this.catalog = catalog;
		this.clock = clock;
		this.rateLimit = rateLimit;
	}

	@GetMapping({ "/services", "/services.json" })
	@Operation(summary = "Service list: the catalogue matters in force today")
	List<Map<String, Object>> services() {
		LocalDate today = ChinaTime.local(OffsetDateTime.now(clock)).toLocalDate();
		return catalog.matters().stream().filter(m -> m.versionOn(today).isPresent()).map(m -> service(m, today)).toList();
	}

	private static Map<String, Object> service(Matter m, LocalDate day) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("service_code", m.code());
		s.put("service_name", m.versionOn(day).orElseThrow().name());
		s.put("description", m.versionOn(day).orElseThrow().penaltyLaw() + " " + m.versionOn(day).orElseThrow().penaltyArticle());
		s.put("metadata", true);
		s.put("type", "realtime");
		s.put("keywords", "");
		s.put("group", m.domain().name());
		return s;
	}

	@GetMapping({ "/services/{code}", "/services/{code}.json" })
	@Operation(summary = "Service definition: the attributes a request takes (division code, request type)")
	Map<String, Object> definition(@PathVariable String code) {
		Matter matter = catalog.find(stripJson(code))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.matter-unknown", code));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("service_code", matter.code());
		d.put("attributes", List.of(
				attribute("division_code", "string", true, 1, "行政区划代码（乡镇或村，9 或 12 位） division code (township or village)", List.of()),
				attribute("request_type", "singlevaluelist", false, 2, "诉求类型 request type",
						Arrays.stream(RequestType.values()).map(t -> Map.of("key", t.name(), "name", t.name())).toList())));
		return d;
	}

	private static Map<String, Object> attribute(String code, String type, boolean required, int order, String description,
			List<Map<String, String>> values) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("variable", true);
		a.put("code", code);
		a.put("datatype", type);
		a.put("required", required);
		a.put("datatype_description", null);
		a.put("order", order);
		a.put("description", description);
		a.put("values", values);
		return a;
	}

	@PostMapping({ "/requests", "/requests.json" })
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a service request (form fields of the spec; api_key = an API token)")
	List<Map<String, Object>> create(@RequestParam("service_code") String serviceCode,
			@RequestParam(name = "lat", required = false) @Nullable BigDecimal lat,
			@RequestParam(name = "long", required = false) @Nullable BigDecimal lon,
			@RequestParam(name = "address_string", required = false) @Nullable String address,
			@RequestParam(name = "address_id", required = false) @Nullable String addressId,
			@Parameter(description = "attribute[division_code], attribute[request_type]") @RequestParam Map<String, String> all,
			@RequestParam(name = "description", required = false) @Nullable String description,
			@RequestParam(name = "first_name", required = false) @Nullable String firstName,
			@RequestParam(name = "last_name", required = false) @Nullable String lastName,
			@RequestParam(name = "phone", required = false) @Nullable String phone,
			@RequestParam(name = "email", required = false) @Nullable String email, ScopedPrincipal caller) {
		String division = all.getOrDefault("attribute[division_code]", addressId);
		if (division == null || division.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.open311-place-missing");
		}
		RequestType type = parseType(all.get("attribute[request_type]"));
		String name = (lastName == null ? "" : lastName) + (firstName == null ? "" : firstName);
		String text = description == null || description.isBlank() ? serviceCode : description;
		NewEvent event = new NewEvent(type, serviceCode, text, division, null, address, lat, lon,
				name.isBlank() ? null : name, phone, email, Priority.NORMAL);
		// the spec's form fields get the limits the JSON channels get from @Valid (docs/adr/0012-bad-input.md)
		Set<ConstraintViolation<NewEvent>> violations = validator.validate(event);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		Receipt receipt = intake.receive(event, EventChannel.OPEN311, null, List.of(),
				caller.accountId(), caller.jurisdiction());
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", receipt.trackingNumber());
		r.put("service_notice", receipt.agency() == null ? "" : receipt.agency());
		r.put("account_id", null);
		return List.of(r);
	}

	private static RequestType parseType(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return RequestType.COMPLAINT;
		}
		try {
			return RequestType.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "request.parameter-malformed", "attribute[request_type]",
					text);
		}
	}

	@GetMapping({ "/requests", "/requests.json" })
	@Operation(summary = "Service requests: by id list (each id a rate-limited lookup), or by service code, status and window (90 days, 1000 results by default)")
	List<Map<String, Object>> requests(
			@RequestParam(name = "service_request_id", required = false) @Nullable String ids,
			@RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime start,
			@RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime end,
			HttpServletRequest request) {
		if (ids != null && !ids.isBlank()) {
			List<String> wanted = Arrays.stream(ids.split(",")).map(String::strip).distinct().toList();
			wanted.forEach(id -> rateLimit.lookup(request.getRemoteAddr()));
			return wanted.stream()
				.flatMap(id -> events.byTracking(id).stream())
				.map(this::request)
				.toList();
		}
		Set<String> statuses = status == null ? Set.of("open", "closed")
				: Arrays.stream(status.split(",")).map(String::strip).collect(Collectors.toSet());
		return events.publicList(start, end, 1000).stream()
			.filter(e -> serviceCode == null || serviceCode.equals(e.matterCode()))
			.map(this::request)
			.filter(r -> statuses.contains((String) r.get("status")))
			.toList();
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "One service request by its id (our tracking number; a rate-limited lookup), as a one-element list")
	List<Map<String, Object>> request(@PathVariable String id, HttpServletRequest request) {
		rateLimit.lookup(request.getRemoteAddr());
		return List.of(request(events.byTracking(stripJson(id))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.tracking-unknown", id))));
	}

	/** The spec's fields and nothing personal; the fine-grained state in an extension. */
	private Map<String, Object> request(IntakeEvent own) {
		PublicEvent e = followUp.track(own.trackingNumber());
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", e.trackingNumber());
		r.put("status", e.state().open311Status());
		r.put("status_notes", e.reply() != null ? e.reply() : e.state().name());
		r.put("service_name", e.matterName());
		r.put("service_code", e.matterCode());
		r.put("description", e.description());
		r.put("agency_responsible", e.agency());
		r.put("service_notice", null);
		r.put("requested_datetime", iso(e.receivedAt()));
		r.put("updated_datetime", iso(e.updatedAt()));
		r.put("expected_datetime", e.expectedOn() == null ? null
				: iso(e.expectedOn().atTime(23, 59, 59).atZone(ChinaTime.ZONE).toOffsetDateTime()));
		r.put("address", e.address() == null ? e.place() : e.place() + " " + e.address());
		r.put("address_id", own.division().value());
		r.put("zipcode", null);
		r.put("lat", own.latitude());
		r.put("long", own.longitude());
		r.put("media_url", null);
		r.put("extended_attributes", Map.of("state", e.state().name(), "merged_into",
				e.mergedInto() == null ? "" : e.mergedInto()));
		return r;
	}

	private static String iso(OffsetDateTime time) {
		return ChinaTime.local(time).truncatedTo(ChronoUnit.SECONDS).format(ISO);
	}

	private static String stripJson(String id) {
		return id.endsWith(".json") ? id.substring(0, id.length() - 5) : id;
	}
}
