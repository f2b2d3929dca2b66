package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 吹哨报到 through the API: a township raises a whistle, summoned departments acknowledge, arrive and report, the
 * township confirms or reopens, urges and rates; scores per period; types and weights for the administrator. Each
 * step answers with the whistle as it now stands, with every department's clocks.
 */
@RestController
@RequestMapping("/api/v1/whistles")
@Tag(name = "whistles 吹哨报到", description = "乡街吹哨、部门报到: whistles, responses with clocks, 一事一评 ratings, "
		+ "department scores")
class WhistleApiController {

	private final Whistles whistles;

	private final WhistleQueries queries;

	private final WhistleScores scores;

	private final WhistleSettings settings;

	WhistleApiController(Whistles whistles, WhistleQueries queries, WhistleScores scores, WhistleSettings settings) {
		this.whistles = whistles;
		this.queries = queries;
		this.scores = scores;
		this.settings = settings;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Raise a whistle (吹哨) to one or more departments of the county",
			description = "Only a township government or a body stationed in the township (permission event:dispatch). "
					+ "Type ROUTINE (日常: report 30 min, arrive 2 h, resolve 5 working days) or EMERGENCY (应急: 10 min, "
					+ "30 min, 1 working day) unless configured otherwise; the requirement may be set per whistle within "
					+ "bounds. 422 whistle.department-outside-county for a department of another county; raisedAt "
					+ "records a whistle blown earlier (at most 7 days back).")
	WhistleDetail raise(@Valid @RequestBody WhistleInputs.Raise input, ScopedPrincipal caller) {
		return whistles.raise(input, caller);
	}

	@GetMapping
	@Operation(summary = "Whistles raised in the caller's jurisdiction (township view), newest first, at most 200")
	List<WhistleRow> raised(ScopedPrincipal caller) {
		return queries.raised(caller);
	}

	@GetMapping("/inbox")
	@Operation(summary = "Whistles the caller's department is summoned to (department view), open first, at most 200",
			description = "Each with the department's own state, its next due time and whether it is overdue.")
	List<WhistleRow> inbox(ScopedPrincipal caller) {
		return queries.inbox(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A whistle with every department's clocks (报到, 到场, 办结), alerts and rating",
			description = "403 outside the caller's jurisdiction unless the caller's department is summoned.")
	WhistleDetail detail(@PathVariable long id, ScopedPrincipal caller) {
		return queries.detail(id, caller);
	}

	@PostMapping("/{id}/acknowledge")
	@Operation(summary = "报到: the caller's department acknowledges the whistle (permission whistle:respond)")
	WhistleDetail acknowledge(@PathVariable long id, ScopedPrincipal caller) {
		return whistles.acknowledge(id, caller);
	}

	@PostMapping("/{id}/arrive")
	@Operation(summary = "到场: the caller's department arrived (time, place, optional WGS-84 coordinates)",
			description = "The time defaults to now; never before the whistle or in the future. Coordinates both or "
					+ "neither, inside China (latitude 3.86–53.56, longitude 73.66–135.05).")
	WhistleDetail arrive(@PathVariable long id, @Valid @RequestBody WhistleInputs.Arrival input,
			ScopedPrincipal caller) {
		return whistles.arrive(id, input, caller);
	}

	@PostMapping("/{id}/report")
	@Operation(summary = "办结反馈: the caller's department reports what it did")
	WhistleDetail report(@PathVariable long id, @Valid @RequestBody WhistleInputs.Result input,
			ScopedPrincipal caller) {
		return whistles.report(id, input, caller);
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "确认办结: the raising township closes the whistle once every department has reported")
	WhistleDetail confirm(@PathVariable long id, ScopedPrincipal caller) {
		return whistles.confirm(id, caller);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "重新办理: the raising township sends reported results back, with a reason (counted)")
	WhistleDetail reopen(@PathVariable long id, @Valid @RequestBody WhistleInputs.Reopen input,
			ScopedPrincipal caller) {
		return whistles.reopen(id, input, caller);
	}

	@PostMapping("/{id}/urge")
	@Operation(summary = "催办: the raising township urges a department that has not reported yet")
	WhistleDetail urge(@PathVariable long id, @Valid @RequestBody WhistleInputs.Urge input, ScopedPrincipal caller) {
		return whistles.urge(id, input, caller);
	}

	@PostMapping("/{id}/rate")
	@Operation(summary = "一事一评: after closure, the township rates one department's response",
			description = "Every configured dimension scored 1–5 (default SPEED 响应速度, EFFECT 处置效果, COOPERATION "
					+ "协作配合, SATISFACTION 结果满意); the rating's score is their mean × 20 (100-point scale). A second "
					+ "rating of the same department on the same whistle is refused (409 whistle.already-rated).")
	WhistleDetail rate(@PathVariable long id, @Valid @RequestBody WhistleInputs.Rating input, ScopedPrincipal caller) {
		return whistles.rate(id, input, caller);
	}

	@GetMapping("/scores")
	@Operation(summary = "Department scores and township whistle rates for whistles raised in a period",
			description = "Per department: average per dimension (1–5), rating score (100-point), on-time rates of "
					+ "report, arrival and result, and the rating part of its assessment (weight × rating score). With "
					+ "department and otherScore (0–100), that department's combined score = weight × rating score + "
					+ "(1 − weight) × otherScore. The whistle rate (whistles per 100 events) stays empty until the "
					+ "event counts are known.")
	Scores scores(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2026-11-01") LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2026-11-30") LocalDate to,
			@RequestParam(required = false) @Nullable Long department,
			@RequestParam(required = false) @Nullable BigDecimal otherScore, ScopedPrincipal caller) {
		return scores.scores(from, to, department, otherScore, caller);
	}

	@GetMapping("/types")
	@Operation(summary = "Whistle types with their default response requirements")
	List<WhistleType> types() {
		return settings.types();
	}

	@PutMapping("/types/{code}")
	@Operation(summary = "Set or add a whistle type (administrator, whistle:configure)",
			description = "Report 5–1440 minutes, arrive 10–4320 minutes and not before the report, resolve 1–60 "
					+ "working days.")
	WhistleType setType(@PathVariable String code, @Valid @RequestBody WhistleInputs.TypeSetting input) {
		return settings.setType(code, input);
	}

	@GetMapping("/weights")
	@Operation(summary = "Weight of township ratings per kind of responder, in percent",
			description = "Defaults: DEPARTMENT 30, ENFORCEMENT_BUREAU 30, STATIONED 60 (reform documents: 30 % for "
					+ "departments, 60 %–100 % for stationed bodies).")
	Map<ResponderKind, Integer> weights() {
		return settings.weights();
	}

	@PutMapping("/weights/{kind}")
	@Operation(summary = "Set the weight for a kind of responder, 0–100 % (administrator, whistle:configure)")
	Map<ResponderKind, Integer> setWeight(@PathVariable ResponderKind kind,
			@RequestBody WhistleInputs.WeightSetting input) {
		return settings.setWeight(kind, input.weightPercent());
	}

	@GetMapping("/dimensions")
	@Operation(summary = "The dimensions a township rates, each 1–5")
	List<Scores.Dimension> dimensions() {
		return settings.dimensions();
	}
}
