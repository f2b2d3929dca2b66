package cn.oneteam.organization;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 机构接入: a body's teams, authorised posts and roster upload on one page, for personnel managers
 * (docs/adr/0048-onboarding-a-county.md).
 */
@Controller
class OnboardingPageController {

	private final Organizations organizations;

	private final Officers officers;

	private final Staffing staffing;

	private final RosterImport roster;

	private final Regions regions;

	OnboardingPageController(Organizations organizations, Officers officers, Staffing staffing, RosterImport roster,
			Regions regions) {
		this.organizations = organizations;
		this.officers = officers;
		this.staffing = staffing;
		this.roster = roster;
		this.regions = regions;
	}

	@GetMapping("/organizations/{id}/onboard")
	String page(@PathVariable long id, JurisdictionScope scope, Model model) {
		Organization organization = organizations.requireWithin(new OrganizationId(id), scope);
		List<Division> townships = new ArrayList<>();
		for (DivisionCode code : organization.territory()) {
			if (code.level() == DivisionLevel.TOWNSHIP) {
				townships.add(regions.require(code));
			}
			else if (code.level() == DivisionLevel.COUNTY) {
				townships.addAll(regions.children(code));
			}
		}
		model.addAttribute("organization", organization);
		model.addAttribute("teams", officers.teams(organization.id(), scope));
		model.addAttribute("teamKinds", TeamKind.values());
		model.addAttribute("townships", townships);
		model.addAttribute("posts", staffing.authorisedPosts(organization.id(), scope));
		return "organization/onboard";
	}

	@PostMapping("/organizations/{id}/onboard/teams")
	String formTeam(@PathVariable long id, @RequestParam String name, @RequestParam TeamKind kind,
			@RequestParam(required = false) @Nullable String township, JurisdictionScope scope,
			RedirectAttributes redirect) {
		try {
			if (name.isBlank()) {
				throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.value-missing");
			}
			Team team = staffing.formTeam(new OrganizationId(id), name.strip(), kind,
					township == null || township.isBlank() ? null : DivisionCode.of(township), scope);
			redirect.addFlashAttribute("formed", team.name());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/organizations/" + id + "/onboard";
	}

	@PostMapping("/organizations/{id}/onboard/posts")
	String setPosts(@PathVariable long id, @RequestParam int administrative, @RequestParam int publicInstitution,
			@RequestParam int service, JurisdictionScope scope, RedirectAttributes redirect) {
		try {
			staffing.authorisePosts(new OrganizationId(id),
					new OnboardingApiController.PostsRequest(administrative, publicInstitution, service).byKind(), scope);
			redirect.addFlashAttribute("postsSaved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/organizations/" + id + "/onboard";
	}

	/** The roster checked (dry run) or imported; the page shows the row report or every refused cell. */
	@PostMapping("/organizations/{id}/onboard/roster")
	String importRoster(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, ScopedPrincipal caller, Model model)
			throws IOException {
		try {
			model.addAttribute("report", roster.importFile(new OrganizationId(id),
					String.valueOf(file.getOriginalFilename()), file.getBytes(), dryRun, caller));
		}
		catch (RosterRejected rejected) {
			model.addAttribute("rejectedRows", rejected.rows());
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", FlashMessage.of(violation));
		}
		return page(id, caller.jurisdiction(), model);
	}
}
