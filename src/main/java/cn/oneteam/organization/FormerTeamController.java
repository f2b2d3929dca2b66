package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teams a body absorbed (队伍整合登记): the API and the administrator's list with its form. */
@Controller
@Tag(name = "organizations 机构", description = "Enforcement bodies, township governments and departments, limited to the caller's jurisdiction")
class FormerTeamController {

	private final FormerTeams formerTeams;

	private final Organizations organizations;

	FormerTeamController(FormerTeams formerTeams, Organizations organizations) {
		this.formerTeams = formerTeams;
		this.organizations = organizations;
	}

	@GetMapping("/api/v1/organizations/{id}/former-teams")
	@ResponseBody
	@Operation(summary = "The enforcement teams a body absorbed when they were merged (原执法队伍)")
	List<FormerTeam> list(@PathVariable long id, JurisdictionScope scope) {
		return formerTeams.of(new OrganizationId(id), scope);
	}

	@PostMapping("/api/v1/organizations/{id}/former-teams")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a team the body absorbed (personnel manager); 409 when already recorded")
	FormerTeam record(@PathVariable long id, @Valid @RequestBody FormerTeamRequest request, JurisdictionScope scope) {
		return formerTeams.record(new OrganizationId(id), request.name(), request.formerDepartment(), request.people(),
				request.mergedOn(), scope);
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

	record FormerTeamRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String formerDepartment,
			@Min(0) int people, @NotNull LocalDate mergedOn) {
	}
}
