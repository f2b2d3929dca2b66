package cn.oneteam.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.region.Regions;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OrganizationPageController {

	private final Organizations organizations;

	private final Regions regions;

	private final Officers officers;

	private final Clock clock;

	OrganizationPageController(Organizations organizations, Regions regions, Officers officers, Clock clock) {
		this.organizations = organizations;
		this.regions = regions;
		this.officers = officers;
		this.clock = clock;
	}

	@GetMapping("/organizations")
	String list(JurisdictionScope scope, Model model) {
		model.addAttribute("organizations", organizations.visibleIn(scope));
		return "organization/list";
	}

	@GetMapping("/organizations/{id}")
	String one(@PathVariable long id, JurisdictionScope scope, Model model) {
		Organization organization = organizations.require(new OrganizationId(id), scope);
		model.addAttribute("organization", organization);
		model.addAttribute("seatPath", regions.path(organization.seat()));
		model.addAttribute("territory", organization.territory().stream().map(regions::require).toList());
		boolean within = organization.isWithin(scope);
		model.addAttribute("within", within);
		model.addAttribute("teams", within ? officers.teams(organization.id(), scope) : List.of());
		model.addAttribute("people", within ? officers.people(organization.id(), scope) : List.of());
		model.addAttribute("today", LocalDate.now(clock));
		return "organization/detail";
	}
}
