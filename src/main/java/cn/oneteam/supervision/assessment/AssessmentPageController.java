package cn.oneteam.supervision.assessment;

import java.time.Clock;
import java.time.LocalDate;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /supervision/assessments}: the period (month, quarter or year), the bodies in view with their scores, and a
 * body's officers on drill-down; the annual table to download (docs/adr/0039-assessments.md).
 */
@Controller
class AssessmentPageController {

	private final Assessments assessments;

	private final Clock clock;

	AssessmentPageController(Assessments assessments, Clock clock) {
		this.assessments = assessments;
		this.clock = clock;
	}

	@GetMapping("/supervision/assessments")
	@PreAuthorize(Assessments.WHO)
	String page(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long body, ScopedPrincipal caller, Model model,
			HttpServletResponse response) {
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		AssessmentPeriod p = AssessmentPeriod.of(AssessmentPeriod.Kind.QUARTER, today);
		try {
			if (period != null && !period.isBlank()) {
				p = AssessmentPeriod.parse(period);
			}
			model.addAttribute("bodies", assessments.bodies(p, caller));
			if (body != null) {
				model.addAttribute("officers", assessments.officers(body, p, caller));
			}
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
		}
		model.addAttribute("period", p);
		model.addAttribute("year", p.from().getYear());
		model.addAttribute("choices", new Choices(AssessmentPeriod.of(AssessmentPeriod.Kind.MONTH, today).label(),
				AssessmentPeriod.of(AssessmentPeriod.Kind.QUARTER, today).label(), String.valueOf(today.getYear())));
		return "supervision/assessments";
	}

	/** The current month, quarter and year, offered as quick choices. */
	record Choices(String month, String quarter, String year) {
	}
}
