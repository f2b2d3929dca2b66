package cn.oneteam.disclosure;

import java.util.List;

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
 * and the townships' empowerment lists with their instruments (docs/adr/0041-public-lists-before-enforcement.md).
 */
@RestController
@Tag(name = "public lists 事前公开", description = "Who may enforce what, on which basis, within which statutory "
		+ "range; the townships' empowerment lists — bodies, matters and instruments only")
class PublicBeforeApiController {

	private final BeforeEnforcement before;

	PublicBeforeApiController(BeforeEnforcement before) {
		this.before = before;
	}

	@GetMapping("/api/v1/public/bodies")
	@Operation(summary = "The enforcement bodies seated in a division (all when none), with their qualification "
			+ "standing today (UNCONFIRMED, CONFIRMED, LAPSED)",
			description = "400 division.code-malformed for a malformed division. The announced confirmations are at "
					+ "/api/v1/public/qualifications.")
	List<BeforeEnforcement.PublicBody> bodies(@Parameter(description = "division code, e.g. 632802")
			@RequestParam(required = false) @Nullable String division) {
		return before.bodies(division);
	}

	@GetMapping("/api/v1/public/bodies/{id}/matters")
	@Operation(summary = "The matters the body enforces today: unified code, name, domain, kind, legal basis, "
			+ "penalty kinds, statutory fine, how the body holds it (OWN_POWER, EMPOWERED, DELEGATED, STATIONED), the "
			+ "discretion benchmarks in force in its seat and the lenient lists naming the matter",
			description = "404 disclosure.body-unknown for an id that is no enforcement body's.")
	BeforeEnforcement.BodyMatters matters(@PathVariable String id) {
		return before.matters(id);
	}

	@GetMapping("/api/v1/public/empowerment")
	@Operation(summary = "The townships' empowerment lists (赋权, 委托, 派驻) in force today inside a division (all "
			+ "when none), each entry with its instrument's number, publication date and term",
			description = "400 division.code-malformed for a malformed division.")
	List<BeforeEnforcement.PublicEmpowerment> empowerment(@Parameter(description = "division code, e.g. 632802")
			@RequestParam(required = false) @Nullable String division) {
		return before.empowerments(division);
	}
}
