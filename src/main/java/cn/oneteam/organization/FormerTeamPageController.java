package cn.oneteam.organization;

import java.time.LocalDate;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's list of the teams a body absorbed, with the form that records one. */
@Controller
class FormerTeamPageController {

	private final FormerTeams formerTeams;

	private final Organizations organizations;

	FormerTeamPageController(FormerTeams formerTeams, Organizations organizations) {
		this.formerTeams = formerTeams;
		this.organizations = organizations;
	}

	@GetMapping("/organizations/{id}/former-teams")
	String page(@PathVariable long id, JurisdictionScope scope, Model model) {
		model.addAttribute("organization", organizations.require(new OrganizationId(id), scope));
		model.addAttribute("teams", formerTeams.of(new OrganizationId(id), scope));
		return "organization/former-teams";
	}

	@PostMapping("/organizations/{id}/former-teams")
	String add(@PathVariable long id, @RequestParam String name, @RequestParam String formerDepartment,
			@RequestParam int people, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mergedOn,
			JurisdictionScope scope, RedirectAttributes redirect) {
		try {
			formerTeams.record(new OrganizationId(id), name, formerDepartment, people, mergedOn, scope);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/organizations/" + id + "/former-teams";
	}
}
