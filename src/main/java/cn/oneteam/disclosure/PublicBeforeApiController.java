package cn.oneteam.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 事前公开 without an account: the enforcement bodies, the matters each enforces with legal basis and penalty range,
 * each body's officers with a valid certificate, and the townships' empowerment lists with their instruments
 * (docs/adr/0041-public-lists-before-enforcement.md). Every list is paged: {@code page} from 0, {@code size} 1–200
 * (default 50), with the total; other values 400 {@code disclosure.page-invalid}.
 */
@RestController
@Tag(name = "public lists 事前公开", description = "Who may enforce what, on which basis, within which statutory "
		+ "range; who the officers are; the townships' empowerment lists — bodies, matters, certificates and "
		+ "instruments only")
class PublicBeforeApiController {

	private static final String PAGING = " Paged: page from 0, size 1–" + PublicPaging.MAX_SIZE + " (default "
			+ PublicPaging.DEFAULT_SIZE + "), with the total; 400 disclosure.page-invalid for other values.";

	private final BeforeEnforcement before;

	PublicBeforeApiController(BeforeEnforcement before) {
		this.before = before;
	}

	@GetMapping("/api/v1/public/bodies")
	@Operation(summary = "The enforcement bodies seated in a division (all when none), with their qualification "
			+ "standing today (UNCONFIRMED, CONFIRMED, LAPSED)",
			description = "400 division.code-malformed for a malformed division. The announced confirmations are at "
					+ "/api/v1/public/qualifications." + PAGING)
	BeforeEnforcement.BodiesPage bodies(@Parameter(description = "division code, e.g. 632802")
			@RequestParam(required = false) @Nullable String division,
			@Parameter(description = "page, from 0") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "page size, 1–200") @RequestParam(required = false) @Nullable String size) {
		return before.bodies(division, PublicPaging.of(page, size));
	}

	@GetMapping("/api/v1/public/bodies/{id}/matters")
	@Operation(summary = "The matters the body enforces today: unified code, name, domain, kind, legal basis, "
			+ "penalty kinds, statutory fine, how the body holds it (OWN_POWER, EMPOWERED, DELEGATED, STATIONED), the "
			+ "discretion benchmarks in force in its seat and the lenient lists naming the matter",
			description = "404 disclosure.body-unknown for an id that is no enforcement body's." + PAGING)
	BeforeEnforcement.BodyMatters matters(@PathVariable String id,
			@Parameter(description = "page, from 0") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "page size, 1–200") @RequestParam(required = false) @Nullable String size) {
		return before.matters(id, PublicPaging.of(page, size));
	}

	@GetMapping("/api/v1/public/bodies/{id}/officers")
	@Operation(summary = "执法人员清单: the body's officers holding an enforcement certificate valid today — name, "
			+ "certificate number, domains and validity, nothing else personal; by name",
			description = "404 disclosure.body-unknown for an id that is no enforcement body's. Each certificate's "
					+ "verification is /api/v1/public/officers/{certificateNumber}." + PAGING)
	BeforeEnforcement.BodyOfficersPage officers(@PathVariable String id,
			@Parameter(description = "page, from 0") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "page size, 1–200") @RequestParam(required = false) @Nullable String size) {
		return before.officers(id, PublicPaging.of(page, size));
	}

	@GetMapping("/api/v1/public/empowerment")
	@Operation(summary = "The townships' empowerment lists (赋权, 委托, 派驻) in force today inside a division (all "
			+ "when none), each entry with its instrument's number, publication date and term",
			description = "400 division.code-malformed for a malformed division." + PAGING)
	BeforeEnforcement.EmpowermentPage empowerment(@Parameter(description = "division code, e.g. 632802")
			@RequestParam(required = false) @Nullable String division,
			@Parameter(description = "page, from 0") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "page size, 1–200") @RequestParam(required = false) @Nullable String size) {
		return before.empowerments(division, PublicPaging.of(page, size));
	}
}
