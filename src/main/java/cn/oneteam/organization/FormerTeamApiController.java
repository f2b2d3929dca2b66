package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.JurisdictionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The teams a body absorbed (队伍整合登记), through the API (docs/adr/0051-reform-report.md). */
@RestController
@Tag(name = "organizations 机构", description = "Enforcement bodies, township governments and departments, limited to the caller's jurisdiction")
class FormerTeamApiController {

	private final FormerTeams formerTeams;

	FormerTeamApiController(FormerTeams formerTeams) {
		this.formerTeams = formerTeams;
	}

	@GetMapping("/api/v1/organizations/{id}/former-teams")
	@Operation(summary = "The enforcement teams a body absorbed when they were merged (原执法队伍)")
	List<FormerTeam> list(@PathVariable long id, JurisdictionScope scope) {
		return formerTeams.of(new OrganizationId(id), scope);
	}

	@PostMapping("/api/v1/organizations/{id}/former-teams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a team the body absorbed (personnel manager); 409 when already recorded")
	FormerTeam record(@PathVariable long id, @Valid @RequestBody FormerTeamRequest request, JurisdictionScope scope) {
		return formerTeams.record(new OrganizationId(id), request.name(), request.formerDepartment(), request.people(),
				request.mergedOn(), scope);
	}

	record FormerTeamRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String formerDepartment,
			@Min(0) int people, @NotNull LocalDate mergedOn) {
	}
}
