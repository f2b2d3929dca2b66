package cn.oneteam.subject.quiet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of quiet entries: a subject found by its code, its entries (ended ones too), a form to add one and a button
 * to end one ({@code case:handle}); the year's caps, editable with {@code catalog:manage}
 * (docs/adr/0024-quiet-periods-and-caps.md).
 */
@Controller
class QuietPageController {

	private final QuietPeriods quiet;

	private final Subjects subjects;

	private final Clock clock;

	QuietPageController(QuietPeriods quiet, Subjects subjects, Clock clock) {
		this.quiet = quiet;
		this.subjects = subjects;
		this.clock = clock;
	}

	@GetMapping("/subjects/quiet")
	String page(@RequestParam(required = false) @Nullable String code, ScopedPrincipal caller, Model model) {
		int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
		model.addAttribute("kinds", QuietKind.values());
		model.addAttribute("triggers", InspectionTrigger.values());
		model.addAttribute("scopes", InspectionCap.Scope.values());
		model.addAttribute("onReach", InspectionCap.OnReach.values());
		model.addAttribute("year", year);
		model.addAttribute("caps", quiet.caps(year));
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			try {
				SubjectView subject = subjects.byCode(code, caller);
				model.addAttribute("subject", subject);
				model.addAttribute("entries", quiet.entries(subject.id(), caller));
			}
			catch (RuleViolation violation) {
				model.addAttribute("error", FlashMessage.of(violation));
			}
		}
		return "subject/quiet";
	}

	@PostMapping("/subjects/quiet/{subjectId}")
	String add(@PathVariable long subjectId, @RequestParam String code, @RequestParam QuietKind kind,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
			@RequestParam String reason, @RequestParam String decidingBody, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			quiet.add(subjectId, new QuietInputs.Entry(kind, validFrom, validUntil, required(reason, "reason"),
					required(decidingBody, "decidingBody")), caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return back(code);
	}

	@PostMapping("/subjects/quiet/{subjectId}/{entryId}/end")
	String end(@PathVariable long subjectId, @PathVariable long entryId, @RequestParam String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endedOn,
			@RequestParam String reason, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			quiet.end(subjectId, entryId, new QuietInputs.Ending(endedOn, required(reason, "reason")), caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return back(code);
	}

	@PostMapping("/subjects/quiet/caps")
	String setCap(@RequestParam InspectionCap.Scope scope, @RequestParam String scopeKey, @RequestParam int year,
			@RequestParam int cap, @RequestParam InspectionCap.OnReach onReach,
			@RequestParam(required = false) @Nullable Set<InspectionTrigger> exemptTriggers, @RequestParam String basis,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			if (cap < 0) {
				throw new QuietViolation(QuietViolation.BAD_REQUEST, "quiet.cap-negative", cap);
			}
			quiet.setCap(new QuietInputs.Cap(scope, required(scopeKey, "scopeKey"), year, cap, onReach,
					exemptTriggers == null ? EnumSet.noneOf(InspectionTrigger.class) : exemptTriggers,
					required(basis, "basis")), caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/subjects/quiet";
	}

	private static String required(String text, String field) {
		if (text.isBlank()) {
			throw new QuietViolation(QuietViolation.BAD_REQUEST, "quiet.field-required", field);
		}
		return text.strip();
	}

	private static String back(String code) {
		return "redirect:/subjects/quiet?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
	}
}
