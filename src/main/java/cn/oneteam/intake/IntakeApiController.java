package cn.oneteam.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.catalog.Boundary;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/intake")
@Tag(name = "intake 受理与派遣", description = "Events from the dispatcher and grid workers, routing, dispatch, accept or "
		+ "return, reply, urge, merge, duplicates, disputes, keyword rules")
class IntakeApiController {

	private final EventIntake intake;

	private final EventDispatch dispatch;

	private final EventToClue clues;

	private final EventQueries events;

	private final Disputes disputes;

	private final Routing routing;

	private final FullProcessRecord record;

	private final Indicators indicators;

	private final DisputeFigures disputeFigures;

	private final EventSubjects subjects;

	IntakeApiController(EventIntake intake, EventDispatch dispatch, EventToClue clues, EventQueries events,
			Disputes disputes, Routing routing, FullProcessRecord record, Indicators indicators,
			DisputeFigures disputeFigures, EventSubjects subjects) {
		this.subjects = subjects;
		this.indicators = indicators;
		this.disputeFigures = disputeFigures;
		this.intake = intake;
		this.dispatch = dispatch;
		this.clues = clues;
		this.events = events;
		this.disputes = disputes;
		this.routing = routing;
		this.record = record;
	}

	@PostMapping("/events")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('event:dispatch', 'clue:report')")
	@Operation(summary = "Receive an event from the dispatcher (DISPATCHER) or a grid worker (GRID), in your jurisdiction; "
			+ "routed at once when the matter is named or suggested by the keyword rules",
			description = "subjectId names the subject of the register the event is about (one in your jurisdiction; "
					+ "404 otherwise and nothing is received).")
	Receipt receive(@Valid @RequestBody NewEvent event,
			@RequestParam(defaultValue = "DISPATCHER") @Schema(allowableValues = { "DISPATCHER", "GRID" }) EventChannel channel,
			@RequestParam(required = false) @Nullable Long subjectId, ScopedPrincipal caller) {
		if (channel != EventChannel.DISPATCHER && channel != EventChannel.GRID) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.channel-not-staff", channel);
		}
		return intake.receive(event, channel, List.of(), subjectId, caller);
	}

	record SubjectLink(@Nullable @Schema(description = "the subject of the register; null clears the link",
			example = "42") Long subjectId) {
	}

	@PutMapping("/events/{id}/subject")
	@Operation(summary = "Name (or clear, with null) the subject of the register the event is about: the dispatcher for "
			+ "an event in the jurisdiction, the unit for an event dispatched to it; the subject must be in your "
			+ "jurisdiction (404 otherwise); recorded in the event's record")
	IntakeEvent subject(@PathVariable long id, @RequestBody SubjectLink input, ScopedPrincipal caller) {
		return subjects.link(id, input.subjectId(), caller);
	}

	@GetMapping("/events")
	@Operation(summary = "Events in your jurisdiction, newest first, in the given states (all open ones by default)")
	List<IntakeEvent> list(@RequestParam(required = false) @Nullable List<EventState> state, JurisdictionScope scope) {
		return events.queue(scope, state == null || state.isEmpty() ? EventQueries.QUEUE : EnumSet.copyOf(state));
	}

	@GetMapping("/events/overdue")
	@Operation(summary = "Events past a clock (dispatch, accept, arrive, reply) in your jurisdiction")
	List<IntakeEvent> overdue(JurisdictionScope scope) {
		return events.overdue(scope);
	}

	@GetMapping("/events/escalated")
	@Operation(summary = "Open events escalated to the county coordinator (accept or reply clock overdue past its "
			+ "margin, repeated returns) in your jurisdiction")
	List<IntakeEvent> escalated(JurisdictionScope scope) {
		return events.escalated(scope);
	}

	@GetMapping("/inbox")
	@Operation(summary = "The receiving unit's inbox: events dispatched to your body or your team, or accepted")
	List<IntakeEvent> inbox(ScopedPrincipal caller) {
		return events.inbox(caller);
	}

	@GetMapping("/events/{id}")
	@Operation(summary = "An event in your jurisdiction, with the routing explanation and its clocks")
	IntakeEvent event(@PathVariable long id, JurisdictionScope scope) {
		return events.require(id, scope);
	}

	@GetMapping("/events/{id}/record")
	@Operation(summary = "The event's full-process record (every state change)")
	List<RecordEntry> history(@PathVariable long id, JurisdictionScope scope) {
		events.require(id, scope);
		return record.entries(EventRecorded.SUBJECT, id);
	}

	@GetMapping("/events/{id}/duplicates")
	@Operation(summary = "Suggested duplicates: same matter near the same place within the window")
	List<IntakeEvent> duplicates(@PathVariable long id, JurisdictionScope scope) {
		return events.duplicates(id, scope);
	}

	record Classify(@NotBlank @Schema(example = "HX-CG-002") String matter) {
	}

	@PostMapping("/events/{id}/classify")
	@Operation(summary = "Name the matter; the catalogue resolver routes the event (or a dispute opens)")
	IntakeEvent classify(@PathVariable long id, @Valid @RequestBody Classify input, ScopedPrincipal caller) {
		return intake.classify(id, input.matter(), caller);
	}

	record DispatchTo(@Nullable @Schema(description = "one of the body's teams; the township's stationed group by default",
			example = "12") Long team) {
	}

	@PostMapping("/events/{id}/dispatch")
	@Operation(summary = "Dispatch to the routed body and one of its teams (the township's stationed group by default, "
			+ "or the team named); the clocks to accept and to arrive start")
	IntakeEvent dispatch(@PathVariable long id, @RequestBody(required = false) @Nullable DispatchTo input,
			ScopedPrincipal caller) {
		return dispatch.dispatch(id, input == null ? null : input.team(), caller);
	}

	@PostMapping("/events/{id}/accept")
	@Operation(summary = "The receiving unit accepts the event")
	IntakeEvent accept(@PathVariable long id, ScopedPrincipal caller) {
		return dispatch.accept(id, caller);
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	@PostMapping("/events/{id}/return")
	@Operation(summary = "The receiving unit returns the event with its reason; repeated returns go to the county as a dispute")
	IntakeEvent giveBack(@PathVariable long id, @Valid @RequestBody Reason input, ScopedPrincipal caller) {
		return dispatch.returnEvent(id, input.reason(), caller);
	}

	record Arrival(@Nullable @Schema(description = "when the unit was on the spot; now when left out",
			example = "2026-11-20T10:05:00+08:00") OffsetDateTime at,
			@Nullable @Schema(description = "WGS-84", example = "37.3705") BigDecimal latitude,
			@Nullable @Schema(description = "WGS-84", example = "97.3605") BigDecimal longitude) {
	}

	@PostMapping("/events/{id}/arrive")
	@Operation(summary = "The receiving unit reports it was on the spot (到场), with the time and optionally the place; "
			+ "met or overdue against the priority's arrival clock")
	IntakeEvent arrive(@PathVariable long id, @RequestBody(required = false) @Nullable Arrival input,
			ScopedPrincipal caller) {
		return input == null ? dispatch.arrive(id, null, null, null, caller)
				: dispatch.arrive(id, input.at(), input.latitude(), input.longitude(), caller);
	}

	@PostMapping("/events/{id}/claim")
	@Operation(summary = "Your unit claims the event (认领) with its reason; a second claimant, or a claim on a returned "
			+ "event, opens a dispute to the county coordinator listing the claimants")
	IntakeEvent claim(@PathVariable long id, @Valid @RequestBody Reason input, ScopedPrincipal caller) {
		return dispatch.claim(id, input.reason(), caller);
	}

	record Reply(@NotBlank @Size(max = 4000) String reply,
			@Nullable @Schema(description = "for a complaint or report: substantiated (查实) or not (不属实); left out "
					+ "when not said. A substantiated one about a subject counts on its credit record") Boolean substantiated) {
	}

	@PostMapping("/events/{id}/reply")
	@Operation(summary = "The receiving unit answers the reporter (and, for a complaint or report, says whether it was "
			+ "substantiated)")
	IntakeEvent reply(@PathVariable long id, @Valid @RequestBody Reply input, ScopedPrincipal caller) {
		return dispatch.reply(id, input.reply(), input.substantiated(), caller);
	}

	record Note(@Size(max = 1000) String note) {
	}

	@PostMapping("/events/{id}/urge")
	@Operation(summary = "Urge the unit (催办)")
	IntakeEvent urge(@PathVariable long id, @Valid @RequestBody Note input, ScopedPrincipal caller) {
		return dispatch.urge(id, input.note() == null ? "" : input.note(), caller);
	}

	record Merge(@NotNull Long into) {
	}

	@PostMapping("/events/{id}/merge")
	@Operation(summary = "Merge a duplicate into another event; its reporter follows that event's progress")
	IntakeEvent merge(@PathVariable long id, @Valid @RequestBody Merge input, ScopedPrincipal caller) {
		return intake.merge(id, input.into(), caller);
	}

	record Clue(@NotNull PartyKind partyKind, @NotBlank @Size(max = 200) String partyName,
			@Nullable @Size(max = 6) List<@NotNull Long> officers) {
	}

	@PostMapping("/events/{id}/clue")
	@Operation(summary = "Turn the event into a clue of a case in your body (案源); the event keeps the case id",
			description = "With two certified officers of the body (officers), the event's photos go to the case as "
					+ "evidence (视听资料), hashed and recorded like any other.")
	IntakeEvent clue(@PathVariable long id, @Valid @RequestBody Clue input, ScopedPrincipal caller) {
		return clues.toClue(id, input.partyKind(), input.partyName(),
				input.officers() == null ? List.of() : input.officers(), caller);
	}

	@GetMapping("/disputes")
	@Operation(summary = "Disputes of the counties in your jurisdiction, undecided first")
	List<Dispute> disputes(JurisdictionScope scope) {
		return disputes.inScope(scope);
	}

	record Decision(@NotNull Long organization, @NotBlank @Size(max = 1000) String decision) {
	}

	@PostMapping("/disputes/{id}/decision")
	@Operation(summary = "The county coordinator names the responsible body; the event is classified to it")
	Dispute decide(@PathVariable long id, @Valid @RequestBody Decision input, ScopedPrincipal caller) {
		return disputes.decide(id, input.organization(), input.decision(), caller);
	}

	record ApplyBoundary(@NotNull @Schema(example = "2027-01-01") LocalDate from) {
	}

	@PostMapping("/disputes/{id}/boundary")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Turn the decision into a responsibility boundary (catalogue manager): the next identical event routes itself")
	Boundary boundary(@PathVariable long id, @Valid @RequestBody ApplyBoundary input, ScopedPrincipal caller) {
		return disputes.applyAsBoundary(id, input.from(), caller);
	}

	@GetMapping("/indicators/disputes")
	@Operation(summary = "Disputes of the period by reason: opened, decided (and on time), made boundaries, still open")
	List<DisputeFigures.Row> disputeFigures(@RequestParam @Schema(example = "2026-11-01") LocalDate from,
			@RequestParam @Schema(example = "2026-11-30") LocalDate to, JurisdictionScope scope) {
		return disputeFigures.of(from, to, scope);
	}

	@GetMapping("/indicators")
	@Operation(summary = "Per unit and period: received, accepted (on time), returned, 应结案/结案/按期结案 and their rates "
			+ "(docs/legal/intake.md#indicators), reopen rate, satisfaction")
	List<UnitIndicators> indicators(@RequestParam @Schema(example = "2026-11-01") LocalDate from,
			@RequestParam @Schema(example = "2026-11-30") LocalDate to, JurisdictionScope scope) {
		return indicators.perUnit(from, to, scope);
	}

	@GetMapping("/rules")
	@Operation(summary = "The keyword rules that suggest a matter from a report's words")
	List<Routing.KeywordRule> rules() {
		return routing.rules();
	}

	record NewRule(@NotBlank @Size(max = 50) String keyword, @NotBlank String matter, @Nullable Integer weight) {
	}

	@PostMapping("/rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a keyword rule (catalogue manager)")
	Routing.KeywordRule addRule(@Valid @RequestBody NewRule input) {
		return routing.addRule(input.keyword(), input.matter(), input.weight() == null ? 1 : input.weight());
	}

	@DeleteMapping("/rules/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a keyword rule (catalogue manager)")
	void removeRule(@PathVariable long id) {
		routing.removeRule(id);
	}

	@GetMapping("/rules/suggestion")
	@Operation(summary = "The matter the rules suggest for a text, with the words that matched")
	Map<String, Object> suggest(@RequestParam String text) {
		return routing.suggest(text)
			.<Map<String, Object>>map(s -> Map.of("matter", s.matterCode(), "keywords", s.keywords(), "score", s.score()))
			.orElse(Map.of());
	}
}
