package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of 吹哨报到: the township's whistles and the department's inbox, the raise form, a whistle with each
 * department's timeline, clocks and actions, the rating form, and the scores with a chart.
 */
@Controller
class WhistlePageController {

	private static final String RATING_PREFIX = "score.";

	private final Whistles whistles;

	private final WhistleQueries queries;

	private final WhistleScores scores;

	private final WhistleSettings settings;

	private final Clock clock;

	WhistlePageController(Whistles whistles, WhistleQueries queries, WhistleScores scores, WhistleSettings settings,
			Clock clock) {
		this.whistles = whistles;
		this.queries = queries;
		this.scores = scores;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/whistles")
	String list(ScopedPrincipal caller, Authentication authentication, Model model) {
		model.addAttribute("raised", queries.raised(caller));
		model.addAttribute("canRaise", queries.canRaise(caller));
		boolean responds = authentication.getAuthorities().stream()
			.anyMatch(a -> "whistle:respond".equals(a.getAuthority()));
		model.addAttribute("inbox", responds ? queries.inbox(caller) : List.of());
		model.addAttribute("responds", responds);
		model.addAttribute("types", settings.types());
		return "whistle/list";
	}

	@GetMapping("/whistles/new")
	String form(@RequestParam(required = false) @Nullable Long event, ScopedPrincipal caller, Model model) {
		model.addAttribute("event", event); // raised from an event's page (受理的事件)
		model.addAttribute("types", settings.types());
		model.addAttribute("departments", queries.summonable(caller));
		model.addAttribute("place", caller.jurisdiction().codes().stream().findFirst().orElse(""));
		return "whistle/raise";
	}

	@PostMapping("/whistles")
	String raise(@RequestParam String type, @RequestParam(required = false) @Nullable List<Long> departments,
			@RequestParam String need, @RequestParam DivisionCode place, @RequestParam String address,
			@RequestParam(required = false) @Nullable Long eventId,
			@RequestParam(required = false) @Nullable Integer reportMinutes,
			@RequestParam(required = false) @Nullable Integer arriveMinutes,
			@RequestParam(required = false) @Nullable Integer resolveWorkingDays, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		if (departments == null || departments.isEmpty() || need.isBlank() || address.isBlank()) {
			redirect.addFlashAttribute("error", new FlashMessage("whistle.form-incomplete", new String[0]));
			return "redirect:/whistles/new";
		}
		try {
			WhistleDetail raised = whistles.raise(new WhistleInputs.Raise(type, departments, need, place, address,
					eventId, reportMinutes, arriveMinutes, resolveWorkingDays, null), caller);
			return "redirect:/whistles/" + raised.id();
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			return "redirect:/whistles/new";
		}
	}

	@GetMapping("/whistles/{id}")
	String detail(@PathVariable long id, ScopedPrincipal caller, Model model) {
		WhistleDetail whistle = queries.detail(id, caller);
		model.addAttribute("whistle", whistle);
		model.addAttribute("raiser", whistle.raisedByOrganizationId() == caller.organizationId());
		model.addAttribute("mine", whistle.responders().stream()
			.filter(r -> r.departmentId() == caller.organizationId())
			.findFirst()
			.orElse(null));
		model.addAttribute("dimensions", settings.dimensions());
		model.addAttribute("record", queries.recordOf(id, caller));
		return "whistle/whistle";
	}

	@PostMapping("/whistles/{id}/acknowledge")
	String acknowledge(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		return step(id, redirect, () -> whistles.acknowledge(id, caller));
	}

	@PostMapping("/whistles/{id}/arrive")
	String arrive(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime arrivedAt,
			@RequestParam String place, @RequestParam(required = false) @Nullable BigDecimal latitude,
			@RequestParam(required = false) @Nullable BigDecimal longitude, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> whistles.arrive(id, new WhistleInputs.Arrival(
				arrivedAt == null ? null : arrivedAt.atZone(ChinaTime.ZONE).toOffsetDateTime(), place, latitude,
				longitude), caller));
	}

	@PostMapping("/whistles/{id}/report")
	String report(@PathVariable long id, @RequestParam String result, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> whistles.report(id, new WhistleInputs.Result(result), caller));
	}

	@PostMapping("/whistles/{id}/confirm")
	String confirm(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		return step(id, redirect, () -> whistles.confirm(id, caller));
	}

	@PostMapping("/whistles/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam String reason, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> whistles.reopen(id, new WhistleInputs.Reopen(reason, null), caller));
	}

	@PostMapping("/whistles/{id}/urge")
	String urge(@PathVariable long id, @RequestParam long department, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> whistles.urge(id, new WhistleInputs.Urge(department, null), caller));
	}

	/** The rating form sends one {@code score.<dimension>} field per dimension. */
	@PostMapping("/whistles/{id}/rate")
	String rate(@PathVariable long id, @RequestParam long department, @RequestParam Map<String, String> fields,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith(RATING_PREFIX) && value.matches("\\d{1,2}")) {
				ratings.put(name.substring(RATING_PREFIX.length()), Integer.valueOf(value));
			}
		});
		return step(id, redirect, () -> whistles.rate(id,
				new WhistleInputs.Rating(department, ratings, fields.get("comment")), caller));
	}

	@GetMapping("/whistles/scores")
	String scores(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long department,
			@RequestParam(required = false) @Nullable BigDecimal otherScore, ScopedPrincipal caller, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		Scores figures = scores.scores(start, end, department, otherScore, caller);
		model.addAttribute("scores", figures);
		model.addAttribute("department", department);
		model.addAttribute("otherScore", otherScore);
		model.addAttribute("chart", chart(figures));
		return "whistle/scores";
	}

	/** Series for the chart, one value per department, as plain lists the page script reads. */
	private static Map<String, List<?>> chart(Scores figures) {
		Map<String, List<?>> chart = new LinkedHashMap<>();
		List<Scores.DepartmentScore> departments = figures.departments();
		chart.put("departments", departments.stream().map(Scores.DepartmentScore::department).toList());
		chart.put("rating", departments.stream().map(d -> zeroIfNone(d.assessment().ratingScore())).toList());
		chart.put("acknowledged", departments.stream().map(d -> zeroIfNone(d.acknowledged().percent())).toList());
		chart.put("arrived", departments.stream().map(d -> zeroIfNone(d.arrived().percent())).toList());
		chart.put("resolved", departments.stream().map(d -> zeroIfNone(d.resolved().percent())).toList());
		return chart;
	}

	private static BigDecimal zeroIfNone(@Nullable BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	private static String step(long id, RedirectAttributes redirect, Supplier<WhistleDetail> action) {
		try {
			action.get();
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/whistles/" + id;
	}
}
