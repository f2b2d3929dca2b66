package cn.oneteam.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staffing figures with charts, and a person's page with certificates. */
@Controller
class StaffingPageController {

	private final Staffing staffing;

	private final Officers officers;

	private final Clock clock;

	StaffingPageController(Staffing staffing, Officers officers, Clock clock) {
		this.staffing = staffing;
		this.officers = officers;
		this.clock = clock;
	}

	@GetMapping("/staffing")
	String staffing(@RequestParam(required = false) @Nullable DivisionCode division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			JurisdictionScope scope, Model model) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		DivisionCode area = division != null ? division
				: scope.isNationwide() ? null : scope.divisions().iterator().next();
		model.addAttribute("day", day);
		if (area != null) {
			StaffingReport report = staffing.report(area, day, scope);
			model.addAttribute("report", report);
			model.addAttribute("chart", chartData(report));
		}
		return "organization/staffing";
	}

	/** Series for the charts, one value per body, as plain lists the page script reads. */
	private static Map<String, List<?>> chartData(StaffingReport report) {
		List<StaffingFigures> figures = report.bodies().stream().map(StaffingReport.Line::figures).toList();
		Map<String, List<?>> chart = new LinkedHashMap<>();
		chart.put("bodies", report.bodies().stream().map(StaffingReport.Line::name).toList());
		chart.put("authorised", figures.stream().map(StaffingFigures::authorised).toList());
		chart.put("filled", figures.stream().map(StaffingFigures::filled).toList());
		chart.put("certified", figures.stream().map(StaffingFigures::certifiedOfficers).toList());
		chart.put("auxiliaries", figures.stream().map(StaffingFigures::auxiliaries).toList());
		chart.put("stationedShare", figures.stream().map(f -> f.stationedShare() == null ? 0 : f.stationedShare()).toList());
		chart.put("vacancyRate", figures.stream().map(f -> f.vacancyRate() == null ? 0 : f.vacancyRate()).toList());
		return chart;
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, JurisdictionScope scope, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("record", officers.person(new PersonId(id), scope));
		model.addAttribute("today", today);
		model.addAttribute("eventKinds", List.of(CertificateEventKind.SUSPENDED, CertificateEventKind.REINSTATED,
				CertificateEventKind.REVOKED, CertificateEventKind.YEARLY_CHECK_PASSED, CertificateEventKind.YEARLY_CHECK_FAILED));
		return "organization/person";
	}

	/** Records a suspension, reinstatement, revocation or yearly check from the person's page. */
	@PostMapping("/people/{id}/certificate-events")
	String certificateEvent(@PathVariable long id, @RequestParam long certificate, @RequestParam CertificateEventKind kind,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(required = false) @Nullable String note, JurisdictionScope scope, RedirectAttributes redirect) {
		try {
			officers.recordCertificateEvent(certificate, kind, effectiveOn, note == null || note.isBlank() ? null : note.trim(),
					scope);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/people/" + id;
	}
}
