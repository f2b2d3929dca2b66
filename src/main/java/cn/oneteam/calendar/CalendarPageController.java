package cn.oneteam.calendar;

import java.io.IOException;
import java.time.LocalDate;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CalendarPageController {

	private final WorkingDayCalendar calendar;

	private final CalendarManagement management;

	CalendarPageController(WorkingDayCalendar calendar, CalendarManagement management) {
		this.calendar = calendar;
		this.management = management;
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable Integer days,
			@RequestParam(defaultValue = "working") String mode, Model model) {
		model.addAttribute("years", management.loadedYears());
		model.addAttribute("mode", mode);
		try {
			if (date != null) {
				model.addAttribute("day", calendar.day(date));
			}
			if (from != null && days != null) {
				model.addAttribute("result", "period".equals(mode) ? calendar.periodEnd(from, days)
						: calendar.addWorkingDays(from, days));
			}
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", FlashMessage.of(violation));
		}
		return "calendar/calendar";
	}

	@PostMapping("/calendar/years")
	String upload(@RequestParam int year, @RequestParam MultipartFile file, ScopedPrincipal caller,
			RedirectAttributes redirect) throws IOException {
		try {
			redirect.addFlashAttribute("uploaded", management.upload(year, file.getBytes(), caller.username()));
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/calendar";
	}
}
