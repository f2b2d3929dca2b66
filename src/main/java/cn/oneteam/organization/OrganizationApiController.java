package cn.oneteam.organization;

import java.util.List;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "organizations 机构", description = "Enforcement bodies, township governments and departments, limited to the caller's jurisdiction")
class OrganizationApiController {

	private final Organizations organizations;

	OrganizationApiController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	@Operation(summary = "Organisations visible in the caller's jurisdiction",
			description = "Those whose territory lies inside the caller's jurisdiction, and superior bodies whose territory contains it.")
	List<OrganizationResponse> list(JurisdictionScope scope) {
		return organizations.visibleIn(scope).stream().map(OrganizationResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation; 403 when it lies outside the caller's jurisdiction")
	OrganizationResponse one(@PathVariable long id, JurisdictionScope scope) {
		return OrganizationResponse.of(organizations.require(new OrganizationId(id), scope));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an organisation (administrator)",
			description = "Seat and territory must be known divisions inside the caller's jurisdiction; the code must be new.")
	OrganizationResponse register(@Valid @RequestBody RegisterRequest request, JurisdictionScope scope) {
		return OrganizationResponse.of(organizations.register(request.toNewOrganization(), scope));
	}

	record RegisterRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
			@NotBlank @Size(max = 200) String name, @NotNull OrganizationKind kind, @Nullable BodyType bodyType, @NotBlank String seat,
			@Nullable Long parentId, @Nullable List<String> territory) {

		NewOrganization toNewOrganization() {
			return new NewOrganization(code, name.trim(), kind, bodyType, DivisionCode.of(seat),
					parentId == null ? null : new OrganizationId(parentId),
					territory == null ? List.of() : territory.stream().map(DivisionCode::of).toList());
		}
	}

	record OrganizationResponse(long id, String code, String name, OrganizationKind kind, @Nullable BodyType bodyType,
			String seat,
			@Nullable Long parentId, List<String> territory) {

		static OrganizationResponse of(Organization o) {
			return new OrganizationResponse(o.id().value(), o.code(), o.name(), o.kind(), o.bodyType(), o.seat().value(),
					o.parentId() == null ? null : o.parentId().value(),
					o.territory().stream().map(DivisionCode::value).toList());
		}
	}
}
