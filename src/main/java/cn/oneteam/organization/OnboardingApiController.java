package cn.oneteam.organization;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Onboarding a body: its teams, its authorised posts and its roster (docs/adr/0048-onboarding-a-county.md). */
@RestController
@RequestMapping("/api/v1/organizations/{id}")
@Tag(name = "people 执法人员", description = "Teams, people, enforcement certificates, training, and staffing figures")
class OnboardingApiController {

	private final Staffing staffing;

	private final RosterImport roster;

	OnboardingApiController(Staffing staffing, RosterImport roster) {
		this.staffing = staffing;
		this.roster = roster;
	}

	@PostMapping("/teams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Form a brigade, squad or stationed group (personnel manager)",
			description = "A stationed group (派驻执法组) names its township: a 9-digit township code inside the body's "
					+ "territory (else 422 team.township-outside-territory); other kinds name none (400 "
					+ "team.township-mismatch). A name the body uses already: 409 onboard.team-name-taken.")
	Team formTeam(@PathVariable long id, @Valid @RequestBody TeamRequest request, JurisdictionScope scope) {
		return staffing.formTeam(new OrganizationId(id), request.name().strip(), request.kind(),
				request.township() == null || request.township().isBlank() ? null : DivisionCode.of(request.township()),
				scope);
	}

	@GetMapping("/authorised-posts")
	@Operation(summary = "A body's authorised posts (编制) by kind; a kind never set counts 0")
	PostsResponse authorisedPosts(@PathVariable long id, JurisdictionScope scope) {
		return PostsResponse.of(staffing.authorisedPosts(new OrganizationId(id), scope));
	}

	@PutMapping("/authorised-posts")
	@Operation(summary = "Set a body's authorised posts (编制) by kind (personnel manager)",
			description = "行政 ADMINISTRATIVE, 事业 PUBLIC_INSTITUTION and 工勤 SERVICE, each 0–100000; all three are "
					+ "set together in one transaction. Answers the figures as stored.")
	PostsResponse setAuthorisedPosts(@PathVariable long id, @Valid @RequestBody PostsRequest request,
			JurisdictionScope scope) {
		return PostsResponse.of(staffing.authorisePosts(new OrganizationId(id), request.byKind(), scope));
	}

	@PostMapping(path = "/people/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import the body's roster from CSV (UTF-8) or .xlsx (personnel manager)",
			description = "All rows or none, in one transaction. Columns (Chinese or English header): 姓名 name, "
					+ "身份证号码 id_number, 人员类别 category, 编制类别 post_kind, 所属队伍 team, 法制审核人员 legal_reviewer, "
					+ "法律职业资格 legal_qualified, 入职日期 joined_on, 执法证号 certificate_number, 发证机关 "
					+ "certificate_issuer, 执法领域 certificate_domains, 有效期起 certificate_valid_from, 有效期至 "
					+ "certificate_valid_to. A person is matched within the body by ID number: created, updated or "
					+ "unchanged. Any refused row: 400 onboard.rows-rejected with `rows` [{row, column, code, message}] "
					+ "and nothing written. More than 5,000 rows, an empty file or another file type: 400. "
					+ "dryRun=true checks and reports without writing. The same file again changes nothing.")
	@ApiResponse(responseCode = "200", description = "The row report")
	@ApiResponse(responseCode = "400", description = "A refused file or rows (problem+json, `rows`)")
	@ApiResponse(responseCode = "403", description = "Not a personnel manager, or the body lies outside the jurisdiction")
	RosterReport importRoster(@PathVariable long id,
			@RequestParam("file") @Parameter(description = "roster.csv or roster.xlsx") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, ScopedPrincipal caller) throws IOException {
		return roster.importFile(new OrganizationId(id), String.valueOf(file.getOriginalFilename()), file.getBytes(),
				dryRun, caller);
	}

	record TeamRequest(@NotBlank @Size(max = 200) String name, @NotNull TeamKind kind,
			@Nullable @Pattern(regexp = "\\d{9}") @Schema(example = "630123100") String township) {
	}

	record PostsRequest(@NotNull @Min(0) @Max(Staffing.MAX_POSTS) Integer administrative,
			@NotNull @Min(0) @Max(Staffing.MAX_POSTS) Integer publicInstitution,
			@NotNull @Min(0) @Max(Staffing.MAX_POSTS) Integer service) {

		Map<PostKind, Integer> byKind() {
			Map<PostKind, Integer> posts = new EnumMap<>(PostKind.class);
			posts.put(PostKind.ADMINISTRATIVE, administrative);
			posts.put(PostKind.PUBLIC_INSTITUTION, publicInstitution);
			posts.put(PostKind.SERVICE, service);
			return posts;
		}
	}

	record PostsResponse(int administrative, int publicInstitution, int service, int total) {

		static PostsResponse of(Map<PostKind, Integer> posts) {
			return new PostsResponse(posts.get(PostKind.ADMINISTRATIVE), posts.get(PostKind.PUBLIC_INSTITUTION),
					posts.get(PostKind.SERVICE), posts.values().stream().mapToInt(Integer::intValue).sum());
		}
	}
}
