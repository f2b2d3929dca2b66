package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.RemedyBodies;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 行政复议机关 and the 人民法院 the caller's body's decisions name (处罚法 §59(5); docs/adr/0020-decision-contents.md).
 */
@RestController
@RequestMapping("/api/v1/cases/remedy-bodies")
@Tag(name = "cases 救济途径", description = "The reconsideration body and the court a body's decisions name")
class RemedyBodyApiController {

	private final RemedyBodies remedies;

	RemedyBodyApiController(RemedyBodies remedies) {
		this.remedies = remedies;
	}

	@GetMapping
	@Operation(summary = "The reconsideration body (default: the people's government at the level 行政复议法 §24 gives) "
			+ "and the court of the caller's body", description = "The court has no default: until it is set, "
					+ "courtSet is false and decisions name the court with jurisdiction without naming it.")
	RemedyBodies.Setting get(ScopedPrincipal caller) {
		return remedies.of(caller.organizationId());
	}

	@PutMapping
	@Operation(summary = "Set the reconsideration body and the court of the caller's body (its head only)",
			description = "A blank reconsideration body returns to the default; a blank court unsets it. 403 for anyone "
					+ "but the body's head (局长); 400 for a name over 100 characters.")
	RemedyBodies.Setting put(@RequestBody RemedyBodies.Change change, ScopedPrincipal caller) {
		return remedies.set(change, caller);
	}
}
