package cn.oneteam.inspection.result;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The phone page an inspector records a visit on, and the public results page
 * (docs/adr/0030-recording-and-publishing-inspections.md). The recording itself goes to the API from the page's script
 * (photos, location, signature); publication is a plain form.
 */
@Controller
class ResultPageController {

	private final InspectionResults results;

	private final PublicResults published;

	private final Subjects subjects;

	private final Clock clock;

	ResultPageController(InspectionResults results, PublicResults published, Subjects subjects, Clock clock) {
		this.results = results;
		this.published = published;
		this.subjects = subjects;
		this.clock = clock;
	}

	@GetMapping("/inspections/visits/{id}/record")
	String record(@PathVariable long id, ScopedPrincipal caller, Model model) {
		ResultViews.Result result = results.result(id, caller);
		model.addAttribute("result", result);
		model.addAttribute("subjectName", subjects.byId(result.visit().subjectId(), caller).name());
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("outcomes", VisitOutcome.values());
		model.addAttribute("today", LocalDate.now(clock.withZone(ChinaTime.ZONE)));
		return "inspection/record";
	}

	@PostMapping("/inspections/visits/{id}/publication")
	String publish(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			results.publish(id, caller);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/inspections/visits/" + id + "/record";
	}

	@GetMapping("/public/inspections/results")
	String results(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		model.addAttribute("page", published.page(from, to, q, page, locale));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("q", q);
		return "inspection/results";
	}
}
