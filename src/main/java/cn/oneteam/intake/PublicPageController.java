package cn.oneteam.intake;

import java.io.IOException;
import java.util.List;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public portal: report a problem without an account (rate-limited), follow it by tracking number (lookups
 * rate-limited too: the page then answers 429 with the localised message), rate it.
 */
@Controller
class PublicPageController {

	private final EventIntake intake;

	private final PublicFollowUp followUp;

	private final PublicRateLimit rateLimit;

	private final IntakePageController staffPages;

	private final Regions regions;

	private final IntakeProperties properties;

	private final EventOutcomes outcomes;

	PublicPageController(EventIntake intake, PublicFollowUp followUp, PublicRateLimit rateLimit,
			IntakePageController staffPages, Regions regions, IntakeProperties properties, EventOutcomes outcomes) {
		this.outcomes = outcomes;
		this.intake = intake;
		this.followUp = followUp;
		this.rateLimit = rateLimit;
		this.staffPages = staffPages;
		this.regions = regions;
		this.properties = properties;
	}

	@GetMapping("/public/report")
	String form(Model model) {
		model.addAttribute("types", RequestType.values());
		model.addAttribute("townships", townships());
		return "intake/public-report";
	}

	private List<Division> townships() {
		DivisionCode territory = DivisionCode.of(properties.territory());
		return regions.children(territory).stream().flatMap(county -> regions.children(county.code()).stream()).toList();
	}

	@PostMapping("/public/report")
	String report(@RequestParam RequestType requestType, @RequestParam String description, @RequestParam String division,
			@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable String reporterName,
			@RequestParam(required = false) @Nullable String reporterPhone,
			@RequestParam(required = false) @Nullable MultipartFile photo, HttpServletRequest request,
			RedirectAttributes redirect) throws IOException {
		try {
			List<Photo> photos = staffPages.photos(photo);
			rateLimit.take(request.getRemoteAddr());
			Receipt receipt = intake.receive(new NewEvent(requestType, null, description, division, null, address, null,
					null, reporterName, reporterPhone, null, Priority.NORMAL), EventChannel.PUBLIC_PORTAL, null, photos,
					0, null);
			redirect.addFlashAttribute("received", true);
			redirect.addAttribute("number", receipt.trackingNumber());
			return "redirect:/public/track";
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			return "redirect:/public/report";
		}
	}

	@GetMapping("/public/track")
	String track(@RequestParam(required = false) @Nullable String number, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("number", number);
		if (number != null && !number.isBlank()) {
			try {
				rateLimit.lookup(request.getRemoteAddr());
				model.addAttribute("event", followUp.track(number.strip()));
				model.addAttribute("outcomes", outcomes.followUp(number.strip())); // what became of its case
			}
			catch (RuleViolation violation) {
				if (violation.status() == HttpStatus.TOO_MANY_REQUESTS.value()) {
					response.setStatus(violation.status());
				}
				model.addAttribute("error", FlashMessage.of(violation));
			}
		}
		model.addAttribute("satisfactions", Satisfaction.values());
		return "intake/public-track";
	}

	@PostMapping("/public/track/{number}/rating")
	String rate(@PathVariable String number, @RequestParam Satisfaction satisfaction, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			rateLimit.lookup(request.getRemoteAddr());
			followUp.rate(number, satisfaction);
			redirect.addFlashAttribute("rated", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("number", number);
		return "redirect:/public/track";
	}

	@PostMapping("/public/track/{number}/not-fixed")
	String notFixed(@PathVariable String number, @RequestParam(defaultValue = "") String comment,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			rateLimit.lookup(request.getRemoteAddr());
			followUp.notFixed(number, comment);
			redirect.addFlashAttribute("reopened", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("number", number);
		return "redirect:/public/track";
	}
}
