package cn.oneteam.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dispatcher's queue and forms, the grid worker's form, the event page, the unit's inbox, rules and disputes. */
@Controller
class IntakePageController {

	/** The queue's views: which states each shows. */
	static final Map<String, Set<EventState>> VIEWS = Map.of("new", EnumSet.of(EventState.RECEIVED), "classified",
			EnumSet.of(EventState.CLASSIFIED), "dispatched", EnumSet.of(EventState.DISPATCHED, EventState.ACCEPTED),
			"returned", EnumSet.of(EventState.RETURNED), "disputed", EnumSet.of(EventState.DISPUTED), "done",
			EnumSet.of(EventState.REPLIED, EventState.RATED, EventState.MERGED));

	private final EventIntake intake;

	private final EventDispatch dispatch;

	private final EventToClue clues;

	private final EventQueries events;

	private final Disputes disputes;

	private final Routing routing;

	private final EventAlerts alerts;

	private final FullProcessRecord record;

	private final Regions regions;

	private final Organizations organizations;

	private final IntakeProperties properties;

	private final Catalog catalog;

	private final Indicators indicators;

	private final Clock clock;

	private final Officers officers;

	private final DisputeFigures disputeFigures;

	private final EventOutcomes outcomes;

	private final EventSubjects subjects;

	private final Subjects register;

	IntakePageController(EventIntake intake, EventDispatch dispatch, EventToClue clues, EventQueries events,
			Disputes disputes, Routing routing, EventAlerts alerts, FullProcessRecord record, Regions regions,
			Organizations organizations, IntakeProperties properties, Catalog catalog, Indicators indicators, Clock clock,
			Officers officers, DisputeFigures disputeFigures, EventOutcomes outcomes, EventSubjects subjects,
			Subjects register) {
		this.subjects = subjects;
		this.register = register;
		this.outcomes = outcomes;
		this.intake = intake;
		this.dispatch = dispatch;
		this.clues = clues;
		this.officers = officers;
		this.disputeFigures = disputeFigures;
		this.indicators = indicators;
		this.clock = clock;
		this.catalog = catalog;
		this.events = events;
		this.disputes = disputes;
		this.routing = routing;
		this.alerts = alerts;
		this.record = record;
		this.regions = regions;
		this.organizations = organizations;
		this.properties = properties;
	}

	@GetMapping("/intake")
	String queue(@RequestParam(defaultValue = "new") String view, JurisdictionScope scope, Model model) {
		String shown = VIEWS.containsKey(view) || "overdue".equals(view) || "escalated".equals(view) ? view : "new";
		model.addAttribute("view", shown);
		model.addAttribute("views",
				List.of("new", "classified", "dispatched", "returned", "disputed", "overdue", "escalated", "done"));
		model.addAttribute("events", switch (shown) {
			case "overdue" -> events.overdue(scope);
			case "escalated" -> events.escalated(scope);
			default -> events.queue(scope, VIEWS.get(shown));
		});
		model.addAttribute("names", new Names());
		return "intake/queue";
	}

	@GetMapping("/intake/new")
	String newEvent(@RequestParam(defaultValue = "false") boolean grid, JurisdictionScope scope, Model model) {
		model.addAttribute("grid", grid);
		model.addAttribute("places", places(scope));
		model.addAttribute("matters", catalog.matters());
		model.addAttribute("types", RequestType.values());
		model.addAttribute("priorities", Priority.values());
		return "intake/new";
	}

	@PostMapping("/intake/new")
	@PreAuthorize("hasAnyAuthority('event:dispatch', 'clue:report')")
	String receive(@RequestParam(defaultValue = "false") boolean grid, @RequestParam RequestType requestType,
			@RequestParam(required = false) @Nullable String matter, @RequestParam String description,
			@RequestParam String division, @RequestParam(required = false) @Nullable String gridCode,
			@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable BigDecimal latitude,
			@RequestParam(required = false) @Nullable BigDecimal longitude,
			@RequestParam(required = false) @Nullable String reporterName,
			@RequestParam(required = false) @Nullable String reporterPhone,
			@RequestParam(defaultValue = "NORMAL") Priority priority,
			@RequestParam(required = false) @Nullable MultipartFile photo,
			@RequestParam(required = false) @Nullable Long subjectId, ScopedPrincipal caller,
			RedirectAttributes redirect) throws IOException {
		try {
			List<Photo> photos = photos(photo);
			Receipt receipt = intake.receive(new NewEvent(requestType, matter, description, division, gridCode, address,
					latitude, longitude, reporterName, reporterPhone, null, priority),
					grid ? EventChannel.GRID : EventChannel.DISPATCHER, photos, subjectId, caller);
			redirect.addFlashAttribute("received", receipt.trackingNumber());
			return "redirect:/intake/events/" + events.byTracking(receipt.trackingNumber()).orElseThrow().id();
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			redirect.addAttribute("grid", grid);
			return "redirect:/intake/new";
		}
	}

	List<Photo> photos(@Nullable MultipartFile photo) throws IOException {
		if (photo == null || photo.isEmpty()) {
			return List.of();
		}
		return List.of(Photo.of(String.valueOf(photo.getOriginalFilename()), photo.getBytes(),
				properties.photoMaxSize().toBytes()));
	}

	/** Townships of the jurisdiction (and their villages, where loaded), for the place list. */
	private List<Division> places(JurisdictionScope scope) {
		DivisionCode territory = DivisionCode.of(properties.territory());
		List<Division> roots = scope.isNationwide() ? List.of(regions.require(territory))
				: scope.divisions().stream().filter(d -> d.isWithin(territory) || territory.isWithin(d))
					.map(d -> regions.require(d.isWithin(territory) ? d : territory)).distinct().toList();
		List<Division> places = new ArrayList<>();
		for (Division root : roots) {
			collect(root, places);
		}
		return places;
	}

	private void collect(Division division, List<Division> places) {
		if (division.level().ordinal() >= DivisionLevel.TOWNSHIP.ordinal()) {
			places.add(division);
		}
		if (division.level().ordinal() < DivisionLevel.VILLAGE.ordinal()) {
			regions.children(division.code()).forEach(child -> collect(child, places));
		}
	}

	/** An event by its tracking number (a case whose clue it became links here), within the caller's jurisdiction. */
	@GetMapping("/intake/events/by-tracking/{number}")
	String byTracking(@PathVariable String number, JurisdictionScope scope) {
		IntakeEvent event = events.byTracking(number)
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.tracking-unknown", number));
		return "redirect:/intake/events/" + events.require(event.id(), scope).id();
	}

	@GetMapping("/intake/events/{id}")
	String event(@PathVariable long id, JurisdictionScope scope, ScopedPrincipal caller, Model model) {
		IntakeEvent event = events.require(id, scope);
		model.addAttribute("event", event);
		model.addAttribute("place", events.placeName(event.division()));
		model.addAttribute("agency", events.orgName(event.assignedOrgId()));
		model.addAttribute("mine", events.handles(event, caller));
		model.addAttribute("teams", events.teamsFor(event));
		model.addAttribute("names", new Names());
		model.addAttribute("duplicates", events.duplicates(id, scope));
		model.addAttribute("returns", events.returns(id, scope));
		model.addAttribute("photos", events.photos(id, scope));
		model.addAttribute("alerts", alerts.of(id));
		model.addAttribute("disputes", disputes.ofEvent(id));
		model.addAttribute("claims", disputes.pendingClaims(id));
		model.addAttribute("entries", record.entries(EventRecorded.SUBJECT, id));
		model.addAttribute("outcomes", outcomes.of(id)); // what became of it: its case, its whistle
		model.addAttribute("matters", catalog.matters());
		model.addAttribute("partyKinds", PartyKind.values());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("officers", officers.people(new OrganizationId(caller.organizationId()), scope).stream()
			.filter(p -> p.category() == PersonCategory.ESTABLISHMENT && p.inPostOn(today))
			.toList()); // who may adopt the photos as evidence
		model.addAttribute("merged", event.mergedInto() == null ? null : events.find(event.mergedInto()).orElse(null));
		model.addAttribute("subject", subjects.subjectOf(event, caller).orElse(null));
		model.addAttribute("mayLinkSubject", subjects.mayLink(event, caller));
		return "intake/event";
	}

	/**
	 * The event pages' search of the register (htmx), as the clue page's party picker: the subjects answering the text
	 * in the caller's jurisdiction, each a choice named {@code subjectId} (docs/adr/0019-subject-register.md).
	 */
	@GetMapping("/intake/subjects")
	String subjectSearch(@RequestParam(required = false) @Nullable String q, ScopedPrincipal caller, Model model) {
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("results", register.search(q == null ? "" : q, caller));
		return "casehandling/party-results :: results";
	}

	@GetMapping("/intake/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable long id, JurisdictionScope scope) {
		Photo photo = events.photo(id, scope);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.content());
	}

	@PostMapping("/intake/events/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "classify" -> intake.classify(id, form.getOrDefault("matter", ""), caller);
				case "dispatch" -> dispatch.dispatch(id, team(form.get("team")), caller);
				case "accept" -> dispatch.accept(id, caller);
				case "return" -> dispatch.returnEvent(id, form.getOrDefault("reason", ""), caller);
				case "claim" -> dispatch.claim(id, form.getOrDefault("reason", ""), caller);
				case "arrive" -> dispatch.arrive(id, null, decimal(form.get("latitude")), decimal(form.get("longitude")),
						caller);
				case "reply" -> dispatch.reply(id, form.getOrDefault("reply", ""), flag(form.get("substantiated")), caller);
				case "subject" -> subjects.link(id, "true".equals(form.get("clear")) ? null : subjectId(form.get("subjectId")),
						caller);
				case "urge" -> dispatch.urge(id, form.getOrDefault("note", ""), caller);
				case "merge" -> intake.merge(id, Long.parseLong(form.getOrDefault("into", "0")), caller);
				case "clue" -> clues.toClue(id, PartyKind.valueOf(form.getOrDefault("partyKind", "NATURAL_PERSON")),
						form.getOrDefault("partyName", ""), Stream.of(form.get("officer1"), form.get("officer2"))
							.filter(o -> o != null && !o.isBlank()).map(Long::valueOf).toList(), caller);
				default -> throw new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.action-unknown", action);
			}
			redirect.addFlashAttribute("done", action);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "inbox".equals(form.get("back")) ? "redirect:/intake/inbox" : "redirect:/intake/events/" + id;
	}

	private static @Nullable Long team(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "request.parameter-malformed", "team", text);
		}
	}

	private static @Nullable Boolean flag(@Nullable String text) {
		return text == null || text.isBlank() ? null : Boolean.valueOf(text.strip());
	}

	private static long subjectId(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.subject-missing");
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "request.parameter-malformed", "subjectId", text);
		}
	}

	private static @Nullable BigDecimal decimal(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "request.parameter-malformed", "latitude/longitude",
					text);
		}
	}

	@GetMapping("/intake/inbox")
	String inbox(ScopedPrincipal caller, Model model) {
		model.addAttribute("events", events.inbox(caller));
		model.addAttribute("names", new Names());
		return "intake/inbox";
	}

	@GetMapping("/intake/indicators")
	String indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			JurisdictionScope scope, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null ? today.withDayOfMonth(1) : from;
		LocalDate end = to == null ? today : to;
		List<UnitIndicators> units = indicators.perUnit(start, end, scope);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("units", units);
		model.addAttribute("disputes", disputeFigures.of(start, end, scope));
		model.addAttribute("chart", Map.of("units", units.stream().map(UnitIndicators::unit).toList(), "onTime",
				units.stream().map(u -> u.onTimeClosureRate() == null ? 0 : u.onTimeClosureRate()).toList(), "satisfaction",
				units.stream().map(u -> u.satisfactionRate() == null ? 0 : u.satisfactionRate()).toList()));
		return "intake/indicators";
	}

	@GetMapping("/intake/rules")
	String rules(Model model) {
		model.addAttribute("rules", routing.rules());
		return "intake/rules";
	}

	@PostMapping("/intake/rules")
	String addRule(@RequestParam String keyword, @RequestParam String matter,
			@RequestParam(defaultValue = "1") int weight, RedirectAttributes redirect) {
		try {
			routing.addRule(keyword, matter.strip(), weight);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/intake/rules";
	}

	@PostMapping("/intake/rules/{id}/delete")
	String removeRule(@PathVariable long id, RedirectAttributes redirect) {
		try {
			routing.removeRule(id);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/intake/rules";
	}

	@GetMapping("/intake/disputes")
	String disputes(JurisdictionScope scope, Model model) {
		model.addAttribute("disputes", disputes.inScope(scope));
		model.addAttribute("bodies", organizations.visibleIn(scope).stream()
			.filter(o -> o.territory().stream().anyMatch(scope::covers)).toList());
		model.addAttribute("names", new Names());
		return "intake/disputes";
	}

	@PostMapping("/intake/disputes/{id}/decision")
	String decide(@PathVariable long id, @RequestParam long organization, @RequestParam String decision,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			disputes.decide(id, organization, decision, caller);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/intake/disputes";
	}

	@PostMapping("/intake/disputes/{id}/boundary")
	String boundary(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			disputes.applyAsBoundary(id, from, caller);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/intake/disputes";
	}

	/** Names for templates: bodies and places by id or code. */
	final class Names {

		public @Nullable String org(@Nullable Long id) {
			return events.orgName(id);
		}

		public String place(DivisionCode code) {
			return events.placeName(code);
		}

		public @Nullable String team(IntakeEvent event) {
			return events.teamName(event);
		}

		/** True when the team is the township's stationed group (the default), false when the dispatcher chose it. */
		public boolean stationedHere(IntakeEvent event) {
			return events.teamStationedHere(event);
		}

	}
}
